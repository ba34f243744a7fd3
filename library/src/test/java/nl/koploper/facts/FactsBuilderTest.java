package nl.koploper.facts;

import static nl.koploper.facts.FactsLoaderTest.resource;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Facts built in code pass the loader's checks, and fail them with the loader's words. */
class FactsBuilderTest {

  /** Every fact of valid/complete.yaml, set in code. */
  static FactsBuilder complete() {
    return Facts.builder("NL", "Nederland")
        .set("region.population", 17_400_000L)
        .set("region.year", 2020)
        .source(
            new Source(
                "kiezen-voor-biotech",
                "Kiezen voor biotech (HollandBIO, 2021)",
                null,
                2021,
                "The report's summary."))
        .cite("knowledgeBase", "kiezen-voor-biotech")
        .set("knowledgeBase.techMedicalCollaboration", Collaboration.AD_HOC)
        .set("knowledgeBase.jointInstitutes", 1)
        .set("valorisation.ttoFunding", TtoFunding.PROJECT_BASED)
        .set("valorisation.ttoStaffFtePer1000Researchers", 3.1)
        .set("valorisation.spinOffsPerYear", 20)
        .set("valorisation.guaranteedFundingYears", 2)
        .set("earlyFunding.earlyRndSubsidies", Availability.SCARCE)
        .set("earlyFunding.industryPhdMandates", false)
        .set("earlyFunding.policyContinuityYears", 3)
        .set("financingChain.latePrivateCapital", Amount.HIGH)
        .set("financingChain.patientPublicCapital", Amount.LOW)
        .set("financingChain.regionalFundCoordination", Coordination.FRAGMENTED)
        .set("ecosystem.anchorFirms", List.of("Janssen", "MSD", "Organon"))
        .set("ecosystem.anchorFirmProgramme", false)
        .set("ecosystem.emaHosted", true)
        .set("ecosystem.emaLeveraged", false)
        .set("ecosystem.emergingFirmProgramme", false)
        .set("clinicalResearch.atmpFramework", Readiness.PLANNED)
        .set("clinicalResearch.generalRulesStreamlined", false)
        .set("clinicalResearch.medianApprovalDays", 60)
        .set("clinicalResearch.trialsPerMillion", 30)
        .set("sectorPosition.successStoryVisibility", Amount.LOW)
        .set("sectorPosition.jointCommunication", false)
        .set("outcomes.privateRndEur", 5.0e8)
        .set("outcomes.biotechCompanies", 376)
        .set("outcomes.marketCapitalisationEur", 1.0e9)
        .set("outcomes.shareCompaniesOver50Employees", 0.17);
  }

  static FactError refused(FactsBuilder builder) {
    InvalidFactsException e = assertThrows(InvalidFactsException.class, builder::build);
    assertEquals(1, e.errors().size(), () -> "one error expected: " + e.errors());
    return e.errors().get(0);
  }

  static void assertError(FactError error, String path, String fragment) {
    assertAll(
        () -> assertEquals("Facts.builder(NL)", error.file(), "file of " + error),
        () -> assertEquals(0, error.line(), "line of " + error),
        () -> assertEquals(path, error.path(), "path of " + error),
        () -> assertTrue(error.message().contains(fragment), "'" + fragment + "' in: " + error));
  }

  static FactsBuilder nl() {
    return Facts.builder("NL", "Nederland");
  }

  @Test
  void buildsTheSameFactsAsTheLoaderReadsFromTheSameFile() throws Exception {
    assertEquals(FactsLoader.load(resource("valid/complete.yaml")), complete().build());
  }

  @Test
  void buildsARegionWithNothingElseKnown() throws Exception {
    Facts facts = nl().build();
    assertEquals(new Region("NL", "Nederland", null, null), facts.region());
    assertEquals(Facts.SCHEMA, facts.schema());
    for (FactSchema.Field field : FactSchema.fields()) {
      if (field.section().equals("region") && field.name().matches("code|name")) {
        continue;
      }
      assertTrue(facts.value(field.path()).isEmpty(), field.path() + " should be unknown");
    }
  }

  @Test
  void acceptsValuesWrittenAsAFactFileWritesThem() throws Exception {
    Facts facts =
        nl().set("earlyFunding.earlyRndSubsidies", "BROAD")
            .set("earlyFunding.policyContinuityYears", "12")
            .set("earlyFunding.industryPhdMandates", "true")
            .build();
    assertEquals(Availability.BROAD, facts.earlyFunding().earlyRndSubsidies());
    assertEquals(12, facts.earlyFunding().policyContinuityYears());
    assertEquals(true, facts.earlyFunding().industryPhdMandates());
  }

