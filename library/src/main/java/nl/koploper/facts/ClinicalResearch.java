package nl.koploper.facts;

/**
 * Lesson 6, clinical research: a framework for cell and gene therapy (ATMP) and streamlined general
 * rules. Every value is null when unknown.
 *
 * @param atmpFramework whether a framework for ATMP trials exists
 * @param generalRulesStreamlined whether the general rules for clinical research are streamlined
 * @param medianApprovalDays median days from submission to approval of a trial
 * @param trialsPerMillion clinical trials per million inhabitants per year
 * @param source id of the cited source
 */
public record ClinicalResearch(
    Readiness atmpFramework,
    Boolean generalRulesStreamlined,
    Integer medianApprovalDays,
    Double trialsPerMillion,
    String source)
    implements CitesSource {
  static final ClinicalResearch UNKNOWN = new ClinicalResearch(null, null, null, null, null);

  /**
   * Checks the known values against the schema's ranges, as the loader does.
   *
   * @param atmpFramework whether a framework for ATMP trials exists
   * @param generalRulesStreamlined whether the general rules for clinical research are streamlined
   * @param medianApprovalDays median days from submission to approval of a trial
   * @param trialsPerMillion clinical trials per million inhabitants per year
   * @param source id of the cited source
   */
  public ClinicalResearch {
    FactSchema.check(
        "clinicalResearch",
        "medianApprovalDays",
        medianApprovalDays,
        "trialsPerMillion",
        trialsPerMillion);
  }
}
