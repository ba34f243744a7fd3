package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.api.Advisor;
import nl.koploper.api.Language;
import nl.koploper.api.WhatIf;
import nl.koploper.facts.Availability;
import nl.koploper.facts.FactChange;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import org.junit.jupiter.api.Test;

class WhatIfCommandTest {
  private static final String NL = "facts/netherlands.yaml";
  private static final String VL = "facts/flanders.yaml";

  @Test
  void settingAFactToItsCurrentValueChangesNothing() throws Exception {
    Facts nl = FactsLoader.load(Path.of(NL));
    Facts flanders = FactsLoader.load(Path.of(VL));
    WhatIf same =
        WhatIf.run(
            Advisor.bundled(),
            nl,
            flanders,
            Language.EN,
            List.of(FactChange.parse("earlyFunding.earlyRndSubsidies=NONE")));
    assertTrue(same.adviceUnchanged());
    assertEquals(same.before(), same.after());
    assertEquals(
        new WhatIf.Change("earlyFunding.earlyRndSubsidies", Availability.NONE, Availability.NONE),
        same.changes().get(0));

    CliRun run = CliRun.of("what-if", NL, "--set", "earlyFunding.earlyRndSubsidies=NONE");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("No recommendation added, removed or moved."), run.out());
  }

  @Test
  void broadEarlySubsidiesRemoveTheEarlySubsidiesRecommendation() {
    CliRun run =
        CliRun.of(
            "what-if", NL, "--set", "earlyFunding.earlyRndSubsidies=BROAD", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out().contains("\"removed\": [\n    \"L3.EARLY_RND_SUBSIDIES\"\n  ]"), run.out());
    assertTrue(
        run.out()
            .contains(
                "\"changes\": [\n    {\n      \"fact\": \"earlyFunding.earlyRndSubsidies\",\n"
                    + "      \"from\": \"NONE\",\n      \"to\": \"BROAD\",\n"
                    + "      \"fromEstimate\": false,\n      \"toEstimate\": false\n    }\n  ]"),
        run.out());
  }

  @Test
  void makesTheChangesInOrderAndCanMakeAFactUnknown() throws Exception {
    Facts nl = FactsLoader.load(Path.of(NL));
    WhatIf w =
        WhatIf.run(
            Advisor.bundled(),
            nl,
            null,
            Language.EN,
            FactChange.parseAll(
                List.of(
                    "earlyFunding.earlyRndSubsidies=AVAILABLE",
                    "earlyFunding.earlyRndSubsidies=",
                    "ecosystem.anchorFirms=[Janssen]")));
    assertEquals(
        List.of(
            new WhatIf.Change(
                "earlyFunding.earlyRndSubsidies", Availability.NONE, Availability.AVAILABLE),
            new WhatIf.Change("earlyFunding.earlyRndSubsidies", Availability.AVAILABLE, null),
            new WhatIf.Change(
                "ecosystem.anchorFirms", List.of("Janssen", "MSD", "Organon"), List.of("Janssen"))),
        w.changes());
    assertTrue(w.removed().contains("L3.EARLY_RND_SUBSIDIES"), w.removed().toString());
  }

  @Test
  void aBadPathIsAnInputErrorThatSuggestsTheFact() {
    CliRun run = CliRun.of("what-if", NL, "--set", "earlyFunding.earlyRndSubsidy=BROAD");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(
        "--set earlyFunding.earlyRndSubsidy=BROAD: earlyFunding.earlyRndSubsidy: unknown fact;"
            + " did you mean 'earlyFunding.earlyRndSubsidies'?\n",
        run.err());
  }

  @Test
  void aBadValueIsAnInputErrorListingTheAllowedValues() {
    CliRun run =
        CliRun.of(
            "what-if",
            NL,
            "--set",
            "earlyFunding.earlyRndSubsidies=PLENTY",
            "--set",
            "earlyFunding.policyContinuityYears=-3");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(
        run.err().contains("'PLENTY' is not one of NONE, SCARCE, AVAILABLE, BROAD"), run.err());
    assertTrue(
        run.err().contains("-3 is out of range; expected a whole number from 0 to 200"), run.err());
  }

  @Test
  void aYaml11BooleanIsNotABoolean() {
    CliRun run = CliRun.of("what-if", NL, "--set", "earlyFunding.industryPhdMandates=NO");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(
        run.err()
            .startsWith(
                "--set earlyFunding.industryPhdMandates=NO: earlyFunding.industryPhdMandates:"
                    + " expected true or false, got 'NO'; YAML 1.1 spellings"),
        run.err());
  }

  @Test
  void refusesAFileWithUncertainValuesPointingToSensitivity() {
    String file = ValidateCommandTest.resource("uncertain/netherlands-uncertain.yaml");
    CliRun run = CliRun.of("what-if", file, "--set", "earlyFunding.industryPhdMandates=true");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(
        run.err()
            .contains(
                "netherlands-uncertain.yaml:7:22: earlyFunding.earlyRndSubsidies: an uncertain value"),
        run.err());
    assertTrue(run.err().contains("only for koploper sensitivity"), run.err());
  }

  @Test
  void needsASetAndWritesOnlyTextJsonOrHtml() {
    assertEquals(2, CliRun.of("what-if", NL).exitCode());
    CliRun run =
        CliRun.of("what-if", NL, "--set", "ecosystem.emaHosted=true", "--format", "markdown");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("--format is text, json or html, not markdown"), run.err());
  }

  @Test
  void theJsonBeforeIsExactlyWhatAssessGives() throws IOException {
    CliRun assess = CliRun.of("assess", NL, "--benchmark", VL, "--format", "json", "--lang", "nl");
    CliRun whatIf =
        CliRun.of(
            "what-if",
            NL,
            "--benchmark",
            VL,
            "--set",
            "financingChain.patientPublicCapital=HIGH",
            "--format",
            "json",
            "--lang",
            "nl");
    assertEquals(0, whatIf.exitCode(), whatIf.err());
    assertEquals(tokens(assess.out(), null), tokens(whatIf.out(), "before"));
  }

  /** The JSON tokens of the whole document, or of the value of one top-level field. */
  private static List<String> tokens(String json, String field) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      if (field != null) {
        while (p.nextToken() != JsonToken.END_OBJECT) {
          String name = p.currentName();
          p.nextToken();
          if (name.equals(field)) {
            break;
          }
          p.skipChildren();
        }
      }
      int depth = 0;
      do {
        JsonToken t = p.currentToken();
        tokens.add(t + " " + p.getText());
        depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
      } while (depth > 0 && p.nextToken() != null);
    }
    assertFalse(tokens.size() < 10, "found " + field + " in " + json);
    return tokens;
  }
}
