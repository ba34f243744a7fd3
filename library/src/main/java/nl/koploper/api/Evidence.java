package nl.koploper.api;

/**
 * A fact a recommendation rests on, in the result's language.
 *
 * @param fact the input fact path, such as {@code earlyFunding.earlyRndSubsidies}; a derived figure
 *     names the input it comes from
 * @param value the region's value (derived figures with their unit)
 * @param expected what the lesson asks for
 * @param benchmark the benchmark's value, or null (no benchmark, or unknown there)
 */
public record Evidence(String fact, String value, String expected, String benchmark) {}
