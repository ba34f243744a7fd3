package nl.koploper.engine.terms;

/**
 * How much of a lesson's data is known; the engine inserts one for each of the seven lessons. (Not
 * named {@code Lesson}: Drools would confuse that type with the {@code @lesson} metadata.)
 *
 * @param lesson 1–7
 * @param known how many of its facts are known
 * @param total how many facts it has
 */
public record LessonCoverage(int lesson, int known, int total) {
  public double coverage() {
    return total == 0 ? 0 : (double) known / total;
  }
}
