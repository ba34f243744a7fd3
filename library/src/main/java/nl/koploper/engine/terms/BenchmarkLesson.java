package nl.koploper.engine.terms;

/**
 * The benchmark region's maturity score for a lesson.
 *
 * @param lesson 1–7
 * @param score 0–100
 * @param coverage fraction (0–1) of the lesson's facts the benchmark's file gives
 */
public record BenchmarkLesson(int lesson, double score, double coverage) {}
