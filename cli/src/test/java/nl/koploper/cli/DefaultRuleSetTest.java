package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which rule set {@code rules check} and {@code test} take without a DIR: {@code ./rules} in the
 * project (the tests' working directory); outside it, where no {@code ./rules} exists, {@code rules
 * check} checks the bundled rules and {@code test} says where it looked. The working directory of a
 * JVM is fixed, so the outside cases run the command line in a child JVM in an empty directory.
 */
class DefaultRuleSetTest {
  @Test
  void rulesCheckWithoutADirectoryChecksTheProjectsRules() {
    CliRun run = CliRun.of("rules", "check");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("rules: 70 rules compile; sha256 "), run.out());
  }

  @Test
  void rulesCheckOutsideAProjectChecksTheBundledRulesAndSaysSo(@TempDir Path empty)
      throws Exception {
    Ran run = outside(empty, "rules", "check");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out().startsWith("bundled (no ./rules here): 70 rules compile; sha256 "), run.out());
    assertEquals("", run.err());
  }

  @Test
  void testWithoutADirectoryRunsTheProjectsPolicyTests() {
    CliRun run = CliRun.of("test");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("PASS  rules/tests/"), run.out());
  }

  @Test
  void testOutsideAProjectSaysWhereItLookedAndHowToNameTheRulesWithExitTwo(@TempDir Path empty)
      throws Exception {
    Ran run = outside(empty, "test");
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(
        "koploper test: no rule set to test: there is no directory "
            + empty.toRealPath().resolve("rules")
            + "; run it where the rules are, or give their directory: koploper test DIR"
            + " (the policy tests in DIR/tests)\n",
        run.err());
  }

  @Test
  void anExplicitDirectoryThatIsMissingIsStillARuleSetError() {
    CliRun run = CliRun.of("test", "nowhere");
    assertEquals(3, run.exitCode());
    assertTrue(run.err().startsWith("nowhere: not a directory of rules"), run.err());
  }

  private record Ran(int exitCode, String out, String err) {}

  /** Runs the command line in a fresh JVM whose working directory is {@code dir}. */
  private static Ran outside(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Path out = dir.resolveSibling(dir.getFileName() + ".out");
    Path err = dir.resolveSibling(dir.getFileName() + ".err");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    int code = process.waitFor();
    try {
      return new Ran(
          code,
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
