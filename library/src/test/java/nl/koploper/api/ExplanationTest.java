package nl.koploper.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.koploper.facts.Availability;
import nl.koploper.facts.FactChange;
import nl.koploper.facts.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExplanationTest {
  private static final Advisor ADVISOR = Advisor.bundled();
  private static final Facts NL = Regions.example("netherlands");
  private static final Facts FLANDERS = Regions.example("flanders");

  static Stream<String> codesOfTheNetherlandsAgainstFlanders() {
    return ADVISOR.assess(NL, FLANDERS, Language.EN).recommendations().stream()
        .map(Recommendation::code);
  }

  @ParameterizedTest(name = "every way out of {0} removes it")
  @MethodSource("codesOfTheNetherlandsAgainstFlanders")
  void everyWayOutOfEveryRecommendationRemovesItInAWhatIf(String code) {
    Explanation e = Explanation.explain(ADVISOR, NL, FLANDERS, code, Language.EN);
    assertTrue(e.complete());
    assertFalse(e.clearedBy().isEmpty(), code + " has a way out");
    for (Explanation.WayOut way : e.clearedBy()) {
      WhatIf w = WhatIf.run(ADVISOR, NL, FLANDERS, Language.EN, way.factChanges());
      assertNull(w.after(code), code + " is gone after " + way.setArguments());
      assertTrue(w.removed().contains(code));
    }
  }

  @ParameterizedTest(name = "the ways out of {0} are minimal")
  @MethodSource("codesOfTheNetherlandsAgainstFlanders")
  void noProperPartOfAWayOutRemovesTheRecommendation(String code) {
    Explanation e = Explanation.explain(ADVISOR, NL, FLANDERS, code, Language.EN);
    for (Explanation.WayOut way : e.clearedBy()) {
      List<FactChange> changes = way.factChanges();
      for (int mask = 0; mask < (1 << changes.size()) - 1; mask++) {
        List<FactChange> part = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
          if ((mask & (1 << i)) != 0) {
            part.add(changes.get(i));
          }
        }
        Facts changed = FactChange.applyAll(NL, part);
        assertTrue(
            ADVISOR.assess(changed, FLANDERS, Language.EN).recommendations().stream()
                .anyMatch(r -> r.code().equals(code)),
            code + " still fires after only " + part);
      }
    }
  }

  @Test
  void aNumberIsMovedExactlyToItsThreshold() {
    Explanation e = Explanation.explain(ADVISOR, NL, FLANDERS, "L3.POLICY_CONTINUITY", Language.EN);
    assertEquals(
        List.of(
            List.of(new WhatIf.Change("earlyFunding.policyContinuityYears", 4, 8, true, false))),
        e.clearedBy().stream().map(Explanation.WayOut::changes).toList());
  }

  @Test
  void aDecimalIsMovedToItsThresholdWrittenPlainly() {
    Facts region = Regions.region("valorisation: {ttoStaffFtePer1000Researchers: 3.1}\n");
    Explanation e = Explanation.explain(ADVISOR, region, null, "L2.TTO_CAPACITY", Language.EN);
    assertEquals(
        List.of(List.of(new WhatIf.Change("valorisation.ttoStaffFtePer1000Researchers", 3.1, 5.0))),
        e.clearedBy().stream().map(Explanation.WayOut::changes).toList());
  }

  @Test
  void aDerivedFigureIsClearedThroughEachFactItIsDerivedFrom() {
    Facts region = Regions.region("valorisation: {spinOffsPerYear: 5}\n");
    Explanation e = Explanation.explain(ADVISOR, region, null, "L2.SPIN_OFFS", Language.EN);
    assertEquals(
        List.of(
            List.of(new WhatIf.Change("region.population", 10_000_000L, 2_500_000L)),
            List.of(new WhatIf.Change("valorisation.spinOffsPerYear", 5, 20))),
        e.clearedBy().stream().map(Explanation.WayOut::changes).toList());
  }

  @Test
  void thePlainestNumberBetweenFiringAndClearingIsChosen() {
    assertEquals(0.25, WayOutSearch.plainest(0.2499999, 0.2500003));
    assertEquals(30.0, WayOutSearch.plainest(30.5, 29.99999));
    assertEquals(1.2e9, WayOutSearch.plainest(1.1999e9, 1.2000001e9));
  }

  /**
   * The bundled rules each clear with one change; a rule that fires on either of two facts needs
   * both changed, and the number is moved to its threshold with the other change made.
   */
  @Test
  void aRuleThatFiresOnEitherOfTwoFactsIsClearedByPairs(@TempDir Path dir) throws Exception {
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Path lesson3 = dir.resolve("lesson-3-early-funding.drl");
    String drl = Files.readString(lesson3);
    String either =
        "EarlyFunding($s : earlyRndSubsidies != null, "
            + "earlyRndSubsidies < Availability.AVAILABLE || policyContinuityYears < 8)";
    Files.writeString(
        lesson3,
        drl.replace(
            "EarlyFunding($s : earlyRndSubsidies != null, "
                + "earlyRndSubsidies < Availability.AVAILABLE)",
            either));
    Advisor advisor = Advisor.fromDirectory(dir);
    Explanation e =
        Explanation.explain(advisor, NL, FLANDERS, "L3.EARLY_RND_SUBSIDIES", Language.EN);
    String subsidies = "earlyFunding.earlyRndSubsidies";
    String years = "earlyFunding.policyContinuityYears";
    assertEquals(
        List.of(
            List.of(
                new WhatIf.Change(subsidies, Availability.NONE, Availability.AVAILABLE),
                new WhatIf.Change(years, 4, 8, true, false)),
            List.of(
                new WhatIf.Change(subsidies, Availability.NONE, Availability.BROAD),
                new WhatIf.Change(years, 4, 8, true, false))),
        e.clearedBy().stream().map(Explanation.WayOut::changes).toList());
    assertTrue(e.complete());
    for (Explanation.WayOut way : e.clearedBy()) {
      assertNull(
          WhatIf.run(advisor, NL, FLANDERS, Language.EN, way.factChanges())
              .after("L3.EARLY_RND_SUBSIDIES"));
    }
  }

  @Test
  void aCodeThatDidNotFireIsRefusedWithTheCodesThatDid() {
    NotRecommendedException e =
        assertThrows(
            NotRecommendedException.class,
            () -> Explanation.explain(ADVISOR, NL, FLANDERS, "L2.SPIN_OFFS", Language.EN));
    assertTrue(e.known());
    assertTrue(e.getMessage().startsWith("L2.SPIN_OFFS was not recommended for Nederland (NL)"));
    assertTrue(e.choices().contains("L4.PATIENT_PUBLIC_CAPITAL"));
  }

  @Test
  void anUnknownCodeIsRefusedWithADidYouMean() {
    NotRecommendedException e =
        assertThrows(
            NotRecommendedException.class,
            () -> Explanation.explain(ADVISOR, NL, null, "L3.EARLY_RND_SUBSIDY", Language.EN));
    assertFalse(e.known());
    assertTrue(e.getMessage().contains("did you mean L3.EARLY_RND_SUBSIDIES?"), e.getMessage());
  }

  @Test
  void theCapCutsTheSearchShortAndSaysSo() {
    Explanation e =
        Explanation.explain(ADVISOR, NL, FLANDERS, "L3.POLICY_CONTINUITY", Language.EN, 3);
    assertFalse(e.complete());
    assertEquals(3, e.searched());
  }
}
