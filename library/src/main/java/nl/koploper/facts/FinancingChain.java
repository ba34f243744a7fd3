package nl.koploper.facts;

/**
 * Lesson 4, financing chain: late-stage private capital, patient public capital before it, and
 * coordination of the regional funds. Every value is null when unknown.
 *
 * @param latePrivateCapital private capital on offer in later stages
 * @param patientPublicCapital patient public capital for the stages before
 * @param regionalFundCoordination how the regional development agencies work together
 * @param source id of the cited source
 */
public record FinancingChain(
    Amount latePrivateCapital,
    Amount patientPublicCapital,
    Coordination regionalFundCoordination,
    String source)
    implements CitesSource {
  static final FinancingChain UNKNOWN = new FinancingChain(null, null, null, null);
}
