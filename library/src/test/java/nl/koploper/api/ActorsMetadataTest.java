package nl.koploper.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who can act on a recommendation is decided in the rules ({@code @actors}), from the fixed
 * vocabulary, and checked when the rules load.
 */
class ActorsMetadataTest {
  private static final String RULE =
      "rule \"Recommend x\" @lesson(3) @code(\"L3.X\") %s\nwhen\n  EarlyFunding()\nthen\n"
          + "  insertLogical(Advice.of(drools.getRule()));\nend\n";

  /** The bundled rules with one more recommending rule of lesson 3 and its texts. */
  private static Path rulesWith(Path dir, String metadata) throws Exception {
    try (var files = Files.list(Path.of("rules"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f);
        if (f.getFileName().toString().startsWith("texts.")) {
          text += "\nL3.X.title=X\nL3.X.action=X.\nL3.X.rationale=X.\nL3.X.instruments=X\n";
        }
        Files.writeString(dir.resolve(f.getFileName()), text);
      }
    }
    Files.writeString(
        dir.resolve("lesson-3-extra.drl"),
        "package koploper.rules;\nimport nl.koploper.facts.*;\nimport nl.koploper.engine.terms.*;\n"
            + String.format(RULE, metadata));
    return dir;
  }

  @Test
  void aRecommendingRuleNamesItsActorsInTheVocabularysOrder(@TempDir Path dir) throws Exception {
    Advisor advisor = Advisor.fromDirectory(rulesWith(dir, "@actors(\"sector, national\")"));
    Recommendation x =
        advisor
            .assess(Regions.region("earlyFunding: {earlyRndSubsidies: BROAD}"))
            .recommendations()
            .stream()
            .filter(r -> r.code().equals("L3.X"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("national", "sector"), x.actors().stream().map(Actor::code).toList());
  }

  @Test
  void aRecommendingRuleWithoutActorsIsRefused(@TempDir Path dir) throws Exception {
    Path rules = rulesWith(dir, "");
    InvalidRulesException e =
        assertThrows(InvalidRulesException.class, () -> Advisor.fromDirectory(rules));
    assertTrue(
        e.getMessage()
            .contains(
                "rule 'Recommend x' recommends but has no @actors(\"…\"): who can act on it, from"
                    + " eu, national, regional, rom, institutions, sector"),
        e.getMessage());
  }

  @Test
  void anActorOutsideTheVocabularyIsRefused(@TempDir Path dir) throws Exception {
    Path rules = rulesWith(dir, "@actors(\"national,province\")");
    InvalidRulesException e =
        assertThrows(InvalidRulesException.class, () -> Advisor.fromDirectory(rules));
    assertTrue(
        e.getMessage().contains("rule 'Recommend x' has @actors naming 'province', not one of eu,"),
        e.getMessage());
  }

  @Test
  void everyBundledRecommendationNamesAtLeastOneActorAndEveryBundledRuleItsDutchName() {
    Advisor advisor = Advisor.bundled();
    for (RuleDescription r : advisor.rules(Language.NL)) {
      assertTrue(!r.localName().equals(r.name()), "no @nl on " + r.name());
      if (r.code() != null) {
        assertTrue(!r.actors().isEmpty(), r.code());
      }
    }
  }
}
