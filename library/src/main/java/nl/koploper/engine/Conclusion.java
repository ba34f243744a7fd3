package nl.koploper.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.koploper.engine.terms.Advice;
import nl.koploper.engine.terms.Evidence;
import nl.koploper.engine.terms.Factor;

/**
 * What the rules concluded about one recommendation code: its advice, its evidence and its score
 * factors, each in a fixed order, and the score those factors add up to.
 *
 * <p>Immutable, and equal by content. A warm session hands out the same instance for as long as
 * nothing about the code changes, so a caller that words recommendations can remember the words by
 * it: the hash code is computed once and an unchanged code is found by identity.
 */
public final class Conclusion {
  /** Evidence in a fixed order, so that equal evidence makes equal lists. */
  private static final Comparator<Evidence> EVIDENCE_ORDER =
      Comparator.comparing(Evidence::fact)
          .thenComparing(e -> String.valueOf(e.figure()))
          .thenComparing(e -> String.valueOf(e.value()))
          .thenComparing(e -> String.valueOf(e.expected()))
          // values that print alike but differ (5 as an Integer and as a Long) by their types
          .thenComparing(e -> typeOf(e.value()) + " " + typeOf(e.expected().target()));

  /** Factors in a fixed order, so that equal factors make equal lists. */
  private static final Comparator<Factor> FACTOR_ORDER =
      Comparator.comparing(Factor::key)
          .thenComparingDouble(Factor::points)
          .thenComparing(f -> String.valueOf(f.args()))
          .thenComparing(f -> f.args().stream().map(Conclusion::typeOf).toList().toString());

  private static String typeOf(Object value) {
    return value == null ? "null" : value.getClass().getName();
  }

  private final String code;
  private final Advice advice;
  private final List<Evidence> evidence;
  private final List<Factor> factors;
  private final double score;
  private final int hash;

  private Conclusion(String code, Advice advice, List<Evidence> evidence, List<Factor> factors) {
    this.code = code;
    this.advice = advice;
    this.evidence = evidence;
    this.factors = factors;
    this.score = score(factors);
    this.hash = Objects.hash(code, advice, evidence, factors);
  }

  /**
   * The conclusion about {@code code} from what the rules inserted. Where two rules advise the same
   * code (a defect the linter reports), the rule whose name sorts first speaks.
   */
  public static Conclusion of(
      String code,
      Collection<Advice> advice,
      Collection<Evidence> evidence,
      Collection<Factor> factors) {
    Advice first = null;
    for (Advice a : advice) {
      if (first == null || a.rule().compareTo(first.rule()) < 0) {
        first = a;
      }
    }
    List<Evidence> e = new ArrayList<>(evidence);
    e.sort(EVIDENCE_ORDER);
    List<Factor> f = new ArrayList<>(factors);
    f.sort(FACTOR_ORDER);
    return new Conclusion(code, first, List.copyOf(e), List.copyOf(f));
  }

  public String code() {
    return code;
  }

  /** The advice, or null where only factors or evidence name this code (no rule advised it). */
  public Advice advice() {
    return advice;
  }

  public List<Evidence> evidence() {
    return evidence;
  }

  public List<Factor> factors() {
    return factors;
  }

  /**
   * The sum of the factors' points, each rounded to a tenth as a breakdown shows it, added in a
   * fixed order (largest first) so that no rounding depends on how the factors were found; then
   * clamped to 0–100 and rounded to a tenth.
   */
  public double score() {
    return score;
  }

  private static double score(List<Factor> factors) {
    double[] points = new double[factors.size()];
    for (int i = 0; i < points.length; i++) {
      points[i] = tenths(factors.get(i).points());
    }
    java.util.Arrays.sort(points);
    double sum = 0;
    for (int i = points.length - 1; i >= 0; i--) {
      sum += points[i];
    }
    return tenths(Math.max(0, Math.min(100, sum)));
  }

  /** A number rounded to a tenth, as scores and their factors are shown. */
  public static double tenths(double value) {
    return Math.round(value * 10) / 10.0;
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Conclusion c
            && hash == c.hash
            && code.equals(c.code)
            && Objects.equals(advice, c.advice)
            && evidence.equals(c.evidence)
            && factors.equals(c.factors);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return "Conclusion[" + code + ", " + advice + ", " + evidence + ", " + factors + "]";
  }
}
