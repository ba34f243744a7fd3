package nl.koploper.example;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module that requires nl.koploper compiles against what it exports (api, facts, problem, report)
 * and nothing else: javac refuses the rule engine, the rule vocabulary (open to rules compiled at
 * run time, not exported) and the policy tests.
 */
class ExportedPackagesTest {
  @TempDir Path dir;

  /** Compiles module {@code probe} with one class importing {@code type}; javac's messages. */
  private Compiled compile(String type) throws Exception {
    Path sources = dir.resolve("src");
    Files.createDirectories(sources.resolve("probe"));
    Files.writeString(
        sources.resolve("module-info.java"), "module probe { requires nl.koploper; }\n");
    Files.writeString(
        sources.resolve("probe/Probe.java"),
        "package probe;\n\nimport "
            + type
            + ";\n\npublic class Probe {\n  Class<?> c = "
            + type.substring(type.lastIndexOf('.') + 1)
            + ".class;\n}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      boolean ok =
          javac
              .getTask(
                  messages,
                  files,
                  null,
                  List.of(
                      "--module-path",
                      ExampleJvm.modulePath(),
                      "-d",
                      dir.resolve("out").toString()),
                  null,
                  files.getJavaFileObjects(
                      sources.resolve("module-info.java"), sources.resolve("probe/Probe.java")))
              .call();
      return new Compiled(ok, messages.toString());
    }
  }

  private record Compiled(boolean ok, String messages) {}

  @Test
  void compilesAgainstEveryExportedPackage() throws Exception {
    for (String type :
        List.of(
            "nl.koploper.api.Advisor",
            "nl.koploper.facts.FactsBuilder",
            "nl.koploper.problem.KoploperException",
            "nl.koploper.report.JsonReport")) {
      Compiled compiled = compile(type);
      assertTrue(compiled.ok(), type + ": " + compiled.messages());
    }
  }

  @Test
  void javacRefusesTheRuleEngine() throws Exception {
    assertRefused("nl.koploper.engine.RuleSet", "nl.koploper.engine");
  }

  @Test
  void javacRefusesTheRuleVocabularyThoughRulesReachItAtRunTime() throws Exception {
    assertRefused("nl.koploper.engine.terms.Advice", "nl.koploper.engine.terms");
  }

  @Test
  void javacRefusesThePolicyTests() throws Exception {
    assertRefused("nl.koploper.policytest.PolicySuite", "nl.koploper.policytest");
  }

  private void assertRefused(String type, String pkg) throws Exception {
    Compiled compiled = compile(type);
    assertFalse(compiled.ok(), type + " compiled");
    assertTrue(
        compiled.messages().contains("package " + pkg + " is not visible")
            || compiled.messages().contains("does not export " + pkg),
        compiled.messages());
  }
}
