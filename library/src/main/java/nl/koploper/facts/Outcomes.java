package nl.koploper.facts;

/**
 * The headline figures the report compares regions on. Every value is null when unknown.
 *
 * @param privateRndEur private R&amp;D in medical biotech, euros a year
 * @param biotechCompanies number of medical biotech companies
 * @param marketCapitalisationEur market capitalisation of those companies, euros
 * @param shareCompaniesOver50Employees fraction (0..1) of companies with more than 50 employees
 * @param source id of the cited source
 */
public record Outcomes(
    Double privateRndEur,
    Integer biotechCompanies,
    Double marketCapitalisationEur,
    Double shareCompaniesOver50Employees,
    String source)
    implements CitesSource {
  static final Outcomes UNKNOWN = new Outcomes(null, null, null, null, null);

  /**
   * Checks the known values against the schema's ranges, as the loader does.
   *
   * @param privateRndEur private R&amp;D in medical biotech, euros a year
   * @param biotechCompanies number of medical biotech companies
   * @param marketCapitalisationEur market capitalisation of those companies, euros
   * @param shareCompaniesOver50Employees fraction (0..1) of companies with more than 50 employees
   * @param source id of the cited source
   */
  public Outcomes {
    FactSchema.check(
        "outcomes",
        "privateRndEur",
        privateRndEur,
        "biotechCompanies",
        biotechCompanies,
        "marketCapitalisationEur",
        marketCapitalisationEur,
        "shareCompaniesOver50Employees",
        shareCompaniesOver50Employees);
  }
}
