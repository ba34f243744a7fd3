package nl.koploper.cli;

import static nl.koploper.cli.ValidateCommandTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {estimate: VALUE} at the command line: validate, what-if --set and sensitivity. */
class EstimatesCommandTest {
  private static final String FILE = resource("valid/estimates.yaml");

  @Test
  void validateCountsTheEstimatesOfEachFile() {
    CliRun run = CliRun.of("validate", FILE, resource("valid/minimal.yaml"));
    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.out().split("\n");
    assertTrue(lines[0].endsWith("6 of 31 facts known, 2 of them estimates)"), lines[0]);
    assertTrue(lines[1].endsWith("2 of 31 facts known)"), lines[1]);
  }

  @Test
  void validateRefusesAnEstimateOfTheWrongTypeWithFileLineAndColumn() throws Exception {
    java.nio.file.Path bad = java.nio.file.Files.createTempFile("estimate", ".yaml");
    try {
      java.nio.file.Files.writeString(
          bad,
          "schema: koploper/facts/v1\nregion: {code: NL, name: N}\n"
              + "earlyFunding:\n  earlyRndSubsidies: {estimate: PLENTY}\n");
      CliRun run = CliRun.of("validate", bad.toString());
      assertEquals(2, run.exitCode());
      assertEquals("", run.out());
      assertTrue(
          run.err().contains(bad + ":4:33: earlyFunding.earlyRndSubsidies: 'PLENTY' is not one of"),
          run.err());
    } finally {
      java.nio.file.Files.delete(bad);
    }
  }

  @Test
  void whatIfSetsAValueAsAnEstimateAndTheAfterSideSaysSo() {
    CliRun run =
        CliRun.of(
            "what-if",
            resource("valid/minimal.yaml"),
            "--set",
            "financingChain.patientPublicCapital={estimate: LOW, note: \"guess\"}",
            "--format",
            "json");
    assertEquals(0, run.exitCode(), run.err());
    String after = run.out().substring(run.out().indexOf("\"after\""));
    assertTrue(after.contains("\"restsOnEstimates\": true"), after);
    String before = run.out().substring(0, run.out().indexOf("\"after\""));
    assertFalse(before.contains("\"restsOnEstimates\": true"), before);
  }

  @Test
  void whatIfRefusesAnEstimateWithAnUnknownKey() {
    CliRun run =
        CliRun.of(
            "what-if", FILE, "--set", "financingChain.patientPublicCapital={estimate: LOW, x: 1}");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("unknown key in an estimate"), run.err());
  }

  @Test
  void sensitivityVariesEveryEstimateWhenAsked() {
    CliRun run =
        CliRun.of("sensitivity", FILE, "--vary-estimates", "--samples", "50", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("financingChain.patientPublicCapital"), run.out());
    assertTrue(run.out().contains("{oneOf: [LOW, MEDIUM]}"), run.out());
    assertTrue(run.out().contains("{between: [3, 5]}"), run.out());
  }

  @Test
  void sensitivityLeavesEstimatesAloneWithoutTheFlag() {
    CliRun run = CliRun.of("sensitivity", FILE, "--samples", "50", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(run.out().contains("{oneOf: [LOW, MEDIUM]}"), run.out());
  }

  @Test
  void sensitivityWidensNumbersByTheGivenRangeAndRefusesABadOne() {
    CliRun wide =
        CliRun.of(
            "sensitivity",
            FILE,
            "--vary-estimates",
            "--estimate-range",
            "50",
            "--samples",
            "20",
            "--format",
            "json");
    assertEquals(0, wide.exitCode(), wide.err());
    assertTrue(wide.out().contains("{between: [2, 6]}"), wide.out());
    CliRun bad = CliRun.of("sensitivity", FILE, "--vary-estimates", "--estimate-range", "0");
    assertEquals(2, bad.exitCode());
    assertEquals("", bad.out());
    CliRun alone = CliRun.of("sensitivity", FILE, "--estimate-range", "10");
    assertEquals(2, alone.exitCode());
    assertTrue(alone.err().contains("only applies with --vary-estimates"), alone.err());
  }
}
