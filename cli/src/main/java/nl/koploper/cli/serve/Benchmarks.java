package nl.koploper.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.koploper.facts.FactError;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import nl.koploper.facts.InvalidFactsException;
import nl.koploper.problem.KoploperException;
import nl.koploper.problem.Problem;

/**
 * The benchmark regions a request may name by code: the fact files of {@code --benchmarks DIR}, or
 * the example regions bundled in the jar. Loaded once at start; a file that does not load stops the
 * start with its errors.
 */
final class Benchmarks {
  /** One benchmark: the file it came from (for messages and explain's commands) and its facts. */
  record Benchmark(String file, Facts facts) {
    String code() {
      return facts.region().code();
    }

    String name() {
      return facts.region().name();
    }
  }

  private static final String BUNDLED = "/koploper/benchmarks/";

  private final Map<String, Benchmark> byCode;

  private Benchmarks(Map<String, Benchmark> byCode) {
    this.byCode = byCode;
  }

  Collection<Benchmark> all() {
    return byCode.values();
  }

  /** The benchmark of a code, or an invalid {@code benchmark} parameter naming the codes. */
  Benchmark get(String code) {
    Benchmark b = byCode.get(code);
    if (b == null) {
      throw Refusal.badParameter(
          "benchmark",
          "'"
              + code
              + "' is not a benchmark here; the benchmarks are "
              + String.join(", ", byCode.keySet()));
    }
    return b;
  }

  /** Every fact file of a directory ({@code .yaml}, {@code .yml}, {@code .json}), by code. */
  static Benchmarks of(Path dir) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.{yaml,yml,json}")) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw new KoploperException(
          List.of(
              Problem.of(
                  Problem.Code.INVALID_ARGUMENT,
                  "--benchmarks " + dir + ": cannot read the directory: " + e)));
    }
    files.sort(null);
    List<FactError> errors = new ArrayList<>();
    Map<String, Benchmark> byCode = new TreeMap<>();
    for (Path file : files) {
      try {
        add(byCode, new Benchmark(file.toString(), FactsLoader.load(file)), errors);
      } catch (InvalidFactsException e) {
        errors.addAll(e.errors());
      }
    }
    return checked(byCode, errors, "--benchmarks " + dir);
  }

  /** The example regions bundled in the jar, listed in {@code index.txt} beside them. */
  static Benchmarks bundled() {
    List<FactError> errors = new ArrayList<>();
    Map<String, Benchmark> byCode = new TreeMap<>();
    for (String name : read("index.txt").lines().filter(l -> !l.isBlank()).toList()) {
      byte[] bytes = read(name).getBytes(StandardCharsets.UTF_8);
      add(byCode, new Benchmark(name, FactsLoader.load(bytes, name)), errors);
    }
    return checked(byCode, errors, "the bundled benchmarks");
  }

  private static void add(Map<String, Benchmark> byCode, Benchmark b, List<FactError> errors) {
    Benchmark before = byCode.putIfAbsent(b.code(), b);
    if (before != null) {
      errors.add(
          new FactError(
              b.file(), 0, 0, "region.code", b.code() + " is also the code of " + before.file()));
    }
  }

  private static Benchmarks checked(
      Map<String, Benchmark> byCode, List<FactError> errors, String where) {
    if (!errors.isEmpty()) {
      throw new InvalidFactsException(errors);
    }
    if (byCode.isEmpty()) {
      throw new KoploperException(
          List.of(Problem.of(Problem.Code.INVALID_ARGUMENT, where + ": no fact file in it")));
    }
    return new Benchmarks(byCode);
  }

  private static String read(String name) {
    try (InputStream in = Benchmarks.class.getResourceAsStream(BUNDLED + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + BUNDLED + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
