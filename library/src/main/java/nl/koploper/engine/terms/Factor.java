package nl.koploper.engine.terms;

import java.util.List;

/**
 * One term of a recommendation's priority score. A recommendation's score is the sum of its
 * factors' points, clamped to 0–100; the rules decide which factors apply and how many points each
 * is worth. The catalogue text {@code factor.<key>} explains it, with {@code args} filled in.
 *
 * @param code the recommendation it weighs on
 * @param key what kind of factor ({@code gap}, {@code valley-of-death} …), a catalogue key
 * @param points points added (or, when negative, taken off)
 * @param args values for the explanation's placeholders
 */
public record Factor(String code, String key, double points, List<Object> args) {
  public Factor {
    args = List.copyOf(args);
  }

  public static Factor of(Advice advice, String key, double points, Object... args) {
    return new Factor(advice.code(), key, points, List.of(args));
  }

  public static Factor of(String code, String key, double points, Object... args) {
    return new Factor(code, key, points, List.of(args));
  }
}
