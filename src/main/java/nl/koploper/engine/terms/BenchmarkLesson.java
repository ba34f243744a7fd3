package nl.koploper.engine.terms;

/**
 * The benchmark region's maturity score for a lesson.
 *
 * @param lesson 1–7
 * @param score 0–100
 */
public record BenchmarkLesson(int lesson, double score) {}
