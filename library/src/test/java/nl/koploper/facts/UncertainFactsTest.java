package nl.koploper.facts;

import static nl.koploper.facts.FactsLoaderTest.assertError;
import static nl.koploper.facts.FactsLoaderTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UncertainFactsTest {
  private static final String HEAD =
      "schema: koploper/facts/v1\nregion: {code: NL, name: Nederland}\n";

  private static UncertainFacts load(String body) throws InvalidFactsException {
    return FactsLoader.parseUncertain(HEAD + body, "u.yaml", FactsLoader.Format.YAML);
  }

  private static FactError refused(String body) {
    InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> load(body));
    return e.errors().get(0);
  }

  @Test
  void readsOneOfAndBetweenLeavingThoseFactsUnknownInTheBase() throws Exception {
    UncertainFacts facts =
        FactsLoader.loadUncertain(resource("uncertain/netherlands-uncertain.yaml"));
    assertEquals(4, facts.uncertainties().size());
    assertNull(facts.base().earlyFunding().earlyRndSubsidies());
    assertNull(facts.base().earlyFunding().policyContinuityYears());
    assertEquals(false, facts.base().earlyFunding().industryPhdMandates());
    Uncertainty first = facts.uncertainties().get(0);
    assertEquals("earlyFunding.earlyRndSubsidies", first.field().path());
    assertEquals(7, first.line());
    assertEquals(22, first.column());
    assertEquals("{oneOf: [SCARCE, AVAILABLE]}", first.notation());
    assertEquals("{between: [2, 6]}", facts.uncertainties().get(1).notation());
  }

  @Test
  void readsUncertainValuesFromJsonToo() throws Exception {
    UncertainFacts facts =
        FactsLoader.parseUncertain(
            "{\"schema\": \"koploper/facts/v1\", \"region\": {\"code\": \"NL\", \"name\": \"N\"},"
                + " \"ecosystem\": {\"emaHosted\": {\"oneOf\": [true, false]}}}",
            "u.json",
            FactsLoader.Format.JSON);
    assertEquals("{oneOf: [true, false]}", facts.uncertainties().get(0).notation());
  }

  @Test
  void samplesStayWithinTheDeclaredValues() throws Exception {
    UncertainFacts facts =
        FactsLoader.loadUncertain(resource("uncertain/netherlands-uncertain.yaml"));
    SplittableRandom random = new SplittableRandom(42);
    Set<Object> subsidies = new HashSet<>();
    Set<Object> years = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      Facts sample = facts.sample(random);
      subsidies.add(sample.earlyFunding().earlyRndSubsidies());
      years.add(sample.earlyFunding().policyContinuityYears());
      double share = sample.outcomes().shareCompaniesOver50Employees();
      assertTrue(share >= 0.12 && share <= 0.22, "share " + share);
      assertEquals(false, sample.earlyFunding().industryPhdMandates());
    }
    assertEquals(Set.of(Availability.SCARCE, Availability.AVAILABLE), subsidies);
    assertEquals(Set.of(2, 3, 4, 5, 6), years, "whole numbers, both bounds included");
  }

  @Test
  void theSameSeedGivesTheSameSamples() throws Exception {
    UncertainFacts facts =
        FactsLoader.loadUncertain(resource("uncertain/netherlands-uncertain.yaml"));
    assertEquals(samples(facts, 7), samples(facts, 7));
    assertNotEquals(samples(facts, 7), samples(facts, 8));
  }

  private static List<Facts> samples(UncertainFacts facts, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Facts> samples = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      samples.add(facts.sample(random));
    }
    return samples;
  }

  @Test
  void aFileWithoutUncertainValuesHasNothingUncertain() throws Exception {
    UncertainFacts facts = FactsLoader.loadUncertain(resource("valid/complete.yaml"));
    assertTrue(facts.certain());
    assertEquals(
        FactsLoader.load(resource("valid/complete.yaml")), facts.sample(new SplittableRandom(1)));
  }

  @Test
  void theNormalLoaderRefusesUncertainValuesPointingToSensitivity() {
    InvalidFactsException e =
        assertThrows(
            InvalidFactsException.class,
            () -> FactsLoader.load(resource("uncertain/netherlands-uncertain.yaml")));
    assertEquals(4, e.errors().size());
    assertError(
        e.errors().get(0),
        7,
        22,
        "earlyFunding.earlyRndSubsidies",
        "only for koploper sensitivity");
  }

  @Test
  void refusesOneOfForANumber() {
    assertError(
        refused("valorisation:\n  spinOffsPerYear: {oneOf: [1, 2]}\n"),
        4,
        21,
        "valorisation.spinOffsPerYear",
        "for a number write {between: [low, high]}");
  }

  @Test
  void refusesBetweenForAnEnum() {
    assertError(
        refused("earlyFunding:\n  earlyRndSubsidies: {between: [NONE, BROAD]}\n"),
        4,
        23,
        "earlyFunding.earlyRndSubsidies",
        "between is for numbers; for one of several values write {oneOf: [A, B, …]}");
  }

  @Test
  void refusesALowBoundAboveTheHighBound() {
    assertError(
        refused("earlyFunding:\n  policyContinuityYears: {between: [8, 3]}\n"),
        4,
        36,
        "earlyFunding.policyContinuityYears",
        "the low bound 8 is above the high bound 3");
  }

  @Test
  void refusesABoundOrOptionOutOfRange() {
    assertError(
        refused("outcomes:\n  shareCompaniesOver50Employees: {between: [0.1, 17]}\n"),
        4,
        50,
        "outcomes.shareCompaniesOver50Employees",
        "17 is out of range; expected a number from 0 to 1");
    assertError(
        refused("valorisation:\n  spinOffsPerYear: {between: [1.5, 4]}\n"),
        4,
        31,
        "valorisation.spinOffsPerYear",
        "a count has no fractional part");
  }

  @Test
  void refusesASingleOptionOrTheSameOptionTwice() {
    assertError(
        refused("ecosystem:\n  emaHosted: {oneOf: [true]}\n"),
        4,
        22,
        "ecosystem.emaHosted",
        "oneOf needs at least two different values");
    assertError(
        refused("financingChain:\n  latePrivateCapital: {oneOf: [LOW, LOW]}\n"),
        4,
        37,
        "financingChain.latePrivateCapital",
        "'LOW' is listed twice");
  }

  @Test
  void refusesAnUnknownEnumOptionOrAYaml11Boolean() {
    assertError(
        refused("earlyFunding:\n  earlyRndSubsidies: {oneOf: [SCARCE, PLENTY]}\n"),
        4,
        39,
        "earlyFunding.earlyRndSubsidies",
        "'PLENTY' is not one of NONE, SCARCE, AVAILABLE, BROAD");
    assertError(
        refused("ecosystem:\n  emaHosted: {oneOf: [true, NO]}\n"),
        4,
        29,
        "ecosystem.emaHosted",
        "YAML 1.1 spellings");
  }

  @Test
  void refusesMalformedUncertainValues() {
    assertError(
        refused("earlyFunding:\n  policyContinuityYears: {between: [1, 2, 3]}\n"),
        4,
        36,
        "earlyFunding.policyContinuityYears",
        "between takes exactly two numbers");
    assertError(
        refused("earlyFunding:\n  policyContinuityYears: {between: [1, 2], oneOf: [3, 4]}\n"),
        4,
        26,
        "earlyFunding.policyContinuityYears",
        "either {oneOf: [A, B, …]} or {between: [low, high]}");
    assertError(
        refused("ecosystem:\n  anchorFirms: {oneOf: [[A], [B]]}\n"),
        4,
        17,
        "ecosystem.anchorFirms",
        "this fact cannot be uncertain");
    assertError(
        refused("ecosystem:\n  emaHosted: {oneOf: true}\n"),
        4,
        22,
        "ecosystem.emaHosted",
        "oneOf takes a list");
  }

  @Test
  void uncertaintiesBuiltInCodeCheckThemselves() {
    FactSchema.Field years = FactSchema.field("earlyFunding.policyContinuityYears");
    FactSchema.Field subsidies = FactSchema.field("earlyFunding.earlyRndSubsidies");
    assertThrows(IllegalArgumentException.class, () -> new Uncertainty.Between(years, 5, 2, 0, 0));
    assertThrows(
        IllegalArgumentException.class, () -> new Uncertainty.Between(subsidies, 1, 2, 0, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Uncertainty.OneOf(subsidies, List.of(Availability.NONE), 0, 0));
    assertThrows(
        IllegalArgumentException.class, () -> new Uncertainty.OneOf(years, List.of(1, 2), 0, 0));
  }
}
