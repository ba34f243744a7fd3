package nl.koploper.engine.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.koploper.engine.RuleFiles;
import nl.koploper.engine.RuleProblem;
import nl.koploper.engine.RuleSet;
import nl.koploper.engine.RuleSetException;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class of attack on a shared rule set is refused before any of its code runs: each test is
 * the attack it stops, and a payload that would leave a file behind shows it did not run.
 */
class RuleSafetyTest {
  @TempDir Path dir;

  private static final String HEADER =
      "package my.rules;\n"
          + "import nl.koploper.facts.*;\n"
          + "import nl.koploper.engine.terms.*;\n";

  /** The first line after the header. */
  private static final int FIRST = 4;

  private static RuleFiles files(String drl) {
    return new RuleFiles("my-rules", Map.of("r.drl", HEADER + drl));
  }

  private static List<RuleProblem> refusals(String drl) {
    RuleSetException e =
        assertThrows(RuleSetException.class, () -> RuleSet.load(files(drl), Optional.empty()));
    return e.problems();
  }

  private static void assertRefused(String drl, int line, String rule, String said) {
    List<RuleProblem> problems = refusals(drl);
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.file().equals(Path.of("my-rules", "r.drl").toString())
                        && (line == 0 || p.line() == line)
                        && p.message().startsWith(rule)
                        && p.message().contains(said)),
        problems.toString());
  }

  private static String rule(String name, String when, String then) {
    return "rule \"" + name + "\"\n  @lesson(0)\nwhen\n  " + when + "\nthen\n  " + then + "\nend\n";
  }

  @Test
  void aConsequenceThatExitsTheJvmIsRefusedAtItsLine() {
    assertRefused(
        rule("Exit", "Region()", "int x = 1;\n  System.exit(7);"),
        FIRST + 6,
        "rule \"Exit\": calls java.lang.System.exit",
        "rules may not touch the JVM");
  }

  @Test
  void aReflectionChainAfterAStringLiteralInAConstraintIsRefused() {
    assertRefused(
        rule("Reflect", "Region(name == \"x\".getClass().getName())", "int y = 1;"),
        FIRST + 3,
        "rule \"Reflect\": calls java.lang.Object.getClass",
        "not on the allowlist");
  }

  @Test
  void aFunctionThatRunsAProcessBehindACatchIsRefused() {
    String drl =
        "function void run(String c) {\n"
            + "  try { Runtime.getRuntime().exec(c); } catch (Exception e) { }\n"
            + "}\n"
            + rule("Run", "Region()", "run(\"touch pwned\");");
    List<RuleProblem> problems = refusals(drl);
    String all = problems.toString();
    assertTrue(all.contains("function run: calls java.lang.Runtime.getRuntime"), all);
  }

  @Test
  void aDialectIsRefusedBeforeAnythingIsCompiled() {
    assertRefused(
        "dialect \"mvel\"\n" + rule("R", "Region()", "int x = 1;"), FIRST, "a dialect", "Java");
    assertRefused(
        "rule \"M\" @lesson(0) dialect \"mvel\"\nwhen\n  Region()\nthen\nend\n",
        FIRST,
        "rule \"M\": a dialect",
        "bytecode");
  }

  @Test
  void aBacktickQuotedNameIsRefused() {
    assertRefused(
        rule("Tick", "Region()", "String s = `java`.toString();"), FIRST + 5, "a backtick", "");
  }

  @Test
  void aUnicodeEscapeThatEndsACommentIsRefused() {
    assertRefused(
        rule("Esc", "Region()", "// harmless \\u000a System.exit(3);"),
        FIRST + 5,
        "a \\u escape outside a string",
        "");
  }

  @Test
  void aUnicodeEscapeThatEndsAStringIsRefused() {
    assertRefused(
        rule("Esc", "Region()", "String s = \"a\\u0022; System.exit(3); //\";"),
        FIRST + 5,
        "the escape \\u0022",
        "");
  }

  @Test
  void aNonAsciiLetterEscapedInAStringIsAllowed() throws Exception {
    RuleSetException e =
        assertThrows(
            RuleSetException.class,
            () ->
                RuleSet.load(
                    files(rule("Accent", "Region()", "String s = \"caf\\u00e9\";")),
                    Optional.empty()));
    // refused only later, for lacking texts: the safety checks passed
    assertTrue(e.getMessage().contains("no text for"), e.getMessage());
  }

  @Test
  void aDeclaredTypeNamedAfterJavaLangIsRefused() {
    assertRefused("declare System\n  n : int\nend\n", FIRST, "declare System", "shadow");
    assertRefused("declare Region\n  n : int\nend\n", FIRST, "declare Region", "shadow");
  }

  @Test
  void aDeclaredTypeThatExtendsThreadIsRefused() {
    assertRefused(
        "declare Worker extends java.lang.Thread\n  n : int\nend\n",
        FIRST,
        "declare Worker: extends java.lang.Thread",
        "only Object");
  }

  @Test
  void aLoopInAConsequenceIsRefused() {
    assertRefused(
        rule("Spin", "Region()", "int i = 0;\n  while (i >= 0) { i = i + 0; }"),
        0,
        "rule \"Spin\": loops",
        "may never end");
  }

  @Test
  void twoFunctionsCallingEachOtherAreRefusedAsRecursion() {
    String drl =
        "function int ping(int n) { return pong(n + 1); }\n"
            + "function int pong(int n) { return ping(n + 1); }\n"
            + rule("Ball", "Region()", "int x = ping(1);");
    assertRefused(drl, 0, "function p", "recursion");
  }

  @Test
  void aLambdaThatCallsItselfThroughAFunctionalInterfaceIsRefused() {
    String drl =
        "function int self(int n) {\n"
            + "  java.util.function.IntUnaryOperator[] f = new java.util.function.IntUnaryOperator[1];\n"
            + "  f[0] = x -> f[0].applyAsInt(x + 1);\n"
            + "  return f[0].applyAsInt(n);\n}\n"
            + rule("Self", "Region()", "int x = self(1);");
    assertRefused(drl, 0, "function self", "IntUnaryOperator");
  }

  @Test
  void anArrayOfAComputedSizeIsRefused() {
    assertRefused(
        rule(
            "Big", "Region($p : population != null)", "long[] a = new long[$p.intValue() * 1000];"),
        0,
        "rule \"Big\": allocates an array",
        "cannot bound");
  }

  @Test
  void aHugeFormatWidthAndRepeatAreRefused() {
    assertRefused(
        rule("Wide", "Region()", "String s = String.format(\"%2000000000d\", 1);"),
        FIRST + 5,
        "rule \"Wide\": calls java.lang.String.format",
        "");
    assertRefused(
        rule("Rep", "Region()", "String s = \"x\".repeat(2000000000);"),
        FIRST + 5,
        "rule \"Rep\": calls java.lang.String.repeat",
        "");
  }

  @Test
  void aBacktrackingPatternInMatchesIsRefused() {
    assertRefused(
        rule("Regex", "Region(name matches \"(a+)+b\")", "int x = 1;"),
        0,
        "rule \"Regex\": matches",
        "backtrack");
  }

  @Test
  void aPatternBuiltAtRunTimeInMatchesIsRefused() {
    assertRefused(
        rule("Regex", "Region($c : code, name matches $c)", "int x = 1;"),
        0,
        "rule \"Regex\": uses org.drools.model.operators.MatchesOperator",
        "only a literal pattern");
  }

  @Test
  void aConstantEnabledExpressionIsCheckedBeforeTheRuleBaseIsBuilt() {
    assertRefused(
        "rule \"Env\" @lesson(0) enabled (System.getenv(\"HOME\") != null)\n"
            + "when\n  Region()\nthen\nend\n",
        0,
        "rule \"Env\": calls java.lang.System.getenv",
        "");
  }

  @Test
  void aDeclaredEnumWhoseConstantsReadTheEnvironmentIsRefused() {
    assertRefused(
        "declare enum Secret\n  HOME(System.getenv(\"HOME\"));\n  value : String\nend\n",
        0,
        "declare Secret: calls java.lang.System.getenv",
        "");
  }

  @Test
  void reachingTheEngineThroughDroolsOrKcontextIsRefused() {
    assertRefused(
        rule("Base", "Region()", "Object b = drools.getKieRuntime().getKieBase();"),
        0,
        "rule \"Base\": calls org.drools",
        "only through");
    assertRefused(
        rule("Ctx", "Region()", "kcontext.getKieRuntime().halt();"),
        0,
        "rule \"Ctx\": calls org.",
        "");
  }

  @Test
  void catchingWhatTheLimitsThrowIsRefused() {
    assertRefused(
        "function int safe(int n) {\n  try { return n / 0; } catch (Throwable t) { return 0; }\n}\n"
            + rule("Catch", "Region()", "int x = safe(1);"),
        0,
        "function safe: catches java.lang.Throwable",
        "");
  }

  @Test
  void aTimerThatWouldKeepFiringAfterTheRunIsRefused() {
    assertRefused(
        "rule \"Tick\" @lesson(0) timer (int: 0 1ms)\nwhen\n  Region()\nthen\nend\n",
        FIRST,
        "rule \"Tick\": timer is refused",
        "not on the clock");
    assertRefused(
        "declare Ping\n  @role(event)\n  n : int\nend\n", FIRST, "declare Ping: @role", "");
  }

  @Test
  void aPayloadOfARefusedRuleSetNeverRuns() throws Exception {
    Path marker = dir.resolve("pwned");
    String drl =
        "declare enum Boom\n  A(java.nio.file.Files.createFile(java.nio.file.Path.of(\""
            + marker.toString().replace("\\", "/")
            + "\")).toString());\n  v : String\nend\n";
    refusals(drl);
    assertFalse(Files.exists(marker));
  }

  /**
   * Bundled rules plus a file that uses declare, modify, update, accumulate, from and a function.
   */
  static RuleFiles benign() {
    Map<String, String> files = new TreeMap<>(RuleFiles.bundled().files());
    files.put(
        "extra.drl",
        "package extra.rules;\n"
            + "import nl.koploper.facts.*;\n"
            + "import nl.koploper.engine.terms.*;\n"
            + "declare Tally\n  n : int\n  names : String\nend\n"
            + "function int twice(int n) { return n * 2; }\n"
            + "rule \"Start a tally\" @lesson(0)\nwhen\n  Region()\n  not Tally()\nthen\n"
            + "  insert(new Tally(0, \"\"));\nend\n"
            + "rule \"Count the sections\" @lesson(0)\nwhen\n"
            + "  $t : Tally(n < 3)\n"
            + "  $k : Number() from accumulate(LessonCoverage($x : known), sum($x))\n"
            + "  $s : String() from \"section\"\n"
            + "then\n"
            + "  modify($t) { setN(twice($t.getN()) + 1), setNames($t.getNames() + $s) }\nend\n"
            + "rule \"Touch the tally\" @lesson(0)\nwhen\n  $t : Tally(n >= 3, names.length() > 0, names != \"done\")\n"
            + "then\n  $t.setNames(\"done\");\n  update($t);\nend\n");
    return new RuleFiles("benign", files);
  }

  @Test
  void aBenignRuleSetWithDeclareModifyUpdateAccumulateFromAndAFunctionRuns() throws Exception {
    RuleSet rules = RuleSet.load(benign(), Optional.empty());
    Facts nl = FactsLoader.load(Path.of("facts/netherlands.yaml"));
    var traced = rules.rules().trace(nl, null, null);
    assertTrue(traced.firedRules().contains("Count the sections"), traced.firedRules().toString());
    assertTrue(traced.firedRules().contains("Touch the tally"), traced.firedRules().toString());
    RuleSet bundled = RuleSet.bundled();
    assertEquals(
        bundled.rules().run(nl, null, null).conclusions(),
        rules.rules().run(nl, null, null).conclusions());
  }

  @Test
  void theBundledRulesPassTheCheck() {
    RuleFiles bundled = RuleFiles.bundled();
    assertEquals(List.of(), TextChecks.check(bundled));
    assertEquals(List.of(), DrlChecks.check(bundled).problems());
  }
}
