package nl.koploper.engine.terms;

/**
 * A value the benchmark region's file gives, or a figure derived from it: a benchmark "meets" an
 * expectation only where its own values do, never because it is silent.
 *
 * @param key the fact path, or {@code figure:<name>} for a derived figure (see {@link
 *     Evidence#key()})
 * @param value the value
 */
public record BenchmarkValue(String key, Object value) {}
