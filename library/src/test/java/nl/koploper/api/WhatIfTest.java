package nl.koploper.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.koploper.facts.FactChange;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import org.junit.jupiter.api.Test;

class WhatIfTest {
  private static final Advisor ADVISOR = Advisor.bundled();

  @Test
  void aRecommendationOnlyTheSecondAssessmentHasIsAdded() throws Exception {
    Facts nl = FactsLoader.load(Path.of("facts/netherlands.yaml"));
    Assessment scarce = ADVISOR.assess(nl);
    Assessment broad =
        ADVISOR.assess(FactChange.parse("earlyFunding.earlyRndSubsidies=BROAD").apply(nl));
    WhatIf w = WhatIf.of(List.of(), broad, scarce);
    assertEquals(List.of("L3.EARLY_RND_SUBSIDIES"), w.added());
    assertEquals(List.of(), w.removed());
    int rank = w.after("L3.EARLY_RND_SUBSIDIES").rank();
    for (WhatIf.Move move : w.moved()) {
      assertTrue(move.toRank() > rank && move.toRank() == move.fromRank() + 1, move.toString());
    }
    assertEquals(
        w.moved().stream().map(WhatIf.Move::toRank).sorted().toList(),
        w.moved().stream().map(WhatIf.Move::toRank).toList(),
        "moved in the rank order of after");
  }

  @Test
  void refusesToCompareAssessmentsOfDifferentRegionsOrLanguages() throws Exception {
    Facts nl = FactsLoader.load(Path.of("facts/netherlands.yaml"));
    Facts flanders = FactsLoader.load(Path.of("facts/flanders.yaml"));
    Assessment english = ADVISOR.assess(nl);
    assertThrows(
        IllegalArgumentException.class,
        () -> WhatIf.of(List.of(), english, ADVISOR.assess(flanders)));
    assertThrows(
        IllegalArgumentException.class,
        () -> WhatIf.of(List.of(), english, ADVISOR.assess(nl, null, Language.NL)));
    assertThrows(
        IllegalArgumentException.class,
        () -> WhatIf.run(ADVISOR, nl, null, Language.EN, List.of()));
  }

  @Test
  void aChangeSaysWhetherTheValueBeforeAndTheValueAfterAreEstimates() throws Exception {
    Facts nl = FactsLoader.load(Path.of("facts/netherlands.yaml"));
    assertTrue(nl.isEstimate("financingChain.patientPublicCapital"));
    WhatIf certain =
        WhatIf.run(
            ADVISOR,
            nl,
            null,
            Language.EN,
            FactChange.parseAll(List.of("financingChain.patientPublicCapital=LOW")));
    WhatIf.Change same = certain.changes().get(0);
    assertEquals("LOW → LOW", same.from() + " → " + same.to(), "the same value, but");
    assertTrue(same.fromEstimate(), "an estimate before");
    assertFalse(same.toEstimate(), "a certain value after");
    WhatIf estimated =
        WhatIf.run(
            ADVISOR,
            nl,
            null,
            Language.EN,
            FactChange.parseAll(List.of("region.population={estimate: 18000000}")));
    WhatIf.Change c = estimated.changes().get(0);
    assertFalse(c.fromEstimate(), "the population is given as a certain figure");
    assertTrue(c.toEstimate());
  }

  @Test
  void anUnknownValueIsNeverAnEstimateInAChange() {
    assertThrows(
        IllegalArgumentException.class, () -> new WhatIf.Change("a.b", null, "X", true, false));
    assertThrows(
        IllegalArgumentException.class, () -> new WhatIf.Change("a.b", "X", null, false, true));
    assertFalse(new WhatIf.Change("a.b", "X", "Y").toEstimate());
  }
}
