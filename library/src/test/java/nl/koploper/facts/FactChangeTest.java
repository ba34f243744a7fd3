package nl.koploper.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactChangeTest {
  private static final Path NL = Path.of("facts/netherlands.yaml");

  private static FactError refused(String assignment) {
    InvalidFactsException e =
        assertThrows(InvalidFactsException.class, () -> FactChange.parse(assignment));
    assertEquals(1, e.errors().size(), e.getMessage());
    return e.errors().get(0);
  }

  private static void assertMessage(FactError error, String fragment) {
    assertTrue(error.toString().contains(fragment), "expected '" + fragment + "' in: " + error);
  }

  @Test
  void changesOneFactAndKeepsTheRestOfItsSectionAndItsSource() throws Exception {
    Facts nl = FactsLoader.load(NL);
    Facts changed = FactChange.of("earlyFunding.earlyRndSubsidies", Availability.BROAD).apply(nl);
    assertEquals(Availability.BROAD, changed.earlyFunding().earlyRndSubsidies());
    assertEquals(
        nl.earlyFunding().industryPhdMandates(), changed.earlyFunding().industryPhdMandates());
    assertEquals(nl.earlyFunding().source(), changed.earlyFunding().source());
    assertSame(nl.financingChain(), changed.financingChain());
    assertEquals(Availability.NONE, nl.earlyFunding().earlyRndSubsidies(), "nl is unchanged");
  }

  @Test
  void aNullValueMakesTheFactUnknown() throws Exception {
    Facts nl = FactsLoader.load(NL);
    FactSchema.Field field = FactSchema.field("ecosystem.emaHosted");
    assertNull(field.with(nl, null).ecosystem().emaHosted());
    assertNull(FactChange.parse("ecosystem.emaHosted=").apply(nl).ecosystem().emaHosted());
  }

  @Test
  void everySettableFactCanBeSetAndReadBack() throws Exception {
    Facts nl = FactsLoader.load(NL);
    for (FactSchema.Field field : FactSchema.fields()) {
      if (FactChange.whyNotSettable(field).isPresent()) {
        continue;
      }
      Object value = List.of("Galapagos");
      if (field.type() instanceof ValueType.Choice choice) {
        value = choice.type().getEnumConstants()[0];
      } else if (field.type() instanceof ValueType.Whole whole) {
        value = whole.max();
      } else if (field.type() instanceof ValueType.Decimal decimal) {
        value = decimal.max();
      } else if (field.type() instanceof ValueType.Flag) {
        value = true;
      }
      Facts changed = field.with(nl, value);
      assertEquals(FactChange.of(field.path(), value).value(), field.get(changed), field.path());
    }
  }

  @Test
  void laterChangesOfTheSameFactWin() throws Exception {
    Facts nl = FactsLoader.load(NL);
    Facts changed =
        FactChange.applyAll(
            nl,
            List.of(
                FactChange.parse("earlyFunding.policyContinuityYears=5"),
                FactChange.parse("earlyFunding.industryPhdMandates=true"),
                FactChange.parse("earlyFunding.policyContinuityYears=12")));
    assertEquals(12, changed.earlyFunding().policyContinuityYears());
    assertEquals(true, changed.earlyFunding().industryPhdMandates());
  }

  @Test
  void readsScalarsAndFlowListsAsAFactFileWould() throws Exception {
    assertEquals(
        Availability.BROAD, FactChange.parse("earlyFunding.earlyRndSubsidies=BROAD").value());
    assertEquals(true, FactChange.parse("ecosystem.emaLeveraged=true").value());
    assertEquals(3, FactChange.parse("knowledgeBase.jointInstitutes=3").value());
    assertEquals(17_000_000L, FactChange.parse("region.population=17000000").value());
    assertEquals(0.17, FactChange.parse("outcomes.shareCompaniesOver50Employees=0.17").value());
    assertEquals(5.0e8, FactChange.parse("outcomes.privateRndEur=5.0e8").value());
    assertEquals(
        List.of("Janssen", "MSD"),
        FactChange.parse("ecosystem.anchorFirms=[Janssen, MSD]").value());
  }

  @Test
  void refusesYaml11BooleansNamingTheArgument() {
    FactError error = refused("earlyFunding.industryPhdMandates=NO");
    assertEquals(
        "--set earlyFunding.industryPhdMandates=NO: earlyFunding.industryPhdMandates: expected true"
            + " or false, got 'NO'; YAML 1.1 spellings such as yes, no, on, off and capitalised"
            + " True/False are not booleans here",
        error.toString());
  }

  @Test
  void refusesAnUnknownEnumValueListingTheAllowedOnes() {
    assertMessage(
        refused("earlyFunding.earlyRndSubsidies=PLENTY"),
        "'PLENTY' is not one of NONE, SCARCE, AVAILABLE, BROAD");
  }

  @Test
  void refusesAnOutOfRangeNumberWithItsRange() {
    assertMessage(
        refused("outcomes.shareCompaniesOver50Employees=17"),
        "17 is out of range; expected a number from 0 to 1");
    assertMessage(refused("valorisation.spinOffsPerYear=2.5"), "a count has no fractional part");
    assertMessage(refused("valorisation.spinOffsPerYear=0x10"), "is not a plain decimal number");
  }

  @Test
  void refusesANameListedTwiceWithoutALineNumberThatWouldSayNothing() {
    FactError e = refused("ecosystem.anchorFirms=[Janssen, Janssen]");
    assertMessage(e, "'Janssen' is listed twice");
    org.junit.jupiter.api.Assertions.assertFalse(e.message().contains("line"), e.message());
  }

  @Test
  void suggestsTheClosestFactForAMisspeltPath() {
    assertMessage(
        refused("earlyFunding.earlyRndSubsidy=BROAD"),
        "earlyFunding.earlyRndSubsidy: unknown fact; did you mean 'earlyFunding.earlyRndSubsidies'?");
    assertMessage(
        refused("earlyRndSubsidies=BROAD"), "did you mean 'earlyFunding.earlyRndSubsidies'?");
  }

  @Test
  void listsTheAllowedFactsWhenNothingIsClose() {
    assertMessage(
        refused("earlyFunding.zzz=1"),
        "earlyFunding has earlyRndSubsidies, industryPhdMandates, policyContinuityYears");
    assertMessage(refused("nothing.zzz=1"), "with SECTION one of region, knowledgeBase,");
    assertMessage(refused("earlyFunding"), "expected PATH=VALUE");
  }

  @Test
  void refusesTheRegionsIdentityAndCitationsSayingWhy() {
    assertMessage(refused("region.code=BE"), "cannot be changed: it names the region");
    assertMessage(refused("region.name=X"), "cannot be changed: it names the region");
    assertMessage(refused("sources=[]"), "sources are citations, not facts");
    assertMessage(refused("earlyFunding.source=x"), "a section's source is a citation");
    assertThrows(IllegalArgumentException.class, () -> FactChange.of("region.code", "BE"));
  }

  @Test
  void refusesAnExplicitNullPointingToTheEmptyValue() {
    assertMessage(
        refused("ecosystem.emaHosted=null"),
        "to make the fact unknown, write ecosystem.emaHosted=");
  }

  @Test
  void refusesJavaValuesOfTheWrongTypeOrRange() {
    assertThrows(
        IllegalArgumentException.class,
        () -> FactChange.of("earlyFunding.earlyRndSubsidies", "BROAD"));
    assertThrows(
        IllegalArgumentException.class,
        () -> FactChange.of("earlyFunding.earlyRndSubsidies", Amount.HIGH));
    assertThrows(
        IllegalArgumentException.class,
        () -> FactChange.of("outcomes.shareCompaniesOver50Employees", 1.5));
    assertThrows(
        IllegalArgumentException.class, () -> FactChange.of("valorisation.spinOffsPerYear", 2.5));
    assertEquals(3, FactChange.of("valorisation.spinOffsPerYear", 3L).value(), "as an Integer");
  }

  @Test
  void reportsEveryBadArgumentNotJustTheFirst() {
    InvalidFactsException e =
        assertThrows(
            InvalidFactsException.class,
            () ->
                FactChange.parseAll(
                    List.of(
                        "earlyFunding.industryPhdMandates=yes",
                        "a.b=1",
                        "ecosystem.emaHosted=true")));
    assertEquals(2, e.errors().size(), e.getMessage());
  }

  @Test
  void rendersAChangeAsASetArgumentThatReadsBackTheSame() throws Exception {
    List<FactChange> changes =
        List.of(
            FactChange.of("earlyFunding.earlyRndSubsidies", Availability.AVAILABLE),
            FactChange.of("earlyFunding.industryPhdMandates", false),
            FactChange.of("earlyFunding.policyContinuityYears", 10),
            FactChange.of("region.population", 17_400_000L),
            FactChange.of("outcomes.privateRndEur", 5.0e8),
            FactChange.of("outcomes.shareCompaniesOver50Employees", 0.17),
            FactChange.of("outcomes.marketCapitalisationEur", 0),
            FactChange.of("ecosystem.anchorFirms", List.of()),
            FactChange.of(
                "ecosystem.anchorFirms",
                List.of(
                    "Janssen",
                    "Johnson & Johnson",
                    "NO",
                    "true",
                    "3",
                    "a, b",
                    "x: y",
                    "#1",
                    "say \"hi\"",
                    "back\\slash",
                    "-dash",
                    "[bracket]")),
            FactChange.unknown(FactSchema.field("ecosystem.emaHosted")));
    for (FactChange change : changes) {
      assertEquals(change, FactChange.parse(change.assignment()), change.assignment());
    }
    assertEquals("--set earlyFunding.earlyRndSubsidies=AVAILABLE", changes.get(0).toArgument());
    assertEquals("outcomes.privateRndEur=500000000", changes.get(4).assignment());
    assertEquals("outcomes.marketCapitalisationEur=0", changes.get(6).assignment());
    assertEquals(
        "--set 'ecosystem.anchorFirms=[Janssen, Johnson & Johnson, \"NO\", \"true\", \"3\", \"a, b\","
            + " \"x: y\", \"#1\", \"say \\\"hi\\\"\", \"back\\\\slash\", \"-dash\", \"[bracket]\"]'",
        changes.get(8).toArgument());
  }
}
