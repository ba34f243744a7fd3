package nl.koploper.engine.terms;

/**
 * A recommendation the same rules gave the benchmark region: where it is absent, the benchmark
 * meets the lesson's expectation.
 *
 * @param code the recommendation's code
 */
public record BenchmarkAdvice(String code) {}
