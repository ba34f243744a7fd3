package nl.koploper.engine.terms;

/**
 * A fact the benchmark region's file gives: only then can its silence on a rule mean that it meets
 * the expectation.
 *
 * @param fact the input fact path
 */
public record BenchmarkKnown(String fact) {}
