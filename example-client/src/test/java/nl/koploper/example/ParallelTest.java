package nl.koploper.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One advisor shared by 8 threads gives every thread the answer one thread gets. */
class ParallelTest {
  @Test
  void eightThreadsGetTheSameAssessmentsAsOneOnTheModulePath() throws Exception {
    ExampleJvm run = ExampleJvm.run("Parallel");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(
        run.out()
            .matches(
                "8 threads, \\d+ assessments of 24 kinds: every one equal to one " + "thread's\n"),
        run::toString);
  }

  @Test
  void theCheckCountsAnswersThatDifferFromTheFirst() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    List<Callable<String>> tasks = List.of(() -> "same", () -> "call " + calls.incrementAndGet());
    // 8 threads × 2 rounds of the second task, each unlike the single-threaded first answer
    assertEquals(16, Parallel.mismatches(tasks, 8, 2));
    assertEquals(0, Parallel.mismatches(List.of(() -> "same"), 8, 2));
  }

  @Test
  void rulesCompiledAtRunTimeOnTheModulePathAdviseAsTheBundledOnes() throws Exception {
    ExampleJvm run = ExampleJvm.run("RulesAtRunTime");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(
        run.out()
            .matches(
                "rules compiled at run time from rules: \\d+ rules, \\d+ "
                    + "recommendations, the same as the bundled rules'\n"),
        run::toString);
  }

  @Test
  void rulesThatAdviseOtherwiseAreToldApart(@TempDir Path copy) throws Exception {
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, copy.resolve(file.getFileName().toString()));
      }
    }
    // the same rules, every recommendation's title reworded
    Path texts = copy.resolve("texts.en.properties");
    Files.writeString(
        texts, Files.readString(texts).replaceAll("(?m)^(\\S+\\.title=)", "$1Reworded: "));
    ExampleJvm run = ExampleJvm.run("RulesAtRunTime", copy.toString());
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().contains("NOT the same as the bundled rules'"), run::toString);
  }
}
