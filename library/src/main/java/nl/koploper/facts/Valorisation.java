package nl.koploper.facts;

/**
 * Lesson 2, valorisation: sustainable funding of valorisation and strong technology-transfer
 * offices. Every value is null when unknown.
 *
 * @param ttoFunding how technology-transfer offices are funded
 * @param ttoStaffFtePer1000Researchers TTO staff (FTE) per 1000 researchers
 * @param spinOffsPerYear spin-off companies created per year
 * @param guaranteedFundingYears years ahead for which valorisation funding is secured
 * @param source id of the cited source
 */
public record Valorisation(
    TtoFunding ttoFunding,
    Double ttoStaffFtePer1000Researchers,
    Integer spinOffsPerYear,
    Integer guaranteedFundingYears,
    String source)
    implements CitesSource {
  static final Valorisation UNKNOWN = new Valorisation(null, null, null, null, null);

  /**
   * Checks the known values against the schema's ranges, as the loader does.
   *
   * @param ttoFunding how technology-transfer offices are funded
   * @param ttoStaffFtePer1000Researchers TTO staff (FTE) per 1000 researchers
   * @param spinOffsPerYear spin-off companies created per year
   * @param guaranteedFundingYears years ahead for which valorisation funding is secured
   * @param source id of the cited source
   */
  public Valorisation {
    FactSchema.check(
        "valorisation",
        "ttoStaffFtePer1000Researchers",
        ttoStaffFtePer1000Researchers,
        "spinOffsPerYear",
        spinOffsPerYear,
        "guaranteedFundingYears",
        guaranteedFundingYears);
  }
}
