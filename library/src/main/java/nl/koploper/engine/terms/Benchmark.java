package nl.koploper.engine.terms;

/**
 * Present when the region is assessed against a benchmark region, which was assessed first with the
 * same rules.
 *
 * @param code the benchmark's region code
 * @param name the benchmark's name
 */
public record Benchmark(String code, String name) {}