  @Test
  void refusesAnEnumNameNotOfTheScaleWithASuggestion() {
    assertError(
        refused(nl().set("earlyFunding.earlyRndSubsidies", "BROADD")),
        "earlyFunding.earlyRndSubsidies",
        "'BROADD' is not one of NONE, SCARCE, AVAILABLE, BROAD; did you mean 'BROAD'?");
  }

  @Test
  void refusesAConstantOfAnotherEnum() {
    assertError(
        refused(nl().set("earlyFunding.earlyRndSubsidies", Amount.HIGH)),
        "earlyFunding.earlyRndSubsidies",
        "'HIGH' is not one of NONE, SCARCE, AVAILABLE, BROAD");
  }

  @Test
  void refusesANumberOutOfRange() {
    assertError(
        refused(nl().set("outcomes.shareCompaniesOver50Employees", 17)),
        "outcomes.shareCompaniesOver50Employees",
        "17 is out of range; expected a number from 0 to 1 (a fraction: 17 % is 0.17)");
    assertError(
        refused(nl().set("earlyFunding.policyContinuityYears", -1)),
        "earlyFunding.policyContinuityYears",
        "-1 is out of range");
  }

  @Test
  void refusesAFractionWhereACountIsAsked() {
    assertError(
        refused(nl().set("outcomes.biotechCompanies", 376.5)),
        "outcomes.biotechCompanies",
        "a count has no fractional part");
  }

  @Test
  void refusesANumberThatIsNotFinite() {
    assertError(
        refused(nl().set("outcomes.privateRndEur", Double.NaN)),
        "outcomes.privateRndEur",
        "not a finite number");
    assertError(
        refused(nl().set("outcomes.privateRndEur", Double.POSITIVE_INFINITY)),
        "outcomes.privateRndEur",
        "not a finite number");
  }

  @Test
  void refusesAValueOfTheWrongKind() {
    assertError(
        refused(nl().set("earlyFunding.policyContinuityYears", true)),
        "earlyFunding.policyContinuityYears",
        "expected a whole number from 0 to 200, got 'true'");
    assertError(
        refused(nl().set("earlyFunding.industryPhdMandates", "yes")),
        "earlyFunding.industryPhdMandates",
        "expected true or false");
    assertError(
        refused(nl().set("ecosystem.anchorFirms", "Janssen")),
        "ecosystem.anchorFirms",
        "expected a list such as [Janssen, MSD]");
  }

  @Test
  void refusesARegionCodeOutsideItsPattern() {
    FactError error = refused(Facts.builder("nl", "Nederland"));
    assertEquals("region.code", error.path());
    assertTrue(
        error.message().contains("is not 2 to 16 characters A-Z, 0-9 or -"), error::toString);
  }

  @Test
  void refusesARegionWithoutAName() {
    assertError(refused(Facts.builder("NL", null)), "region.name", "required field is missing");
  }

  @Test
  void refusesTextWithAControlCharacterOrNothingInIt() {
    assertError(
        refused(Facts.builder("NL", "Neder\u001bland")), "region.name", "control character U+001B");
    assertError(refused(Facts.builder("NL", "  ")), "region.name", "got empty text");
  }

  @Test
  void refusesAnAnchorFirmListedTwice() {
    assertError(
        refused(nl().set("ecosystem.anchorFirms", List.of("MSD", "MSD"))),
        "ecosystem.anchorFirms[1]",
        "'MSD' is listed twice");
  }

  @Test
  void refusesAnUnknownFieldWithASuggestion() {
    assertError(
        refused(nl().set("earlyFunding.earlyRndSubsidy", Availability.BROAD)),
        "earlyFunding.earlyRndSubsidy",
        "unknown field; did you mean 'earlyRndSubsidies'?");
  }

  @Test
  void refusesAnUnknownSectionWithASuggestion() {
    assertError(
        refused(nl().set("earlyFundng.earlyRndSubsidies", Availability.BROAD)),
        "earlyFundng",
        "unknown section; did you mean 'earlyFunding'?");
  }

