package nl.koploper.facts;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsLoaderTest {

  static Path resource(String name) {
    try {
      return Path.of(FactsLoaderTest.class.getResource("/facts/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no test resource " + name, e);
    }
  }

  static FactError refused(String name) {
    InvalidFactsException e =
        assertThrows(InvalidFactsException.class, () -> FactsLoader.load(resource("bad/" + name)));
    return e.errors().get(0);
  }

  static void assertError(FactError error, int line, int column, String path, String fragment) {
    assertAll(
        () -> assertEquals(line, error.line(), "line of " + error),
        () -> assertEquals(column, error.column(), "column of " + error),
        () -> assertEquals(path, error.path(), "path of " + error),
        () ->
            assertTrue(
                error.message().contains(fragment), "expected '" + fragment + "' in: " + error));
  }

  @Test
  void loadsEveryFieldOfACompleteYamlFile() throws Exception {
    Facts facts = FactsLoader.load(resource("valid/complete.yaml"));
    assertEquals("NL", facts.region().code());
    assertEquals(17_400_000L, facts.region().population());
    assertEquals(Availability.SCARCE, facts.earlyFunding().earlyRndSubsidies());
    assertEquals(false, facts.earlyFunding().industryPhdMandates());
    assertEquals(List.of("Janssen", "MSD", "Organon"), facts.ecosystem().anchorFirms());
    assertEquals(5.0e8, facts.outcomes().privateRndEur());
    assertEquals(0.17, facts.outcomes().shareCompaniesOver50Employees());
    assertEquals("kiezen-voor-biotech", facts.knowledgeBase().source());
    for (FactSchema.Field field : FactSchema.fields()) {
      assertTrue(facts.value(field.path()).isPresent(), field.path() + " should be known");
    }
  }

  @Test
  void readsJsonToTheSameFactsAsYaml() throws Exception {
    assertEquals(
        FactsLoader.load(resource("valid/complete.yaml")),
        FactsLoader.load(resource("valid/complete.json")));
  }

  @Test
  void leavesAbsentValuesUnknownRatherThanFalse() throws Exception {
    Facts facts = FactsLoader.load(resource("valid/minimal.yaml"));
    assertNull(facts.earlyFunding().industryPhdMandates());
    assertNull(facts.ecosystem().anchorFirms());
    assertTrue(facts.value("clinicalResearch.medianApprovalDays").isEmpty());
  }

  @Test
  void resolvesSimpleAliasesToExactlyTheAnchorsValue() throws Exception {
    Facts facts = FactsLoader.load(resource("valid/aliases.yaml"));
    assertEquals("NO", facts.region().name(), "YAML 1.2: NO is text, not false");
    assertEquals(Amount.MEDIUM, facts.financingChain().patientPublicCapital());
    assertEquals(List.of("Novo Nordisk", "Lundbeck"), facts.ecosystem().anchorFirms());
  }

  @Test
  void acceptsUtf8WithByteOrderMarkAndCrlfLineEndings() throws Exception {
    String text =
        "\uFEFFschema: koploper/facts/v1\r\nregion:\r\n  code: NL\r\n"
            + "  name: Nederland\r\nearlyFunding:\r\n  earlyRndSubsidies: SCARCE\r\n";
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Facts facts =
        FactsLoader.parse(
            FileText.decode(bytes, "crlf.yaml"), "crlf.yaml", FactsLoader.Format.YAML);
    assertEquals("Nederland", facts.region().name());
    assertEquals(Availability.SCARCE, facts.earlyFunding().earlyRndSubsidies());
  }

  @Test
  void crlfErrorsStillPointAtTheRightLine() {
    String text =
        "schema: koploper/facts/v1\r\nregion: {code: NL, name: X}\r\n"
            + "earlyFunding:\r\n  earlyRndSubsidies: PLENTY\r\n";
    InvalidFactsException e =
        assertThrows(
            InvalidFactsException.class,
            () -> FactsLoader.parse(text, "crlf.yaml", FactsLoader.Format.YAML));
    assertError(e.errors().get(0), 4, 22, "earlyFunding.earlyRndSubsidies", "PLENTY");
  }

  @Test
  void refusesSyntaxErrorsWithLineAndColumn() {
    FactError error = refused("syntax-error.yaml");
    assertEquals(4, error.line());
    assertTrue(error.message().startsWith("YAML syntax error"), error.toString());
  }

  @Test
  void refusesUnknownFieldsSuggestingTheClosestName() {
    assertError(
        refused("unknown-field.yaml"),
        4,
        3,
        "earlyFunding.earlyRndSubsidy",
        "did you mean 'earlyRndSubsidies'?");
  }

  @Test
  void refusesAFieldInTheWrongSectionNamingItsSection() {
    assertError(
        refused("misplaced-field.yaml"),
        4,
        3,
        "earlyFunding.emaHosted",
        "belongs in section 'ecosystem'");
  }

  @Test
  void refusesWrongTypesSayingWhatWasExpected() throws Exception {
    InvalidFactsException e =
        assertThrows(
            InvalidFactsException.class, () -> FactsLoader.load(resource("bad/wrong-type.yaml")));
    assertEquals(2, e.errors().size(), e.getMessage());
    assertError(
        e.errors().get(0),
        4,
        20,
        "valorisation.spinOffsPerYear",
        "expected a whole number from 0 to 100000, got the quoted text \"twenty\"");
    assertError(e.errors().get(1), 6, 16, "ecosystem.anchorFirms", "expected a list");
  }

  @Test
  void refusesYaml11BooleansInsteadOfReadingThemAsFalse() {
    assertError(
        refused("yaml11-boolean.yaml"),
        4,
        24,
        "earlyFunding.industryPhdMandates",
        "expected true or false, got 'NO'; YAML 1.1 spellings");
  }

  @Test
  void refusesHexNumbersInsteadOfReadingThemAsSixteen() {
    assertError(
        refused("yaml11-hex.yaml"),
        4,
        20,
        "knowledgeBase.jointInstitutes",
        "'0x10' is not a plain decimal number");
  }

  @Test
  void refusesUnderscoreSeparatedNumbers() {
    assertError(
        refused("yaml11-underscore.yaml"),
        4,
        21,
        "outcomes.biotechCompanies",
        "'1_000' is not a plain decimal number");
  }

  @Test
  void refusesNegativeCounts() {
    assertError(
        refused("negative-count.yaml"),
        4,
        20,
        "valorisation.spinOffsPerYear",
        "-3 is out of range; expected a whole number from 0 to 100000");
  }

  @Test
  void refusesFractionsAboveOne() {
    assertError(
        refused("fraction-above-one.yaml"),
        4,
        34,
        "outcomes.shareCompaniesOver50Employees",
        "17 % is 0.17");
  }

  @Test
  void refusesFractionalCounts() {
    assertError(
        refused("fractional-count.yaml"),
        4,
        21,
        "outcomes.biotechCompanies",
        "a count has no fractional part");
  }

  @Test
  void refusesNonFiniteNumbers() {
    assertError(
        refused("non-finite.yaml"), 4, 18, "outcomes.privateRndEur", ".inf is not a finite number");
  }

  @Test
  void refusesNumbersTooLargeForADouble() {
    assertError(
        refused("json-big-number.json"),
        3,
        32,
        "outcomes.privateRndEur",
        "1e400 is not a finite number");
  }

  @Test
  void refusesNumbersSoCloseToZeroThatADoubleWouldReadThemAsZero() {
    assertError(
        refused("underflow.yaml"),
        4,
        34,
        "outcomes.shareCompaniesOver50Employees",
        "1e-400 is too close to zero to be held apart from 0");
  }

  @Test
  void aNegativeNumberCloseToZeroIsOutOfRangeWhereNumbersStartAtZero() {
    assertError(
        refused("negative-underflow.yaml"),
        4,
        34,
        "outcomes.shareCompaniesOver50Employees",
        "-1e-400 is out of range; expected a number from 0 to 1");
  }

  @Test
  void readsZeroWrittenWithAnExponentBeyondRangeAsZero() throws Exception {
    Facts facts = FactsLoader.load(resource("valid/zero-with-huge-exponent.yaml"));
    assertEquals(0.0, facts.outcomes().shareCompaniesOver50Employees());
    assertEquals(0.0, facts.outcomes().privateRndEur());
  }

  @Test
  void aValueWrongWhereAnAliasUsesItIsReportedAtTheAliasNotTheAnchor() {
    assertError(
        refused("alias-wrong-type.yaml"),
        6,
        20,
        "valorisation.spinOffsPerYear",
        "expected a whole number from 0 to 100000, got 'MEDIUM'");
  }

  @Test
  void aJsonColumnCountsAFlagEmojiAsTheCharactersAReaderSeesNotAsUtf16Units() {
    // the region's name starts with the Dutch flag: two characters, four UTF-16 units
    assertError(
        refused("json-astral-before-error.json"),
        1,
        113,
        "outcomes.privateRndEur",
        "got the quoted text \"lots\"");
    assertEquals(2, JsonTreeReader.column("a\n\uD83C\uDDF3x", 2, 3)); // the x after one flag half
    assertEquals(5, JsonTreeReader.column("abcdefgh", 1, 5));
    // a lone carriage return ends a line too, as the JSON parser counts lines
    assertEquals(3, JsonTreeReader.column("\uD83C\uDDF3\ra\uD83C\uDDF3x", 2, 4));
    assertEquals(2, JsonTreeReader.column("\uD83C\uDDF3\r\n\uD83C\uDDF3x", 2, 3));
  }

  @Test
  void refusesUnknownEnumValuesListingTheAllowedOnes() {
    assertError(
        refused("unknown-enum.yaml"),
        4,
        22,
        "earlyFunding.earlyRndSubsidies",
        "'PLENTY' is not one of NONE, SCARCE, AVAILABLE, BROAD");
  }

  @Test
  void refusesDuplicateKeysNamingBothLines() {
    assertError(
        refused("duplicate-key.yaml"),
        6,
        3,
        "earlyFunding.earlyRndSubsidies",
        "already given at line 4");
  }

  @Test
  void refusesDuplicateKeysInJson() {
    assertError(refused("json-duplicate.json"), 3, 2, "region", "already given at line 2");
  }

  @Test
  void refusesUnknownSourceIdsSuggestingTheKnownOne() {
    assertError(
        refused("unknown-source.yaml"),
        7,
        11,
        "earlyFunding.source",
        "did you mean 'kiezen-voor-biotech'?");
  }

  @Test
  void refusesAFileWithoutSchema() {
    assertError(refused("missing-schema.yaml"), 1, 1, "schema", "required field is missing");
  }

  @Test
  void refusesARegionWithoutCode() {
    assertError(refused("missing-region-code.yaml"), 3, 3, "region.code", "required");
  }

  @Test
  void refusesARegionWithoutName() {
    assertError(refused("missing-region-name.yaml"), 3, 3, "region.name", "required");
  }

  @Test
  void refusesALowerCaseRegionCode() {
    assertError(refused("bad-region-code.yaml"), 2, 16, "region.code", "A-Z, 0-9 or -");
  }

  @Test
  void refusesAnotherSchemaVersion() {
    assertError(
        refused("wrong-schema.yaml"), 1, 9, "schema", "unsupported schema 'koploper/facts/v2'");
  }

  @Test
  void refusesMoreThanOneDocument() {
    assertError(refused("multi-document.yaml"), 3, 1, "", "second YAML document");
  }

  @Test
  void refusesExplicitNullPointingToLeavingTheFieldOut() {
    assertError(
        refused("explicit-null.yaml"),
        4,
        23,
        "clinicalResearch.medianApprovalDays",
        "leave the field out");
  }

  @Test
  void refusesTypeTags() {
    assertError(refused("type-tag.yaml"), 4, 21, "", "type tags such as tag:yaml.org,2002:int");
  }

  @Test
  void refusesJavaTypeTagsBeforeConstructingAnything() {
    assertError(refused("java-tag.yaml"), 2, 9, "", "type tags");
  }

  @Test
  void refusesAnAliasBombQuickly() {
    long start = System.nanoTime();
    FactError error = refused("alias-bomb.yaml");
    assertTrue(error.message().contains("alias bomb"), error.toString());
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "an alias bomb is refused at once");
  }

  @Test
  void refusesATopLevelThatIsNotAMapping() {
    assertError(refused("not-a-mapping.yaml"), 1, 1, "", "expected a mapping");
  }

  @Test
  void refusesAnEmptyFile() {
    FactError error = refused("empty.yaml");
    assertEquals(0, error.line());
    assertTrue(error.message().contains("the file is empty"), error.toString());
  }

  @Test
  void refusesAFileOfOnlyComments() {
    assertTrue(refused("comments-only.yaml").message().contains("the file is empty"));
  }

  @Test
  void refusesBinaryFiles() {
    assertError(refused("binary.yaml"), 1, 26, "", "binary file");
  }

  @Test
  void refusesTextThatIsNotUtf8() {
    assertError(refused("latin1.yaml"), 2, 32, "", "not valid UTF-8");
  }

  @Test
  void refusesTrailingGarbageAfterJson() {
    assertError(refused("trailing-garbage.json"), 1, 80, "", "after the end of the JSON value");
  }

  @Test
  void refusesJsonSyntaxErrorsWithLineAndColumn() {
    FactError error = refused("json-syntax.json");
    assertEquals(2, error.line());
    assertTrue(error.message().startsWith("JSON syntax error"), error.toString());
  }

  @Test
  void refusesNumbersGivenAsJsonStrings() {
    assertError(
        refused("json-string-number.json"),
        3,
        35,
        "outcomes.biotechCompanies",
        "remove the quotes");
  }

  @Test
  void reportsEveryProblemOfAFileInFileOrder() {
    String text =
        "schema: koploper/facts/v1\nregion: {code: NL, name: X}\n"
            + "earlyFunding:\n  earlyRndSubsidies: LOTS\n  policyContinuityYears: -1\n"
            + "outcomes:\n  biotechCompanies: many\n";
    InvalidFactsException e =
        assertThrows(
            InvalidFactsException.class,
            () -> FactsLoader.parse(text, "many.yaml", FactsLoader.Format.YAML));
    assertEquals(List.of(4, 5, 7), e.errors().stream().map(FactError::line).toList());
  }

  @Test
  void refusesAnExponentTooLargeForAnyNumberType() {
    String text =
        "schema: koploper/facts/v1\nregion: {code: NL, name: X}\n"
            + "outcomes: {privateRndEur: 1e9999999999}\n";
    InvalidFactsException e =
        assertThrows(
            InvalidFactsException.class,
            () -> FactsLoader.parse(text, "big.yaml", FactsLoader.Format.YAML));
    assertTrue(e.errors().get(0).message().contains("not a finite number"), e.getMessage());
  }

  @Test
  void refusesEscapedControlCharactersThatWouldReachTheTerminal() {
    String text = "schema: koploper/facts/v1\nregion: {code: NL, name: \"Evil\\e[31mRED\"}\n";
    InvalidFactsException e =
        assertThrows(
            InvalidFactsException.class,
            () -> FactsLoader.parse(text, "esc.yaml", FactsLoader.Format.YAML));
    assertTrue(e.errors().get(0).message().contains("control character U+001B"), e.getMessage());
  }

  @Test
  void refusesC1ControlCharactersWithTheirPosition() throws Exception {
    byte[] bytes =
        "schema: koploper/facts/v1\nregion: {code: NL, name: \"A\u009bB\"}\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    InvalidFactsException e =
        assertThrows(InvalidFactsException.class, () -> FileText.decode(bytes, "c1.yaml"));
    assertError(e.errors().get(0), 2, 28, "", "control character U+009B");
  }

  @Test
  void callsADocumentWithOnlyAStartMarkerEmpty() {
    InvalidFactsException e =
        assertThrows(
            InvalidFactsException.class,
            () -> FactsLoader.parse("---\n", "dashes.yaml", FactsLoader.Format.YAML));
    assertTrue(e.errors().get(0).message().contains("the file is empty"), e.getMessage());
  }

  @Test
  void formatsErrorsAsFileLineColumnPathMessage() {
    assertEquals(
        "f.yaml:4:22: earlyFunding.earlyRndSubsidies: bad",
        new FactError("f.yaml", 4, 22, "earlyFunding.earlyRndSubsidies", "bad").toString());
    assertEquals(
        "f.yaml: the file is empty",
        new FactError("f.yaml", 0, 0, "", "the file is empty").toString());
  }

  @Test
  void namesTheMissingFile() {
    InvalidFactsException e =
        assertThrows(
            InvalidFactsException.class, () -> FactsLoader.load(Path.of("no/such/file.yaml")));
    assertEquals("no/such/file.yaml: no such file", e.errors().get(0).toString());
  }
}
