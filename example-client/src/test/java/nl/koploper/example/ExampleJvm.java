package nl.koploper.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of a class of the example in a JVM of its own, on the module path, with what it wrote.
 */
record ExampleJvm(int exitCode, String out, String err) {

  /** The example's classes and its runtime dependencies, as Maven resolved them. */
  static String modulePath() throws Exception {
    String dependencies =
        Files.readString(Path.of(System.getProperty("example.modulePath")), StandardCharsets.UTF_8)
            .strip();
    return System.getProperty("example.classes") + File.pathSeparator + dependencies;
  }

  /** Runs {@code main} of a class of module nl.koploper.example, from the repository's root. */
  static ExampleJvm run(String className, String... args) throws Exception {
    return runWith(modulePath(), className, args);
  }

  /** Runs {@code main} of a class of module nl.koploper.example with the given module path. */
  static ExampleJvm runWith(String modulePath, String className, String... args) throws Exception {
    Path out = Files.createTempFile("example", ".out");
    Path err = Files.createTempFile("example", ".err");
    try {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("--module-path");
      command.add(modulePath);
      command.add("--module");
      command.add("nl.koploper.example/nl.koploper.example." + className);
      command.addAll(List.of(args));
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the example ran for over 3 minutes");
      return new ExampleJvm(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
