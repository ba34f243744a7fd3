package nl.koploper.api;

/**
 * A fact a recommendation rests on, in the result's language.
 *
 * @param fact the input fact path, such as {@code earlyFunding.earlyRndSubsidies}; a derived figure
 *     names the input it comes from
 * @param value the region's value (derived figures with their unit)
 * @param expected what the lesson asks for
 * @param benchmark the benchmark's value, or null (no benchmark, or unknown there)
 * @param estimate whether the region's fact is an estimate ({@code {estimate: …}} in its file)
 * @param benchmarkEstimate whether the benchmark's fact is an estimate (false without a benchmark
 *     value)
 */
public record Evidence(
    String fact,
    String value,
    String expected,
    String benchmark,
    boolean estimate,
    boolean benchmarkEstimate) {

  /** Evidence resting on no estimate. */
  public Evidence(String fact, String value, String expected, String benchmark) {
    this(fact, value, expected, benchmark, false, false);
  }
}