  @Test
  void refusesACitationOfASourceThatIsNotGiven() {
    assertError(
        refused(nl().source("report", "The report").cite("earlyFunding", "reportt")),
        "earlyFunding.source",
        "'reportt' names no entry of sources; did you mean 'report'?");
    assertError(
        refused(nl().cite("earlyFunding", "report")),
        "earlyFunding.source",
        "'report' names no entry of sources; no sources are given");
  }

  @Test
  void acceptsACitationOfAGivenSource() throws Exception {
    Facts facts = nl().source("report", "The report").cite("earlyFunding", "report").build();
    assertEquals("report", facts.earlyFunding().source());
    assertEquals(List.of(new Source("report", "The report", null, null, null)), facts.sources());
  }

  @Test
  void refusesTwoSourcesWithOneId() {
    assertError(
        refused(nl().source("report", "The report").source("report", "Another")),
        "sources[1].id",
        "source id 'report' is already used by another entry");
  }

  @Test
  void refusesASourceIdOutsideItsPatternAndACitationInASectionWithout() {
    assertError(
        refused(nl().source("The Report", "The report")),
        "sources[0].id",
        "is not a lower-case id");
    assertError(refused(nl().cite("region", "report")), "region.source", "unknown field");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    InvalidFactsException e =
        assertThrows(
            InvalidFactsException.class,
            () ->
                nl().set("earlyFunding.earlyRndSubsidies", "PLENTY")
                    .set("outcomes.biotechCompanies", -3)
                    .cite("ecosystem", "nowhere")
                    .build());
    assertEquals(
        List.of("earlyFunding.earlyRndSubsidies", "outcomes.biotechCompanies", "ecosystem.source"),
        e.errors().stream().map(FactError::path).toList());
    assertTrue(
        e.getMessage().contains("Facts.builder(NL): earlyFunding.earlyRndSubsidies: 'PLENTY'"),
        e.getMessage());
  }

  @Test
  void aLaterValueReplacesAnEarlierOneAndNullMakesItUnknown() throws Exception {
    Facts facts =
        nl().set("earlyFunding.policyContinuityYears", 3)
            .set("earlyFunding.policyContinuityYears", 9)
            .set("earlyFunding.industryPhdMandates", true)
            .set("earlyFunding.industryPhdMandates", null)
            .build();
    assertEquals(9, facts.earlyFunding().policyContinuityYears());
    assertEquals(null, facts.earlyFunding().industryPhdMandates());
  }

  @Test
  void refusesAtOnceWhatNoFactFileCouldSay() {
    assertThrows(IllegalArgumentException.class, () -> nl().set("schema", "v2"));
    assertThrows(IllegalArgumentException.class, () -> nl().set("sources", List.of()));
    assertThrows(IllegalArgumentException.class, () -> nl().set("earlyFunding", "x"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> nl().set("region.year", java.time.Year.of(2020)));
    assertTrue(e.getMessage().startsWith("region.year: no fact holds a java.time.Year"));
  }

  @Test
  void withChangesOneFactAndLeavesTheOriginalAlone() throws Exception {
    Facts before = complete().build();
    Facts after = before.with("earlyFunding.earlyRndSubsidies", Availability.BROAD);
    assertEquals(Availability.BROAD, after.earlyFunding().earlyRndSubsidies());
    assertEquals(Availability.SCARCE, before.earlyFunding().earlyRndSubsidies());
    assertEquals("kiezen-voor-biotech", after.knowledgeBase().source());
    assertNotEquals(before, after);
    assertEquals(before, after.with("earlyFunding.earlyRndSubsidies", Availability.SCARCE));
    assertEquals(
        null,
        before.with("earlyFunding.earlyRndSubsidies", null).earlyFunding().earlyRndSubsidies());
  }

  @Test
  void withRefusesAnUnknownPathAValueOutOfRangeAndTheRegionsName() throws Exception {
    Facts facts = complete().build();
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class, () -> facts.with("earlyFunding.earlyRndSubsidy", 1));
    assertTrue(unknown.getMessage().contains("did you mean 'earlyFunding.earlyRndSubsidies'"));
    IllegalArgumentException range =
        assertThrows(
            IllegalArgumentException.class,
            () -> facts.with("outcomes.shareCompaniesOver50Employees", 17.0));
    assertTrue(range.getMessage().startsWith("outcomes.shareCompaniesOver50Employees: 17.0"));
    assertThrows(IllegalArgumentException.class, () -> facts.with("region.name", "Holland"));
  }
}
