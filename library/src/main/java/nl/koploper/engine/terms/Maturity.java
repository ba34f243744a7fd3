package nl.koploper.engine.terms;

/**
 * How far one known indicator is along what its lesson asks, from 0 (nothing) to 1 (all of it). A
 * lesson's maturity score is built from these by the rules.
 *
 * @param lesson the lesson, 1–7
 * @param fact the input fact path
 * @param value 0 to 1
 */
public record Maturity(int lesson, String fact, double value) {
  public Maturity {
    value = Math.max(0, Math.min(1, value));
  }
}
