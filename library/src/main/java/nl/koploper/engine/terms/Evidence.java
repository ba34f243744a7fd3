package nl.koploper.engine.terms;

import java.util.Objects;

/**
 * One fact a recommendation rests on: the input path it reads, the value the rule saw, and what the
 * lesson expects instead.
 *
 * @param code the recommendation it supports
 * @param fact the input fact path, such as {@code earlyFunding.earlyRndSubsidies}
 * @param value the value the rule saw: the input value, or a derived figure
 * @param expected what the lesson asks for
 * @param figure the derived figure's name when {@code value} is derived (per inhabitant …), else
 *     null; the benchmark's value is then its figure of the same name
 */
public record Evidence(String code, String fact, Object value, Expect expected, String figure) {
  public Evidence {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expected, "expected");
  }

  /** What a benchmark value must be looked up by: the derived figure's name, else the fact. */
  public String key() {
    return figure != null ? "figure:" + figure : fact;
  }

  /** Evidence read straight from an input fact. */
  public static Evidence of(Advice advice, String fact, Object value, Expect expected) {
    return new Evidence(advice.code(), fact, value, expected, null);
  }

  /** Evidence from a derived figure, naming the input it comes from. */
  public static Evidence of(Advice advice, Figure figure, Expect expected) {
    return new Evidence(advice.code(), figure.fact(), figure.value(), expected, figure.name());
  }
}
