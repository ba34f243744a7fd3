package nl.koploper.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.koploper.facts.FactChange;
import nl.koploper.facts.FactSchema;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import nl.koploper.facts.UncertainFacts;
import nl.koploper.facts.Uncertainty;
import nl.koploper.facts.ValueType;
import org.junit.jupiter.api.Test;

class SensitivityTest {
  private static final Advisor ADVISOR = Advisor.bundled();

  private static Facts netherlands() throws Exception {
    return FactsLoader.load(Path.of("facts/netherlands.yaml"));
  }

  private static Facts flanders() throws Exception {
    return FactsLoader.load(Path.of("facts/flanders.yaml"));
  }

  @Test
  void withoutUncertaintyEveryRecommendationHasProbabilityOneAndAZeroWidthInterval()
      throws Exception {
    Facts nl = netherlands();
    Sensitivity s =
        ADVISOR.sensitivity(new UncertainFacts(nl, List.of()), flanders(), Language.EN, 300, 5);
    Assessment assessed = ADVISOR.assess(nl, flanders(), Language.EN);
    assertEquals(assessed.recommendations().size(), s.recommendations().size());
    for (Sensitivity.Outlook o : s.recommendations()) {
      Recommendation r =
          assessed.recommendations().stream()
              .filter(x -> x.code().equals(o.code()))
              .findFirst()
              .orElseThrow();
      assertEquals(1.0, o.probability(), o.code());
      assertEquals(r.rank(), o.medianRank(), o.code());
      assertEquals(r.rank(), o.rankLow(), o.code());
      assertEquals(r.rank(), o.rankHigh(), o.code());
      assertEquals(1.0, o.priorities().get(r.priority()), o.code());
    }
    assertEquals(List.of(), s.uncertain());
  }

  @Test
  void theSameSeedGivesTheSameResultAndAnotherSeedOtherDraws() throws Exception {
    UncertainFacts facts =
        FactsLoader.loadUncertain(Path.of("facts/uncertain/netherlands-uncertain.yaml"));
    Sensitivity once = ADVISOR.sensitivity(facts, flanders(), Language.EN, 1000, 42);
    Sensitivity again = ADVISOR.sensitivity(facts, flanders(), Language.EN, 1000, 42);
    Sensitivity other = ADVISOR.sensitivity(facts, flanders(), Language.EN, 1000, 43);
    assertEquals(once, again);
    assertNotEquals(once.recommendations(), other.recommendations());
  }

  @Test
  void priorityShares_addUpToTheProbabilityAndIntervalsHoldTheMedian() throws Exception {
    UncertainFacts facts =
        FactsLoader.loadUncertain(Path.of("facts/uncertain/netherlands-uncertain.yaml"));
    Sensitivity s = ADVISOR.sensitivity(facts, flanders(), Language.EN, 2000, 1);
    boolean someUncertain = false;
    for (Sensitivity.Outlook o : s.recommendations()) {
      double shares = o.priorities().values().stream().mapToDouble(Double::doubleValue).sum();
      assertEquals(o.probability(), shares, 1e-9, o.code());
      assertTrue(o.rankLow() <= o.medianRank() && o.medianRank() <= o.rankHigh(), o.code());
      someUncertain |= o.probability() < 1;
    }
    assertTrue(someUncertain, "the example's uncertain facts make some advice uncertain");
    assertEquals(5, s.uncertain().size());
    for (int i = 1; i < s.uncertain().size(); i++) {
      assertTrue(s.uncertain().get(i - 1).rankShift() >= s.uncertain().get(i).rankShift());
    }
  }

  /** The recommendations a fact feeds, as the rule catalogue says: codes of rules reading it. */
  private static Set<String> codesReading(String fact) {
    Set<String> codes = new TreeSet<>();
    for (RuleDescription rule : ADVISOR.rules(Language.EN)) {
      if (rule.code() != null && rule.reads().contains(fact)) {
        codes.add(rule.code());
      }
    }
    return codes;
  }

  /**
   * Whether a fact is read only by recommending rules and by maturity rules (which, without a
   * benchmark, weigh on no score): then it can move only the recommendations that read it.
   */
  private static boolean readOnlyByItsRecommendations(String fact) {
    return ADVISOR.rules(Language.EN).stream()
        .filter(r -> r.reads().contains(fact))
        .allMatch(r -> r.code() != null || r.name().contains("maturity"));
  }

  @Test
  void uncertaintyOnOneFactMovesExactlyTheRecommendationsThatReadIt() throws Exception {
    // With the EMA not yet leveraged, so that the rule reading emaHosted can fire at all (the
    // example file codes "nog meer inspelen op" the EMA as leveraged).
    Facts nl = FactChange.of("ecosystem.emaLeveraged", false).apply(netherlands());
    List<String> checked = new ArrayList<>();
    for (FactSchema.Field field : FactSchema.fields()) {
      List<Object> values;
      if (field.type() instanceof ValueType.Flag) {
        values = List.of(true, false);
      } else if (field.type() instanceof ValueType.Choice choice) {
        values = new ArrayList<>(Arrays.asList(choice.type().getEnumConstants()));
      } else {
        continue;
      }
      String fact = field.path();
      Facts base = FactChange.unknown(field).apply(nl);
      UncertainFacts one =
          new UncertainFacts(base, List.of(new Uncertainty.OneOf(field, values, 0, 0)));
      Sensitivity s = ADVISOR.sensitivity(one, null, Language.EN, 200, 3);
      Set<String> moved = new TreeSet<>(s.uncertain().get(0).moves());
      Set<String> uncertain = new TreeSet<>();
      s.recommendations().stream()
          .filter(o -> o.probability() < 1)
          .forEach(o -> uncertain.add(o.code()));
      Set<String> readers = codesReading(fact);
      assertTrue(moved.containsAll(uncertain), fact + ": " + uncertain + " not in " + moved);
      if (readOnlyByItsRecommendations(fact)) {
        assertEquals(readers, moved, fact);
        checked.add(fact);
      } else {
        assertTrue(moved.containsAll(readers), fact + ": " + readers + " not in " + moved);
      }
    }
    assertTrue(checked.size() >= 10, "facts read by their recommendations only: " + checked);
  }

  @Test
  void aSampleCountOutsideOneToAMillionIsRefused() throws Exception {
    UncertainFacts facts = new UncertainFacts(netherlands(), List.of());
    assertThrows(
        IllegalArgumentException.class, () -> ADVISOR.sensitivity(facts, null, Language.EN, 0, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> ADVISOR.sensitivity(facts, null, Language.EN, Sensitivity.MAX_SAMPLES + 1, 1));
  }
}
