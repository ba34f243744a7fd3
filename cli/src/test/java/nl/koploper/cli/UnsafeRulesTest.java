package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set that reaches beyond the fact model is refused by {@code rules check} and by {@code
 * assess --rules} before any rule runs: exit 3, the file, line and rule named, nothing on standard
 * output, no output file, and nothing the rule would have done.
 */
class UnsafeRulesTest {
  @TempDir Path dir;

  /** A rule set of one file whose only rule has this consequence, on line 9. */
  private Path rules(String imports, String conditions, String consequence) throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(
        rules.resolve("unsafe.drl"),
        "package koploper.rules;\n"
            + "import nl.koploper.facts.*;\n"
            + imports
            + "\n"
            + "rule \"Unsafe\"\n"
            + "  @lesson(0)\n"
            + "when\n"
            + "  "
            + conditions
            + "\n"
            + "then\n"
            + "  "
            + consequence
            + "\n"
            + "end\n");
    return rules;
  }

  private Path marker() {
    return dir.resolve("pwned");
  }

  private void assertRefused(Path rules, int line, String said) {
    String where = rules.resolve("unsafe.drl") + ":" + line + ": ";
    CliRun check = CliRun.of("rules", "check", rules.toString());
    assertEquals(3, check.exitCode(), check.err());
    assertEquals("", check.out());
    assertTrue(check.err().contains(where), check.err());
    assertTrue(check.err().contains(said), check.err());

    Path output = dir.resolve("report.txt");
    CliRun assess =
        CliRun.of(
            "assess",
            "facts/netherlands.yaml",
            "--rules",
            rules.toString(),
            "--output",
            output.toString());
    assertEquals(3, assess.exitCode(), assess.err());
    assertEquals("", assess.out());
    assertTrue(assess.err().contains(where), assess.err());
    assertFalse(Files.exists(output), "no output file");
    assertFalse(Files.exists(marker()), "the rule did not run");
  }

  @Test
  void refusesARuleThatWritesAFile() throws Exception {
    Path rules =
        rules(
            "",
            "Region()",
            "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker() + "\"), \"x\");");
    assertRefused(rules, 9, "rule \"Unsafe\": calls java.nio.file.Path.of");
  }

  @Test
  void refusesARuleThatReadsAnEnvironmentVariable() throws Exception {
    Path rules = rules("", "Region()", "String home = System.getenv(\"HOME\");");
    assertRefused(rules, 9, "rules may not touch the JVM, its environment or other processes");
  }

  @Test
  void refusesARuleThatExitsTheJvm() throws Exception {
    assertRefused(rules("", "Region()", "System.exit(7);"), 9, "calls java.lang.System.exit");
  }

  @Test
  void refusesAClassLoadedByName() throws Exception {
    Path rules = rules("", "Region()", "Class.forName(\"java.lang.Runtime\");");
    assertRefused(rules, 9, "rules may not use reflection");
  }

  @Test
  void refusesReflectionThroughGetClass() throws Exception {
    Path rules = rules("", "$r : Region()", "$r.getClass().getMethod(\"code\");");
    assertRefused(rules, 9, "calls java.lang.Object.getClass");
  }

  @Test
  void refusesAnEvalInAConditionThatCallsSystem() throws Exception {
    Path rules = rules("", "eval(System.getenv(\"HOME\") != null)", "int x = 1;");
    assertRefused(rules, 7, "calls java.lang.System.getenv");
  }

  @Test
  void refusesAConstraintThatCallsSystem() throws Exception {
    Path rules = rules("", "Region(code == System.getProperty(\"user.name\"))", "int x = 1;");
    assertRefused(rules, 7, "calls java.lang.System.getProperty");
  }

  @Test
  void refusesATypeOutsideTheAllowlistWhereItIsUsed() throws Exception {
    Path rules =
        rules(
            "import java.io.File;",
            "Region()",
            "try { new File(\"" + marker() + "\").createNewFile(); } catch (Exception e) {}");
    assertRefused(rules, 9, "creates a java.io.File — rules may not read or write files");
  }

  @Test
  void refusesAFunctionWithSideEffects() throws Exception {
    Path rules =
        rules(
            "function void touch(String path) {\n"
                + "  try { new java.io.FileOutputStream(path).close(); } catch (Exception e) {}\n"
                + "}",
            "Region()",
            "touch(\"" + marker() + "\");");
    assertRefused(rules, 4, "function touch: creates a java.io.FileOutputStream");
  }

  @Test
  void refusesSystemSpelledWithAUnicodeEscape() throws Exception {
    Path rules = rules("", "Region()", "\\u0053ystem.exit(7);");
    assertRefused(rules, 9, "a \\u escape outside a string literal is refused");
  }

  @Test
  void refusesTheMvelDialect() throws Exception {
    Path rules = rules("", "Region()", "int x = 1;");
    Files.writeString(
        rules.resolve("unsafe.drl"),
        Files.readString(rules.resolve("unsafe.drl"))
            .replace("@lesson(0)", "@lesson(0)\n  dialect \"mvel\""));
    assertRefused(rules, 6, "rule \"Unsafe\": a dialect is refused");
  }

  @Test
  void refusesAGlobal() throws Exception {
    assertRefused(
        rules("global java.util.List sink;", "Region()", "int x = 1;"), 3, "a global is refused");
  }

  @Test
  void everyCommandThatTakesARuleSetRefusesItBeforeAnyRuleRuns() throws Exception {
    Path rules =
        rules(
            "",
            "Region()",
            "java.nio.file.Files.createFile(java.nio.file.Path.of(\"" + marker() + "\"));");
    String where = rules.resolve("unsafe.drl") + ":9: rule \"Unsafe\": calls java.nio.file";
    String nl = "facts/netherlands.yaml";
    String r = rules.toString();
    List<String[]> commands =
        List.of(
            new String[] {"rules", "check", r},
            new String[] {"test", r},
            new String[] {"assess", nl, "--rules", r},
            new String[] {"what-if", nl, "--rules", r, "--set", "region.population=1"},
            new String[] {"explain", nl, "L3.EARLY_RND_SUBSIDIES", "--rules", r},
            new String[] {
              "sensitivity", "facts/uncertain/netherlands-uncertain.yaml", "--rules", r
            },
            new String[] {"compare", nl, "facts/flanders.yaml", "--rules", r});
    for (String[] command : commands) {
      CliRun run = CliRun.of(command);
      assertEquals(3, run.exitCode(), String.join(" ", command) + ": " + run.err());
      assertEquals("", run.out(), String.join(" ", command));
      assertTrue(run.err().contains(where), String.join(" ", command) + ": " + run.err());
      assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }
    assertFalse(Files.exists(marker()), "the rule did not run");
  }

  /** The bundled rules and a file of extra rules: a set that passes the check. */
  private Path bundledWith(String extra) throws Exception {
    Path rules = Files.createDirectories(dir.resolve("slow"));
    try (var files = Files.list(Path.of("rules"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, rules.resolve(f.getFileName()));
      }
    }
    Files.writeString(rules.resolve("extra.drl"), extra);
    return rules;
  }

  @Test
  void aRuleSetThatPassesTheCheckButRunsTooLongIsStoppedNamingTheRule() throws Exception {
    Path rules =
        bundledWith(
            "package extra;\n"
                + "import nl.koploper.facts.*;\n"
                + "declare Grain\n  n : int\nend\n"
                + "function boolean far(int a, int b) { return Math.sin(a) + Math.cos(b) > 3; }\n"
                + "rule \"Sow\" @lesson(0)\nwhen\n  Region()\n  not Grain()\nthen\n"
                + "  insert(new Grain(0));\nend\n"
                + "rule \"Grow\" @lesson(0)\nwhen\n  $g : Grain(n < 9000)\n"
                + "  not Grain(n == $g.n + 1)\nthen\n  insert(new Grain($g.getN() + 1));\nend\n"
                // no pair is ever far: nothing fires, and only the time limit ends the join
                + "rule \"Pairs\" @lesson(0)\nwhen\n"
                + "  Grain($a : n)\n  Grain(n > $a, far(n, $a))\nthen\nend\n");
    Path output = dir.resolve("report.txt");
    long start = System.nanoTime();
    CliRun assess =
        CliRun.of(
            "assess",
            "facts/netherlands.yaml",
            "--rules",
            rules.toString(),
            "--rule-time-limit",
            "1",
            "--output",
            output.toString());
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertEquals(3, assess.exitCode(), assess.err());
    assertEquals("", assess.out());
    assertTrue(assess.err().contains("the rules reached their time limit of 1 s"), assess.err());
    assertTrue(assess.err().matches("(?s).*rule \"[^\"]+\" was still running.*"), assess.err());
    assertFalse(Files.exists(output), "nothing written");
    assertTrue(seconds < 60, "stopped, not finished: " + seconds + " s");
  }

  @Test
  void aRuleTimeLimitThatIsNotPositiveIsAUsageError() {
    CliRun run = CliRun.of("assess", "facts/netherlands.yaml", "--rule-time-limit", "0");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--rule-time-limit takes a number of seconds"), run.err());
  }

  @Test
  void rulesCheckRefusesAMalformedTextAtItsFileAndLine() throws Exception {
    Path rules = bundledWith("package extra;\n");
    Path texts = rules.resolve("texts.en.properties");
    int line = Files.readAllLines(texts).size() + 1;
    Files.writeString(
        texts, "broken.pattern = {0,number\n", java.nio.file.StandardOpenOption.APPEND);
    CliRun check = CliRun.of("rules", "check", rules.toString());
    assertEquals(3, check.exitCode(), check.err());
    assertEquals("", check.out());
    assertTrue(check.err().contains(texts + ":" + line + ": broken.pattern: "), check.err());
  }
}
