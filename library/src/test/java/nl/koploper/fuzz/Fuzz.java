package nl.koploper.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import nl.koploper.facts.FactChange;
import nl.koploper.facts.FactError;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import nl.koploper.facts.InvalidFactsException;
import nl.koploper.policytest.InvalidPolicyTestException;
import nl.koploper.policytest.PolicyTestReader;

/**
 * The three readers of untrusted text, and what counts as a clean end for each: a result, or the
 * documented refusal ({@link InvalidFactsException}, {@link InvalidPolicyTestException}) with at
 * least one error that has a message and a position (line 0 for the whole file). Anything else, or
 * more than {@link #TIME_LIMIT_SECONDS} seconds, is a finding.
 */
final class Fuzz {
  static final long TIME_LIMIT_SECONDS = 5;

  private Fuzz() {}

  /** One reader under test. */
  enum Target {
    FACTS_YAML("facts", ".yaml"),
    FACTS_JSON("facts", ".json"),
    SET("set", ".txt"),
    POLICY_TEST("policy-test", ".yaml");

    final String folder;
    final String extension;

    Target(String folder, String extension) {
      this.folder = folder;
      this.extension = extension;
    }
  }

  private static final Facts NETHERLANDS = FactsLoader.load(Path.of("facts/netherlands.yaml"));
  private static final ExecutorService RUNNER =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "fuzz-input");
            t.setDaemon(true);
            return t;
          });

  /** Why the input did not end cleanly, or null when it did. */
  static String run(Target target, String input, Path scratch) {
    Future<?> run =
        RUNNER.submit(
            () -> {
              feed(target, input, scratch);
              return null;
            });
    try {
      run.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
      return null;
    } catch (TimeoutException e) {
      run.cancel(true);
      return "took longer than " + TIME_LIMIT_SECONDS + " s";
    } catch (java.util.concurrent.ExecutionException e) {
      return describe(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private static void feed(Target target, String input, Path scratch) throws IOException {
    try {
      switch (target) {
        case FACTS_YAML -> {
          FactsLoader.parse(input, "fuzz.yaml", FactsLoader.Format.YAML);
          FactsLoader.parseUncertain(input, "fuzz.yaml", FactsLoader.Format.YAML);
        }
        case FACTS_JSON -> {
          FactsLoader.parse(input, "fuzz.json", FactsLoader.Format.JSON);
          FactsLoader.parseUncertain(input, "fuzz.json", FactsLoader.Format.JSON);
        }
        case SET -> FactChange.parse(input).apply(NETHERLANDS);
        case POLICY_TEST -> {
          Path rules = Files.createDirectories(scratch.resolve("rules"));
          Path tests = Files.createDirectories(rules.resolve("tests"));
          Files.createDirectories(scratch.resolve("facts"));
          Path nl = scratch.resolve("facts/netherlands.yaml");
          if (!Files.exists(nl)) {
            Files.copy(Path.of("facts/netherlands.yaml"), nl);
          }
          Path file =
              Files.write(
                  tests.resolve("fuzz.yaml"),
                  input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          PolicyTestReader.read(
              rules,
              file,
              "fuzz.yaml",
              Set.of("L1.JOINT_INSTITUTE", "L3.EARLY_RND_SUBSIDIES", "L4.BRIDGE_FUNDING"),
              Set.of("gap", "valley-of-death"),
              new java.util.HashMap<>());
        }
      }
    } catch (InvalidPolicyTestException e) {
      checkErrors(e.errors());
    } catch (InvalidFactsException e) {
      checkErrors(e.errors());
    }
  }

  private static void checkErrors(List<FactError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalStateException("a refusal without any error");
    }
    for (FactError e : errors) {
      if (e.message() == null || e.message().isBlank() || e.line() < 0 || e.column() < 0) {
        throw new IllegalStateException("an error without message or position: " + e);
      }
    }
  }

  private static String describe(Throwable t) {
    // the first frame of ours says where to fix it
    String ours =
        java.util.Arrays.stream(t.getStackTrace())
            .filter(
                f ->
                    f.getClassName().startsWith("nl.koploper.")
                        && !f.getClassName().contains(".fuzz."))
            .findFirst()
            .map(f -> " at " + f)
            .orElse("");
    return t + ours;
  }

  // ---- Inputs ----------------------------------------------------------------------------------

  /** The real files every mutation starts from. */
  static List<String> seeds(Target target) throws IOException {
    List<Path> files = new ArrayList<>();
    switch (target) {
      case FACTS_YAML -> {
        files.addAll(list(Path.of("facts"), ".yaml"));
        files.addAll(list(Path.of("library/src/test/resources/facts"), ".yaml"));
      }
      case FACTS_JSON -> files.addAll(list(Path.of("library/src/test/resources/facts"), ".json"));
      case POLICY_TEST -> files.addAll(list(Path.of("rules/tests"), ".yaml"));
      case SET -> {
        return List.of(
            "earlyFunding.earlyRndSubsidies=BROAD",
            "earlyFunding.earlyRndSubsidies=",
            "knowledgeBase.publicRndEurPerInhabitant=120.5",
            "ecosystem.anchorCompanies=[Janssen, UCB]",
            "valorisation.ttoCount=3",
            "region.name=x",
            "sectorPosition.clinicalTrialsPerMillion={between: [1, 2]}");
      }
    }
    List<String> seeds = new ArrayList<>();
    for (Path f : files) {
      // some files of the test resources are not UTF-8 on purpose; they seed as best they can
      seeds.add(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8));
    }
    return seeds;
  }

  private static List<Path> list(Path dir, String extension) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  private static final String[] TOKENS = {
    "{",
    "}",
    "[",
    "]",
    ":",
    ": ",
    ",",
    "- ",
    "-",
    "?",
    "&a ",
    "*a",
    "!!str ",
    "!!binary ",
    "!x ",
    "<<: ",
    "|",
    ">",
    "\"",
    "'",
    "#",
    "\t",
    "\n",
    "\r\n",
    "  ",
    "null",
    "~",
    "true",
    "NaN",
    ".inf",
    "-.inf",
    "1e999999",
    "-0",
    "0x1F",
    "0o17",
    "1_000",
    "9999999999999999999999",
    "\\u0000",
    "\u0000",
    "\u001b[31m",
    "\u0085",
    "\u2028",
    "\uFEFF",
    "\uD800",
    "\uD83D\uDE00",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "unknown",
    "oneOf: ",
    "between: ",
    "{oneOf: [A, B]}",
    "{between: [1, 2]}",
    "=",
    "[",
    "."
  };

  /** A mutant of a seed: a few random edits of characters, tokens, lines and nesting. */
  static String mutate(String seed, Random random) {
    StringBuilder s = new StringBuilder(seed);
    int edits = 1 + random.nextInt(6);
    for (int i = 0; i < edits; i++) {
      int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
      switch (random.nextInt(9)) {
        case 0 -> s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
        case 1 -> {
          if (at < s.length()) {
            s.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (at < s.length()) {
            s.setCharAt(at, (char) random.nextInt(random.nextBoolean() ? 128 : 0x3000));
          }
        }
        case 3 -> s.delete(at, Math.min(s.length(), at + random.nextInt(200)));
        case 4 -> {
          // duplicate a line: duplicate keys, repeated sections
          int start = s.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
          int end = s.indexOf("\n", at);
          if (end > start) {
            s.insert(end, s.substring(start, end) + "\n");
          }
        }
        case 5 -> s.insert(at, "[".repeat(1 + random.nextInt(300)));
        case 6 -> s.insert(at, "{a: ".repeat(1 + random.nextInt(100)));
        case 7 -> s.setLength(at);
        default -> {
          // a long scalar or a long line of aliases
          String piece = random.nextBoolean() ? "x" : "*a, ";
          s.insert(at, piece.repeat(random.nextInt(20_000)));
        }
      }
    }
    return s.toString();
  }

  /** Structure generated from nothing: nested flow and block collections of random scalars. */
  static String generate(Random random, int depth) {
    if (depth <= 0 || random.nextInt(4) == 0) {
      return TOKENS[random.nextInt(TOKENS.length)].strip();
    }
    int n = random.nextInt(4);
    StringBuilder s = new StringBuilder(random.nextBoolean() ? "{" : "[");
    boolean map = s.charAt(0) == '{';
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        s.append(", ");
      }
      if (map) {
        s.append("k").append(random.nextInt(5)).append(": ");
      }
      s.append(generate(random, depth - 1));
    }
    return s.append(map ? "}" : "]").toString();
  }
}
