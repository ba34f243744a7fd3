package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {
  /** The library's test fact files, shared with the command line's tests. */
  static String resource(String name) {
    return Path.of("library/src/test/resources/facts", name).toString();
  }

  @Test
  void acceptsValidFilesWithOneLinePerFileAndExitZero() {
    CliRun run =
        CliRun.of("validate", resource("valid/complete.yaml"), resource("valid/minimal.yaml"));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    String[] lines = run.out().split("\n");
    assertEquals(2, lines.length, run.out());
    assertTrue(
        lines[0].endsWith("complete.yaml: valid (NL Nederland, 2020; 31 of 31 facts known)"),
        lines[0]);
    assertTrue(
        lines[1].endsWith("minimal.yaml: valid (XX Minimal; 2 of 31 facts known)"), lines[1]);
  }

  @Test
  void reportsEveryBadFileNotJustTheFirstAndWritesNothingToStandardOutput() {
    CliRun run =
        CliRun.of(
            "validate",
            resource("bad/unknown-enum.yaml"),
            resource("valid/minimal.yaml"),
            resource("bad/negative-count.yaml"));
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(
        run.err().contains("unknown-enum.yaml:4:22: earlyFunding.earlyRndSubsidies:"), run.err());
    assertTrue(
        run.err().contains("negative-count.yaml:4:20: valorisation.spinOffsPerYear:"), run.err());
    assertTrue(run.err().endsWith("2 of 3 files invalid\n"), run.err());
  }

  @Test
  void acceptsUncertainValuesAndCountsThemForSensitivity() {
    CliRun run = CliRun.of("validate", resource("uncertain/netherlands-uncertain.yaml"));
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .endsWith(
                "netherlands-uncertain.yaml: valid (NL Nederland; 4 of 31 facts known;"
                    + " 4 uncertain values (for koploper sensitivity))\n"),
        run.out());
  }

  @Test
  void showsNoStackTraceForBadInput() {
    CliRun run = CliRun.of("validate", resource("bad/syntax-error.yaml"));
    assertEquals(2, run.exitCode());
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void namesAMissingFile() {
    CliRun run = CliRun.of("validate", "does-not-exist.yaml");
    assertEquals(2, run.exitCode());
    assertEquals(
        "does-not-exist.yaml: no such file\nkoploper validate: 1 of 1 file invalid\n", run.err());
  }

  @Test
  void requiresAtLeastOneFileAsAUsageError() {
    CliRun run = CliRun.of("validate");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("Missing required parameter"), run.err());
  }

  @Test
  void refusesAnUnknownCommandAsAUsageError() {
    CliRun run = CliRun.of("validat", "x.yaml");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("validate"), "suggests the right command: " + run.err());
  }

  @Test
  void printsTheVersion() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().matches("koploper \\d+\\.\\d+\\.\\d+\\S*\n"), run.out());
  }

  @Test
  void printsTheVersionOnEverySubcommand() {
    for (String[] args :
        new String[][] {
          {"assess", "--version"},
          {"compare", "--version"},
          {"validate", "--version"},
          {"rules", "check", "--version"}
        }) {
      CliRun run = CliRun.of(args);
      assertEquals(0, run.exitCode(), String.join(" ", args));
      assertTrue(run.out().startsWith("koploper "), String.join(" ", args) + ": " + run.out());
    }
  }

  @Test
  void printsHelpForTheWholeCliAndForValidate() {
    CliRun root = CliRun.of("--help");
    assertEquals(0, root.exitCode());
    assertTrue(root.out().contains("validate"), root.out());
    assertTrue(root.out().contains("Exit codes:"), root.out());
    CliRun validate = CliRun.of("validate", "--help");
    assertEquals(0, validate.exitCode());
    assertTrue(validate.out().contains("Usage: koploper validate"), validate.out());
  }
}
