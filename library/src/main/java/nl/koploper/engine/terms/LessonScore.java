package nl.koploper.engine.terms;

/**
 * A lesson's maturity score, 0–100, as the rules compute it from its {@link Maturity} indicators.
 *
 * @param lesson 1–7
 * @param score 0–100
 */
public record LessonScore(int lesson, double score) {}
