package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess --actor}, the headline outcomes and what an assessment says when nothing fired. */
class ActorsAndOutcomesTest {
  private static final String NL = "facts/netherlands.yaml";
  private static final String VL = "facts/flanders.yaml";

  @Test
  void anActorKeepsOnlyWhatItCanActOnAndTheHeaderSaysWhatWasLeftOut() {
    CliRun run = CliRun.of("assess", NL, "--benchmark", VL, "--actor", "regional");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .contains(
                "Only what the province or region can act on: 5 recommendations left out"
                    + " (L3.INDUSTRY_PHD_MANDATES,\n  L2.STRUCTURAL_VALORISATION_FUNDING,"),
        run.out());
    // trial approval is national law, met by the institutions' committees
    assertFalse(run.out().contains("L6.FASTER_TRIAL_APPROVAL  "), run.out());
    long kept = run.out().lines().filter(l -> l.matches("\\s*\\d+\\. \\S.*")).count();
    long canAct =
        run.out()
            .lines()
            .filter(l -> l.contains("Who can act: "))
            .filter(l -> l.contains("the province or region"))
            .count();
    assertEquals(8, kept, run.out());
    assertEquals(kept, canAct, run.out());
  }

  @Test
  void withoutAnActorNothingIsLeftOut() {
    CliRun run = CliRun.of("assess", NL, "--benchmark", VL);
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(run.out().contains("Only what"), run.out());
    assertTrue(run.out().contains("L6.FASTER_TRIAL_APPROVAL  "), run.out());
    assertTrue(
        run.out().contains("Who can act: the national government, knowledge institutions"),
        run.out());
  }

  @Test
  void severalActorsKeepWhatAnyOfThemCanActOnAndOneNamedTwiceCountsOnce() {
    CliRun run =
        CliRun.of(
            "assess",
            NL,
            "--benchmark",
            VL,
            "--actor",
            "regional",
            "--actor",
            "institutions",
            "--actor",
            "regional");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("L6.FASTER_TRIAL_APPROVAL  "), run.out());
    assertTrue(
        run.out()
            .contains(
                "Only what the province or region, knowledge institutions (universities, UMCs,"),
        run.out());
  }

  @Test
  void anUnknownActorIsExitTwoNamingTheVocabularyAndWritesNothing() {
    CliRun run = CliRun.of("assess", NL, "--actor", "province");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(
        run.err()
            .contains(
                "'province' is not an actor; one of eu, national, regional, rom, institutions,"
                    + " sector"),
        run.err());
  }

  @Test
  void theJsonNamesEachRecommendationsActorsTheFilterAndTheHeadlineOutcomes() {
    String plain = CliRun.of("assess", NL, "--benchmark", VL, "--format", "json").out();
    assertTrue(plain.contains("\"actorFilter\": null"), plain);
    assertTrue(
        plain.contains(
            "\"actors\": [\n        \"national\",\n        \"regional\",\n        \"rom\"\n      ]"),
        plain);
    assertTrue(plain.contains("\"figure\": \"privateRndEurPerInhabitant\""), plain);
    assertTrue(
        plain.contains(
            "\"facts\": [\n        \"outcomes.privateRndEur\",\n        \"region.population\"\n      ]"),
        plain);
    String filtered =
        CliRun.of("assess", NL, "--benchmark", VL, "--format", "json", "--actor", "sector").out();
    assertTrue(
        filtered.contains("\"actorFilter\": {\n    \"actors\": [\n      \"sector\"\n    ],"),
        filtered);
    assertTrue(
        filtered.contains(
            "\"leftOut\": [\n      \"L3.EARLY_RND_SUBSIDIES\",\n      \"L4.PATIENT_PUBLIC_CAPITAL\","),
        filtered);
  }

  @Test
  void theHeadlineOutcomesComeBeforeTheLessonsWithTheRatioToTheBenchmark() {
    String out = CliRun.of("assess", NL, "--benchmark", VL).out();
    int outcomes = out.indexOf("Headline outcomes");
    assertTrue(outcomes > 0 && outcomes < out.indexOf("\nLessons\n"), out);
    assertTrue(out.contains("  Private R&D in medical biotech (EUR per inhabitant)"), out);
    assertTrue(
        out.matches(
            "(?s).*Private R&D in medical biotech \\(EUR per inhabitant\\)\\s+16\\.7\\s+376\\s+0\\.04\n.*"),
        out);
    String alone = CliRun.of("assess", NL).out();
    assertFalse(alone.contains("  ratio\n"), alone);
    assertTrue(alone.matches("(?s).*\n\\s+Nederland\n.*"), alone);
  }

  @Test
  void aRegionWithNothingKnownSaysSoInBothLanguages() {
    String en = CliRun.of("assess", "facts/denmark.yaml").out();
    assertTrue(en.contains("nothing is known about the seven lessons for this region"), en);
    assertFalse(en.contains("every known fact meets"), en);
    String nl =
        CliRun.of("assess", "facts/denmark.yaml", "--lang", "nl", "--format", "markdown").out();
    assertTrue(nl.contains("over de zeven lessen is voor deze regio nog niets bekend"), nl);
    assertFalse(nl.contains("elk bekend feit voldoet"), nl);
  }

  @Test
  void aRegionMeetingEveryKnownExpectationSaysThat(@TempDir Path dir) throws Exception {
    Path facts = dir.resolve("good.yaml");
    Files.writeString(
        facts,
        "schema: koploper/facts/v1\nregion: {code: GD, name: Goedland}\n"
            + "earlyFunding: {earlyRndSubsidies: BROAD, industryPhdMandates: true,"
            + " policyContinuityYears: 10}\n");
    String en = CliRun.of("assess", facts.toString()).out();
    assertTrue(en.contains("every known fact meets what the lessons ask"), en);
    String nl = CliRun.of("assess", facts.toString(), "--lang", "nl").out();
    assertTrue(nl.contains("elk bekend feit voldoet aan wat de lessen vragen"), nl);
  }
}
