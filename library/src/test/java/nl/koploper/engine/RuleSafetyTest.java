package nl.koploper.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSafetyTest {
  private static final String HEADER =
      "package koploper.rules;\n"
          + "import nl.koploper.facts.*;\n"
          + "import nl.koploper.engine.terms.*;\n"
          + "import java.util.List;\n";

  private static RuleFiles files(String drl) {
    return new RuleFiles("my-rules", Map.of("r.drl", HEADER + drl));
  }

  private static List<RuleProblem> textProblems(String drl) {
    return DrlSafetyScan.scan(files(drl));
  }

  /** The compiled check on its own, as if the text scan had missed everything. */
  private static List<RuleProblem> compiledProblems(String drl) throws RuleSetException {
    RuleBase rules = RuleBase.compile(files(drl));
    return BytecodeSafetyScan.scan(rules.files(), rules.packages());
  }

  private static final String SAFE =
      "function double half(double x) { return Math.max(x, 0) / 2; }\n"
          + "rule \"Safe\"\n"
          + "  @lesson(0)\n"
          + "when\n"
          + "  $r : Region($p : population != null, Math.max(population, 1) > 0)\n"
          + "  eval(half(4) == 2)\n"
          + "  $n : Number() from accumulate(LessonCoverage($k : known), sum($k))\n"
          + "then\n"
          + "  List<Integer> xs = List.of(1, 2, Math.max(3, $n.intValue()));\n"
          + "  xs.forEach(x -> insert(new Figure(\"f\" + x, x / 2.0, \"region.population\")));\n"
          + "  insert(new PriorityCutoffs(70, 50, 30));\n"
          + "  String name = drools.getRule().getName().toUpperCase();\n"
          + "end\n";

  @Test
  void theBundledRulesPass() throws Exception {
    RuleFiles bundled = RuleFiles.bundled();
    assertEquals(List.of(), DrlSafetyScan.scan(bundled));
    RuleBase rules = RuleBase.compile(bundled);
    assertEquals(List.of(), BytecodeSafetyScan.scan(rules.files(), rules.packages()));
  }

  @Test
  void aRuleSetUsingMathListsLambdasAndFunctionsPasses() throws Exception {
    assertEquals(List.of(), textProblems(SAFE));
    assertEquals(List.of(), compiledProblems(SAFE));
    assertDoesNotThrow(() -> RuleSafety.checkText(files(SAFE)));
  }

  @Test
  void theCompiledCheckAloneRefusesSystemExitWithFileLineAndRule() throws Exception {
    List<RuleProblem> problems =
        compiledProblems(
            "rule \"Exit\"\n  @lesson(0)\nwhen\n  Region()\nthen\n  int x = 1;\n  System.exit(7);\nend\n");
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.file().equals("my-rules/r.drl")
                        && p.line() == 11
                        && p.message().startsWith("rule \"Exit\": calls java.lang.System.exit — ")),
        problems.toString());
  }

  @Test
  void theCompiledCheckAloneRefusesAFunctionThatWritesFiles() throws Exception {
    List<RuleProblem> problems =
        compiledProblems(
            "function void touch(String p) {\n"
                + "  try { java.nio.file.Files.createFile(java.nio.file.Path.of(p)); }"
                + " catch (Exception e) {}\n"
                + "}\n"
                + "rule \"R\"\nwhen\nthen\nend\n");
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.line() == 6
                        && p.message().startsWith("function touch: calls java.nio.file.Files")),
        problems.toString());
  }

  @Test
  void theCompiledCheckAloneRefusesReflectionHiddenInALambda() throws Exception {
    List<RuleProblem> problems =
        compiledProblems(
            "rule \"Lambda\"\n  @lesson(0)\nwhen\n  $r : Region()\nthen\n"
                + "  Runnable r = () -> { try { Class.forName(\"java.lang.Runtime\"); }"
                + " catch (Exception e) {} };\nend\n");
    assertTrue(
        problems.stream().anyMatch(p -> p.message().contains("calls java.lang.Class.forName")),
        problems.toString());
  }

  @Test
  void refusesAStaticImportOfSystem() {
    assertTrue(
        textProblems("import static java.lang.System.exit;\n")
            .get(0)
            .message()
            .startsWith("imports java.lang.System.exit — "));
  }

  @Test
  void refusesACustomAccumulateFunction() {
    assertTrue(
        textProblems("import accumulate com.acme.Evil evil;\n")
            .get(0)
            .message()
            .startsWith("imports accumulate function com.acme.Evil"));
  }

  @Test
  void refusesTheFactLoadersBesideTheFactModel() {
    assertTrue(
        textProblems("rule \"L\"\nwhen\nthen\n  FactsLoader.load(null);\nend\n")
            .get(0)
            .message()
            .startsWith("rule \"L\": uses nl.koploper.facts.FactsLoader"));
  }

  @Test
  void refusesRandomNumbersWhichWouldMakeTheAdviceDependOnLuck() {
    assertTrue(
        textProblems("rule \"R\"\nwhen\nthen\n  double d = Math.random();\nend\n")
            .get(0)
            .message()
            .contains("may not draw"));
    assertTrue(
        textProblems("rule \"R\"\nwhen\nthen\n  int i = new java.util.Random().nextInt();\nend\n")
            .get(0)
            .message()
            .contains("random numbers"));
  }

  @Test
  void refusesChangingTheDefaultLocaleOfTheWholeJvm() {
    assertTrue(
        textProblems(
                "rule \"L\"\nwhen\nthen\n  java.util.Locale.setDefault(java.util.Locale.GERMAN);\nend\n")
            .get(0)
            .message()
            .contains("whole JVM"));
  }

  @Test
  void refusesMvelsReflectiveArrayShortcut() {
    assertTrue(
        textProblems("rule \"A\"\nwhen\n  Region(Array.getLength(null) > 0)\nthen\nend\n")
            .get(0)
            .message()
            .startsWith("rule \"A\": uses java.lang.reflect.Array"));
  }

  @Test
  void refusesADeclaredTypeWhoseInitialValueCallsSystem() {
    List<RuleProblem> problems =
        textProblems("declare Leak\n  home : String = System.getenv(\"HOME\")\nend\n");
    assertTrue(problems.get(0).message().startsWith("declare Leak: uses java.lang.System.getenv"));
  }

  @Test
  void refusesCodeHiddenInACommentByAnEscapedLineBreak() {
    List<RuleProblem> problems =
        textProblems("rule \"C\"\nwhen\nthen\n  // harmless \\u000a Runtime.getRuntime();\nend\n");
    assertTrue(
        problems.stream().anyMatch(p -> p.message().contains("uses java.lang.Runtime")),
        problems.toString());
  }

  @Test
  void refusesAPackageOfJavaOrKoploper() {
    assertTrue(
        DrlSafetyScan.scan(new RuleFiles("d", Map.of("r.drl", "package java.io;\n")))
            .get(0)
            .message()
            .startsWith("declares package java.io"));
  }

  @Test
  void refusesAFunctionNamedLikeDroolsGeneratedInvokers() {
    assertTrue(
        textProblems("function int rule_X1EvalInvoker() { return 1; }\n").stream()
            .anyMatch(p -> p.message().contains("named like Drools' generated classes")));
  }

  @Test
  void refusesDroolsInternalsReachedThroughTheContext() throws Exception {
    List<RuleProblem> problems =
        compiledProblems("rule \"K\"\nwhen\nthen\n  kcontext.getKieRuntime().getKieBase();\nend\n");
    assertTrue(
        problems.stream().anyMatch(p -> p.message().contains("getKieRuntime")),
        problems.toString());
  }

  @Test
  void anUnsafeRuleSetIsARuleSetException() {
    RuleSetException e =
        assertThrows(
            RuleSetException.class,
            () -> RuleSet.load(files("rule \"E\"\nwhen\nthen\n  System.exit(7);\nend\n")));
    assertEquals(8, e.problems().get(0).line());
  }
}
