package nl.koploper.engine.terms;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.rule.Rule;

/**
 * A recommendation that fired: its stable code, lesson and actors come from the firing rule's
 * {@code @code}, {@code @lesson} and {@code @actors} metadata, so they are written once, on the
 * rule.
 *
 * @param code the stable code, such as {@code L3.EARLY_RND_SUBSIDIES}
 * @param lesson the lesson, 1–7
 * @param rule the name of the rule that fired
 * @param actors who can act on it, a non-empty list from {@link #ACTORS} in that order (empty only
 *     for advice made outside a rule set, such as in tests)
 */
public record Advice(String code, int lesson, String rule, List<String> actors) {

  /**
   * Who can act on a recommendation: the EU, the national government, a province or region, a
   * regional development agency (ROM), knowledge institutions (universities, UMCs, TTOs) and the
   * sector (companies, their association). The public contract fixes this vocabulary; the rules
   * choose from it with {@code @actors("national,regional")}.
   */
  public static final List<String> ACTORS =
      List.of("eu", "national", "regional", "rom", "institutions", "sector");

  public Advice {
    actors = List.copyOf(actors);
  }

  public Advice(String code, int lesson, String rule) {
    this(code, lesson, rule, List.of());
  }

  /** The advice of the rule that is firing: {@code insertLogical(Advice.of(drools.getRule()))}. */
  public static Advice of(Rule rule) {
    Object code = rule.getMetaData().get("code");
    Object lesson = rule.getMetaData().get("lesson");
    if (!(code instanceof String) || !(lesson instanceof Number)) {
      throw new IllegalStateException(
          "rule '" + rule.getName() + "' recommends but lacks @code(\"L<n>.NAME\") or @lesson(n)");
    }
    return new Advice(
        (String) code,
        ((Number) lesson).intValue(),
        rule.getName(),
        actors(rule.getMetaData().get("actors")));
  }

  /**
   * The actors an {@code @actors("a,b")} metadata value names, in the vocabulary's order; names
   * outside the vocabulary are left out here and refused by the rule-set check.
   */
  public static List<String> actors(Object metadata) {
    List<String> named = new ArrayList<>();
    if (metadata instanceof String s) {
      for (String part : s.split(",")) {
        named.add(part.strip());
      }
    }
    return ACTORS.stream().filter(named::contains).toList();
  }

  /** The names in an {@code @actors} value that are not in the vocabulary. */
  public static List<String> unknownActors(Object metadata) {
    List<String> unknown = new ArrayList<>();
    if (metadata instanceof String s) {
      for (String part : s.split(",")) {
        if (!ACTORS.contains(part.strip())) {
          unknown.add(part.strip());
        }
      }
    }
    return unknown;
  }
}
