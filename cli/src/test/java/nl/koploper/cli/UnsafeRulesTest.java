package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
    assertRefused(rules, 9, "rule \"Unsafe\": uses java.nio.file.Files.writeString");
  }

  @Test
  void refusesARuleThatReadsAnEnvironmentVariable() throws Exception {
    Path rules = rules("", "Region()", "String home = System.getenv(\"HOME\");");
    assertRefused(rules, 9, "rules may not touch the JVM, its environment or other processes");
  }

  @Test
  void refusesARuleThatExitsTheJvm() throws Exception {
    assertRefused(rules("", "Region()", "System.exit(7);"), 9, "uses java.lang.System.exit");
  }

  @Test
  void refusesAClassLoadedByName() throws Exception {
    Path rules = rules("", "Region()", "Class.forName(\"java.lang.Runtime\");");
    assertRefused(rules, 9, "rules may not use reflection");
  }

  @Test
  void refusesReflectionThroughGetClass() throws Exception {
    Path rules = rules("", "$r : Region()", "$r.getClass().getMethod(\"code\");");
    assertRefused(rules, 9, "uses getClass — a Class object opens reflection");
  }

  @Test
  void refusesAnEvalInAConditionThatCallsSystem() throws Exception {
    Path rules = rules("", "eval(System.getenv(\"HOME\") != null)", "int x = 1;");
    assertRefused(rules, 7, "uses java.lang.System.getenv");
  }

  @Test
  void refusesAConstraintThatCallsSystem() throws Exception {
    Path rules = rules("", "Region(code == System.getProperty(\"user.name\"))", "int x = 1;");
    assertRefused(rules, 7, "uses java.lang.System.getProperty");
  }

  @Test
  void refusesAnImportOutsideTheAllowlist() throws Exception {
    Path rules =
        rules(
            "import java.io.File;",
            "Region()",
            "try { new File(\"" + marker() + "\").createNewFile(); } catch (Exception e) {}");
    assertRefused(rules, 3, "imports java.io.File — rules may not read or write files");
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
    assertRefused(rules, 4, "function touch: uses java.io.FileOutputStream");
  }

  @Test
  void refusesSystemSpelledWithAUnicodeEscape() throws Exception {
    Path rules = rules("", "Region()", "\\u0053ystem.exit(7);");
    assertRefused(rules, 9, "rule \"Unsafe\": uses java.lang.System.exit");
  }

  @Test
  void refusesTheMvelDialect() throws Exception {
    Path rules = rules("", "Region()", "int x = 1;");
    Files.writeString(
        rules.resolve("unsafe.drl"),
        Files.readString(rules.resolve("unsafe.drl"))
            .replace("@lesson(0)", "@lesson(0)\n  dialect \"mvel\""));
    assertRefused(rules, 6, "uses dialect \"mvel\"");
  }

  @Test
  void refusesAGlobal() throws Exception {
    assertRefused(
        rules("global java.util.List sink;", "Region()", "int x = 1;"), 3, "declares a global");
  }
}
