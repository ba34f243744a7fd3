package nl.koploper.facts;

import static nl.koploper.facts.FactsLoaderTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EstimatesTest {
  private static final String HEAD =
      "schema: koploper/facts/v1\nregion: {code: NL, name: Nederland}\n";

  private static Facts load(String body) throws InvalidFactsException {
    return FactsLoader.parse(HEAD + body, "e.yaml", FactsLoader.Format.YAML);
  }

  private static List<FactError> refused(String body) {
    return assertThrows(InvalidFactsException.class, () -> load(body)).errors();
  }

  @Test
  void readsAnEstimateAsItsValueAndRecordsItsPathAndNote() throws Exception {
    Facts facts =
        load(
            "financingChain:\n"
                + "  patientPublicCapital: {estimate: LOW, note: \"the report asks for it\"}\n"
                + "  latePrivateCapital: HIGH\n");
    assertEquals(Amount.LOW, facts.financingChain().patientPublicCapital());
    assertTrue(facts.isEstimate("financingChain.patientPublicCapital"));
    assertFalse(facts.isEstimate("financingChain.latePrivateCapital"));
    assertEquals(
        Map.of("financingChain.patientPublicCapital", "the report asks for it"), facts.estimates());
  }

  @Test
  void readsEstimatesOfEveryTypeInBlockNotationAndWithoutANote() throws Exception {
    Facts facts =
        load(
            "earlyFunding:\n"
                + "  industryPhdMandates:\n"
                + "    estimate: false\n"
                + "    note: >-\n"
                + "      folded text\n"
                + "  policyContinuityYears: {estimate: 4}\n"
                + "ecosystem:\n"
                + "  anchorFirms: {estimate: [Janssen, MSD]}\n"
                + "outcomes:\n"
                + "  privateRndEur: {estimate: 5.0e+8}\n");
    assertEquals(false, facts.earlyFunding().industryPhdMandates());
    assertEquals(4, facts.earlyFunding().policyContinuityYears());
    assertEquals(List.of("Janssen", "MSD"), facts.ecosystem().anchorFirms());
    assertEquals(5.0e8, facts.outcomes().privateRndEur());
    assertEquals("folded text", facts.estimates().get("earlyFunding.industryPhdMandates"));
    assertEquals("", facts.estimates().get("earlyFunding.policyContinuityYears"));
    assertEquals(4, facts.estimates().size());
  }

  @Test
  void readsEstimatesFromJsonToo() throws Exception {
    Facts facts =
        FactsLoader.parse(
            "{\"schema\": \"koploper/facts/v1\","
                + " \"region\": {\"code\": \"NL\", \"name\": \"N\","
                + " \"population\": {\"estimate\": 17400000, \"note\": \"CBS, rounded\"}}}",
            "e.json",
            FactsLoader.Format.JSON);
    assertEquals(17_400_000L, facts.region().population());
    assertTrue(facts.isEstimate("region.population"));
  }

  @Test
  void aFileWithoutEstimatesHasNone() throws Exception {
    Facts facts = load("earlyFunding: {earlyRndSubsidies: SCARCE}\n");
    assertTrue(facts.estimates().isEmpty());
    assertFalse(facts.isEstimate("earlyFunding.earlyRndSubsidies"));
  }

  @Test
  void refusesAnEstimateOfTheWrongTypeWithTheBareValuesMessage() {
    List<FactError> errors = refused("earlyFunding:\n  earlyRndSubsidies: {estimate: PLENTY}\n");
    assertEquals(1, errors.size());
    assertError(
        errors.get(0),
        4,
        33,
        "earlyFunding.earlyRndSubsidies",
        "'PLENTY' is not one of NONE, SCARCE, AVAILABLE, BROAD");
  }

  @Test
  void refusesAnEstimateOutOfRangeOrOfYaml11Kinds() {
    assertError(
        refused("valorisation:\n  spinOffsPerYear: {estimate: -3}\n").get(0),
        4,
        31,
        "valorisation.spinOffsPerYear",
        "");
    assertError(
        refused("ecosystem:\n  emaHosted: {estimate: yes}\n").get(0),
        4,
        25,
        "ecosystem.emaHosted",
        "true or false");
  }

  @Test
  void refusesAnUnknownKeyInsideAnEstimateWithADidYouMean() {
    List<FactError> errors =
        refused("earlyFunding:\n  earlyRndSubsidies: {estimate: SCARCE, nott: x}\n");
    assertError(
        errors.get(0),
        4,
        41,
        "earlyFunding.earlyRndSubsidies.nott",
        "unknown key in an estimate; did you mean 'note'?");
  }

  @Test
  void refusesANoteThatIsNotText() {
    assertError(
        refused("earlyFunding:\n  earlyRndSubsidies: {estimate: SCARCE, note: 3}\n").get(0),
        4,
        47,
        "earlyFunding.earlyRndSubsidies.note",
        "put it in quotes");
    assertError(
        refused("earlyFunding:\n  earlyRndSubsidies: {estimate: SCARCE, note: [a]}\n").get(0),
        4,
        47,
        "earlyFunding.earlyRndSubsidies.note",
        "got a list");
  }

  @Test
  void refusesANoteWithoutAValueAndAnExplicitNullEstimate() {
    assertError(
        refused("earlyFunding:\n  earlyRndSubsidies: {note: \"why\"}\n").get(0),
        4,
        22,
        "earlyFunding.earlyRndSubsidies",
        "an estimate needs its value");
    assertError(
        refused("earlyFunding:\n  earlyRndSubsidies: {estimate: null}\n").get(0),
        4,
        33,
        "earlyFunding.earlyRndSubsidies",
        "explicit null");
  }

  @Test
  void refusesADuplicateEstimateKeyAndAnEstimateOfTheRegionsName() {
    assertError(
        refused("earlyFunding:\n  earlyRndSubsidies: {estimate: SCARCE, estimate: NONE}\n").get(0),
        4,
        41,
        "earlyFunding.earlyRndSubsidies",
        "duplicate key");
    List<FactError> errors =
        assertThrows(
                InvalidFactsException.class,
                () ->
                    FactsLoader.parse(
                        "schema: koploper/facts/v1\n"
                            + "region: {code: NL, name: {estimate: Nederland}}\n",
                        "e.yaml",
                        FactsLoader.Format.YAML))
            .errors();
    assertError(errors.get(0), 2, 26, "region.name", "cannot be estimates");
  }

  @Test
  void refusesAnEstimateMixedWithAnUncertainValue() {
    assertError(
        refused("earlyFunding:\n  earlyRndSubsidies: {estimate: SCARCE, oneOf: [NONE, SCARCE]}\n")
            .get(0),
        4,
        22,
        "earlyFunding.earlyRndSubsidies",
        "only for koploper sensitivity");
  }

  @Test
  void aChangeToAnotherValueMakesTheFactCertainAndAnEstimatedChangeMarksIt() throws Exception {
    Facts facts = load("earlyFunding:\n  earlyRndSubsidies: {estimate: SCARCE}\n");
    Facts certain = FactChange.of("earlyFunding.earlyRndSubsidies", Availability.NONE).apply(facts);
    assertFalse(certain.isEstimate("earlyFunding.earlyRndSubsidies"));
    FactChange estimated = FactChange.parse("earlyFunding.earlyRndSubsidies={estimate: NONE}");
    assertTrue(estimated.estimate());
    Facts marked = estimated.apply(load("earlyFunding:\n  earlyRndSubsidies: SCARCE\n"));
    assertEquals(Availability.NONE, marked.earlyFunding().earlyRndSubsidies());
    assertTrue(marked.isEstimate("earlyFunding.earlyRndSubsidies"));
    Facts unknown = FactChange.parse("earlyFunding.earlyRndSubsidies=").apply(facts);
    assertFalse(unknown.isEstimate("earlyFunding.earlyRndSubsidies"));
    assertTrue(unknown.estimates().isEmpty());
  }

  @Test
  void anEstimatedSetArgumentReadsBackFromItsOwnNotation() throws Exception {
    FactChange change =
        FactChange.parse("outcomes.privateRndEur={estimate: 5.0e8, note: \"1/13 of \\\"BE\\\"\"}");
    assertEquals(5.0e8, change.value());
    assertEquals("1/13 of \"BE\"", change.note());
    assertEquals(
        "outcomes.privateRndEur={estimate: 500000000, note: \"1/13 of \\\"BE\\\"\"}",
        change.assignment());
    assertEquals(change, FactChange.parse(change.assignment()));
  }

  @Test
  void refusesASetArgumentWhoseEstimateHasTheWrongTypeOrAnUnknownKey() {
    InvalidFactsException wrong =
        assertThrows(
            InvalidFactsException.class,
            () -> FactChange.parse("earlyFunding.earlyRndSubsidies={estimate: PLENTY}"));
    assertEquals("earlyFunding.earlyRndSubsidies", wrong.errors().get(0).path());
    assertTrue(wrong.errors().get(0).message().contains("'PLENTY' is not one of"));
    InvalidFactsException key =
        assertThrows(
            InvalidFactsException.class,
            () -> FactChange.parse("earlyFunding.earlyRndSubsidies={estimate: NONE, why: x}"));
    assertTrue(key.errors().get(0).message().contains("unknown key in an estimate"));
  }

  @Test
  void varyingEstimatesStepsEachOneAlongItsScaleAndLeavesCertainFactsAlone() throws Exception {
    Facts facts =
        load(
            "earlyFunding:\n"
                + "  earlyRndSubsidies: {estimate: SCARCE}\n"
                + "  industryPhdMandates: {estimate: false}\n"
                + "  policyContinuityYears: {estimate: 4}\n"
                + "financingChain:\n"
                + "  patientPublicCapital: {estimate: LOW}\n"
                + "  latePrivateCapital: HIGH\n"
                + "outcomes:\n"
                + "  privateRndEur: {estimate: 1.0e+9}\n"
                + "  shareCompaniesOver50Employees: {estimate: 0.9}\n"
                + "ecosystem:\n"
                + "  anchorFirms: {estimate: [Janssen]}\n");
    UncertainFacts varied = new UncertainFacts(facts, List.of()).varyingEstimates(0.25);
    assertEquals(
        List.of(
            "earlyFunding.earlyRndSubsidies {oneOf: [NONE, SCARCE, AVAILABLE]}",
            "earlyFunding.industryPhdMandates {oneOf: [false, true]}",
            "earlyFunding.policyContinuityYears {between: [3, 5]}",
            "financingChain.patientPublicCapital {oneOf: [LOW, MEDIUM]}",
            "outcomes.privateRndEur {between: [750000000, 1250000000]}",
            "outcomes.shareCompaniesOver50Employees {between: [0.675, 1]}"),
        varied.uncertainties().stream().map(u -> u.field().path() + " " + u.notation()).toList());
    assertEquals(Amount.HIGH, varied.base().financingChain().latePrivateCapital());
    assertEquals(List.of("Janssen"), varied.base().ecosystem().anchorFirms());
    assertEquals(null, varied.base().earlyFunding().earlyRndSubsidies());
  }

  @Test
  void varyingEstimatesOfAFileWithoutEstimatesChangesNothing() throws Exception {
    UncertainFacts plain =
        new UncertainFacts(load("earlyFunding: {earlyRndSubsidies: SCARCE}\n"), List.of());
    assertTrue(plain.varyingEstimates(0.25).certain());
    assertThrows(IllegalArgumentException.class, () -> plain.varyingEstimates(0));
    assertThrows(IllegalArgumentException.class, () -> plain.varyingEstimates(1.5));
  }
}
