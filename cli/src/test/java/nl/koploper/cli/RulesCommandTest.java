package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {
  @Test
  void checksTheProjectsOwnRulesClean() {
    CliRun run = CliRun.of("rules", "check");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("rules: "), run.out());
  }

  @Test
  void reportsACompileErrorWithFileAndLineAndExitThree(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("bad.drl"),
        "package koploper.rules;\n\nrule \"Bad\"\nwhen\n" + "  NoSuchType()\nthen\nend\n");
    CliRun run = CliRun.of("rules", "check", dir.toString());
    assertEquals(3, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith(dir.resolve("bad.drl") + ":5: "), run.err());
  }

  @Test
  void aCompileErrorInsideThenNamesTheLineOfTheOffendingCode(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("lesson-3-bad.drl"),
        String.join(
            "\n",
            "package koploper.rules;",
            "import nl.koploper.facts.*;",
            "",
            "rule \"Bad\"",
            "  @lesson(3)",
            "when",
            "  EarlyFunding()",
            "then",
            "  int fine = 1;",
            "  int broken = fine + undefinedThing;",
            "end",
            ""));
    CliRun run = CliRun.of("rules", "check", dir.toString());
    assertEquals(3, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith(dir.resolve("lesson-3-bad.drl") + ":10: "), run.err());
    assertTrue(run.err().contains("undefinedThing"), run.err());
  }

  @Test
  void refusesADirectoryThatDoesNotExist() {
    CliRun run = CliRun.of("rules", "check", "no-such-dir");
    assertEquals(3, run.exitCode());
    assertTrue(run.err().contains("no-such-dir: not a directory of rules"), run.err());
  }

  @Test
  void listsEveryRuleWithItsLessonCodeTitleAndTheFactsItReads() {
    CliRun run = CliRun.of("rules", "list");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .contains(
                "  Recommend more spin-offs where few are created per inhabitant"
                    + "  [lesson-2-valorisation.drl]\n      L2.SPIN_OFFS: More spin-offs from research\n"
                    + "      who can act: the province or region, the regional development agency"
                    + " (ROM), knowledge institutions (universities, UMCs, TTOs)\n"
                    + "      reads region.population, valorisation.spinOffsPerYear\n"),
        run.out());
    long rules = run.out().lines().filter(l -> l.endsWith(".drl]")).count();
    assertEquals(70, rules, run.out());
  }

  @Test
  void listsTheRulesInDutchWithTheirDutchNames() {
    CliRun run = CliRun.of("rules", "list", "--lang", "nl");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .contains(
                "  Beveel meer spin-offs aan waar er per inwoner weinig ontstaan"
                    + "  [lesson-2-valorisation.drl]\n      L2.SPIN_OFFS: Meer spin-offs uit onderzoek\n"
                    + "      wie kan handelen: de provincie of regio, de regionale"
                    + " ontwikkelingsmaatschappij (ROM), kennisinstellingen (universiteiten, umc's,"
                    + " TTO's)\n      leest region.population, valorisation.spinOffsPerYear\n"),
        run.out());
    assertTrue(run.out().startsWith("Alle lessen\n"), run.out());
    assertTrue(run.out().contains("\nLes 1\n"), run.out());
  }

  @Test
  void listsTheRulesAsJsonWithDutchTitles() {
    CliRun run = CliRun.of("rules", "list", "rules", "--format", "json", "--lang", "nl");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{\n  \"schema\": \"koploper/rules/v1\""), run.out());
    assertTrue(
        run.out().contains("\"reads\": [\n        \"earlyFunding.earlyRndSubsidies\""), run.out());
    assertTrue(
        run.out().contains("Subsidies voor vroege") || run.out().contains("vroege R&D"),
        "Dutch titles");
  }

  @Test
  void listingAnInvalidRuleSetIsExitThree() {
    CliRun run = CliRun.of("rules", "list", "no-such-dir");
    assertEquals(3, run.exitCode());
    assertEquals("", run.out());
  }
}
