package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {
  @Test
  void printsARankedTextListByDefault() {
    CliRun run =
        CliRun.of("assess", "facts/netherlands.yaml", "--benchmark", "facts/flanders.yaml");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertTrue(
        run.out().startsWith("Koploper assessment: Nederland (NL) against Vlaanderen (BE-VLG)"),
        run.out());
    assertTrue(run.out().contains("  1. CRITICAL"), run.out());
  }

  @Test
  void writesJsonWithTheSchemaOfTheSpec() {
    CliRun run = CliRun.of("assess", "facts/netherlands.yaml", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{\n  \"schema\": \"koploper/assessment/v1\",\n"), run.out());
    assertTrue(run.out().contains("\"benchmark\": null"), run.out());
  }

  @Test
  void writesTheOutputFileWholeAndNothingToStandardOutput(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("nl.json");
    CliRun run =
        CliRun.of(
            "assess", "facts/netherlands.yaml", "--format", "json", "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(
        CliRun.of("assess", "facts/netherlands.yaml", "--format", "json").out(),
        Files.readString(out));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(1, left.count(), "no temporary file is left behind");
    }
  }

  @Test
  void keepsTheOutputFilesPermissions(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.txt");
    Files.writeString(out, "old");
    Files.setPosixFilePermissions(
        out, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
    assertEquals(
        0, CliRun.of("assess", "facts/netherlands.yaml", "--output", out.toString()).exitCode());
    assertEquals(
        "rw-rw-r--",
        java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    Path fresh = dir.resolve("new.txt");
    CliRun.of("assess", "facts/netherlands.yaml", "--output", fresh.toString());
    assertEquals(
        "rw-r--r--",
        java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(fresh)));
  }

  @Test
  void saysSoWhenTheOutputDirectoryDoesNotExist(@TempDir Path dir) {
    CliRun run =
        CliRun.of(
            "assess",
            "facts/netherlands.yaml",
            "--output",
            dir.resolve("missing/out.txt").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("no such directory"), run.err());
  }

  @Test
  void leavesAnExistingOutputFileUntouchedWhenTheInputIsInvalid(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("report.txt");
    Files.writeString(out, "previous report");
    CliRun run =
        CliRun.of(
            "assess",
            "library/src/test/resources/facts/bad/unknown-enum.yaml",
            "--output",
            out.toString());
    assertEquals(2, run.exitCode());
    assertEquals("previous report", Files.readString(out));
  }

  @Test
  void refusesAnInvalidFactFileWithExitTwoAndNothingOnStandardOutput() {
    CliRun run = CliRun.of("assess", "library/src/test/resources/facts/bad/unknown-enum.yaml");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(
        run.err().contains("unknown-enum.yaml:4:22: earlyFunding.earlyRndSubsidies:"), run.err());
  }

  @Test
  void refusesAnInvalidBenchmarkFileToo() {
    CliRun run =
        CliRun.of(
            "assess",
            "facts/netherlands.yaml",
            "--benchmark",
            "library/src/test/resources/facts/bad/duplicate-key.yaml");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
  }

  @Test
  void refusesARuleSetThatDoesNotCompileWithExitThreeNamingFileAndLine(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("lesson-3.drl"),
        "package koploper.rules;\nrule \"x\"\nwhen\n" + "  Missing(\nthen\nend\n");
    CliRun run = CliRun.of("assess", "facts/netherlands.yaml", "--rules", dir.toString());
    assertEquals(3, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith(dir.resolve("lesson-3.drl") + ":"), run.err());
  }

  @Test
  void aRuleThatFailsWhileRunningIsExitThreeNamingTheRule(@TempDir Path dir) throws Exception {
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(
        dir.resolve("lesson-3-extra.drl"),
        "package koploper.rules;\n"
            + "import nl.koploper.facts.*;\nimport nl.koploper.engine.terms.*;\n"
            + "rule \"Breaks\" @lesson(3)\nwhen\n  EarlyFunding()\nthen\n"
            + "  insertLogical(Advice.of(drools.getRule()));\nend\n");
    CliRun run = CliRun.of("assess", "facts/netherlands.yaml", "--rules", dir.toString());
    assertEquals(3, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("koploper assess: rule 'Breaks' failed"), run.err());
  }

  @Test
  void aLoopingRuleSetEndsWithExitThreeNamingTheRuleAndPrintsNothing(@TempDir Path dir)
      throws Exception {
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(
        dir.resolve("lesson-3-loop.drl"),
        "package koploper.rules;\n"
            + "import nl.koploper.facts.*;\nimport nl.koploper.engine.terms.*;\n"
            + "rule \"Toggles forever\" @lesson(3)\nwhen\n  $f : Figure(name == \"privateRndEurPerInhabitant\")"
            + "\nthen\n  delete($f);\n  insert(new Figure($f.name(), $f.value(), $f.fact()));\nend\n");
    Path out = dir.resolve("report.txt");
    CliRun run =
        CliRun.of(
            "assess",
            "facts/netherlands.yaml",
            "--rules",
            dir.toString(),
            "--output",
            out.toString());
    assertEquals(3, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertFalse(Files.exists(out), "no partial result is written");
    assertTrue(run.err().contains("rule 'Toggles forever' fired most often"), run.err());
  }

  @Test
  void refusesAnEmptyRuleDirectoryWithExitThree(@TempDir Path dir) {
    CliRun run = CliRun.of("assess", "facts/netherlands.yaml", "--rules", dir.toString());
    assertEquals(3, run.exitCode());
    assertTrue(run.err().contains("no .drl files"), run.err());
  }

  @Test
  void runsTheRulesOfADirectoryLikeTheBundledOnes() {
    CliRun bundled = CliRun.of("assess", "facts/netherlands.yaml", "--format", "json");
    CliRun dir =
        CliRun.of("assess", "facts/netherlands.yaml", "--format", "json", "--rules", "rules");
    assertEquals(0, dir.exitCode(), dir.err());
    assertEquals(
        bundled.out(), dir.out().replace("\"source\": \"rules\"", "\"source\": \"bundled\""));
  }

  @Test
  void refusesAnUnknownFormatListingTheKnownOnes() {
    CliRun run = CliRun.of("assess", "facts/netherlands.yaml", "--format", "pdf");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("'pdf' is not one of text, json"), run.err());
  }

  @Test
  void refusesAnUnknownLanguage() {
    CliRun run = CliRun.of("assess", "facts/netherlands.yaml", "--lang", "de");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("'de' is not one of en, nl"), run.err());
  }

  @Test
  void speaksDutchWithLangNl() {
    CliRun run = CliRun.of("assess", "facts/netherlands.yaml", "--lang", "nl");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Koploper-beoordeling: Nederland (NL)"), run.out());
    assertFalse(run.out().contains("Recommendations"), run.out());
  }
}
