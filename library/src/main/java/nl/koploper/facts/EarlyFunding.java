package nl.koploper.facts;

/**
 * Lesson 3, early funding: subsidies for companies' early R&amp;D, continuity of policy, industry
 * PhD mandates. Every value is null when unknown.
 *
 * @param earlyRndSubsidies availability of subsidies for early R&amp;D projects of companies
 * @param industryPhdMandates whether Baekeland-style company PhD mandates exist
 * @param policyContinuityYears years the current instruments have stayed unchanged
 * @param source id of the cited source
 */
public record EarlyFunding(
    Availability earlyRndSubsidies,
    Boolean industryPhdMandates,
    Integer policyContinuityYears,
    String source)
    implements CitesSource {
  static final EarlyFunding UNKNOWN = new EarlyFunding(null, null, null, null);

  /**
   * Checks the known values against the schema's ranges, as the loader does.
   *
   * @param earlyRndSubsidies availability of subsidies for early R&amp;D projects of companies
   * @param industryPhdMandates whether Baekeland-style company PhD mandates exist
   * @param policyContinuityYears years the current instruments have stayed unchanged
   * @param source id of the cited source
   */
  public EarlyFunding {
    FactSchema.check("earlyFunding", "policyContinuityYears", policyContinuityYears);
  }
}
