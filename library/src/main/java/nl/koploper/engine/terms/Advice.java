package nl.koploper.engine.terms;

import org.kie.api.definition.rule.Rule;

/**
 * A recommendation that fired: its stable code and lesson come from the firing rule's {@code @code}
 * and {@code @lesson} metadata, so they are written once, on the rule.
 *
 * @param code the stable code, such as {@code L3.EARLY_RND_SUBSIDIES}
 * @param lesson the lesson, 1–7
 * @param rule the name of the rule that fired
 */
public record Advice(String code, int lesson, String rule) {

  /** The advice of the rule that is firing: {@code insertLogical(Advice.of(drools.getRule()))}. */
  public static Advice of(Rule rule) {
    Object code = rule.getMetaData().get("code");
    Object lesson = rule.getMetaData().get("lesson");
    if (!(code instanceof String) || !(lesson instanceof Number)) {
      throw new IllegalStateException(
          "rule '" + rule.getName() + "' recommends but lacks @code(\"L<n>.NAME\") or @lesson(n)");
    }
    return new Advice((String) code, ((Number) lesson).intValue(), rule.getName());
  }
}
