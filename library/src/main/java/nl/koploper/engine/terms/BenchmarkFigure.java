package nl.koploper.engine.terms;

/**
 * A derived figure of the benchmark region.
 *
 * @param name the figure's name
 * @param value its value
 */
public record BenchmarkFigure(String name, double value) {}
