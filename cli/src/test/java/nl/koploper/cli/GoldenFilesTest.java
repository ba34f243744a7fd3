package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the output for every example region in facts/, alone and (the report's own method) the
 * Netherlands against Flanders, one what-if and one explain (each as text, json and html). After a
 * deliberate change to rules or texts, regenerate with {@code ./mvnw test -Dtest=GoldenFilesTest
 * -Dkoploper.golden.update=true} and review the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("cli/src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("koploper.golden.update");

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("facts"))) {
      // every example region; the uncertain ones are for sensitivity, which has its own goldens
      for (Path f :
          files
              .filter(p -> p.toString().endsWith(".yaml"))
              .filter(p -> !p.toString().endsWith("-uncertain.yaml"))
              .sorted()
              .toList()) {
        String name = f.getFileName().toString().replace(".yaml", "");
        cases.add(
            Arguments.of(
                name + ".json", new String[] {"assess", f.toString(), "--format", "json"}));
      }
    }
    String[] nlVsVl = {"assess", "facts/netherlands.yaml", "--benchmark", "facts/flanders.yaml"};
    cases.add(Arguments.of("netherlands-vs-flanders.json", with(nlVsVl, "--format", "json")));
    cases.add(
        Arguments.of(
            "netherlands-vs-flanders.nl.json", with(nlVsVl, "--format", "json", "--lang", "nl")));
    cases.add(Arguments.of("netherlands-vs-flanders.txt", nlVsVl));
    cases.add(Arguments.of("netherlands-vs-flanders.nl.txt", with(nlVsVl, "--lang", "nl")));
    cases.add(Arguments.of("netherlands-vs-flanders.md", with(nlVsVl, "--format", "markdown")));
    cases.add(
        Arguments.of(
            "netherlands-vs-flanders.nl.md", with(nlVsVl, "--format", "markdown", "--lang", "nl")));
    cases.add(Arguments.of("netherlands-vs-flanders.csv", with(nlVsVl, "--format", "csv")));
    cases.add(
        Arguments.of(
            "netherlands-vs-flanders.nl.csv", with(nlVsVl, "--format", "csv", "--lang", "nl")));
    cases.add(Arguments.of("netherlands-vs-flanders.html", with(nlVsVl, "--format", "html")));
    cases.add(
        Arguments.of(
            "netherlands-vs-flanders.nl.html", with(nlVsVl, "--format", "html", "--lang", "nl")));
    String[] compare = {
      "compare", "facts/netherlands.yaml", "facts/flanders.yaml", "facts/denmark.yaml"
    };
    cases.add(Arguments.of("compare.txt", compare));
    cases.add(Arguments.of("compare.nl.txt", with(compare, "--lang", "nl")));
    cases.add(Arguments.of("compare.json", with(compare, "--format", "json")));
    cases.add(Arguments.of("compare.md", with(compare, "--format", "markdown")));
    cases.add(Arguments.of("compare.nl.md", with(compare, "--format", "markdown", "--lang", "nl")));
    cases.add(Arguments.of("compare.csv", with(compare, "--format", "csv")));
    cases.add(Arguments.of("compare.html", with(compare, "--format", "html")));
    cases.add(Arguments.of("compare.nl.html", with(compare, "--format", "html", "--lang", "nl")));
    String[] whatIf = {
      "what-if",
      "facts/netherlands.yaml",
      "--benchmark",
      "facts/flanders.yaml",
      "--set",
      "earlyFunding.earlyRndSubsidies=BROAD",
      "--set",
      "financingChain.patientPublicCapital=MEDIUM"
    };
    cases.add(Arguments.of("what-if.txt", whatIf));
    cases.add(Arguments.of("what-if.nl.txt", with(whatIf, "--lang", "nl")));
    cases.add(Arguments.of("what-if.json", with(whatIf, "--format", "json")));
    cases.add(Arguments.of("what-if.html", with(whatIf, "--format", "html")));
    cases.add(Arguments.of("what-if.nl.html", with(whatIf, "--format", "html", "--lang", "nl")));
    String[] sensitivity = {
      "sensitivity",
      "facts/uncertain/netherlands-uncertain.yaml",
      "--benchmark",
      "facts/flanders.yaml",
      "--samples",
      "2000",
      "--seed",
      "7"
    };
    cases.add(Arguments.of("sensitivity.txt", sensitivity));
    cases.add(Arguments.of("sensitivity.nl.txt", with(sensitivity, "--lang", "nl")));
    cases.add(Arguments.of("sensitivity.json", with(sensitivity, "--format", "json")));
    String[] explain = {
      "explain",
      "facts/netherlands.yaml",
      "L3.EARLY_RND_SUBSIDIES",
      "--benchmark",
      "facts/flanders.yaml"
    };
    cases.add(Arguments.of("explain.txt", explain));
    cases.add(Arguments.of("explain.nl.txt", with(explain, "--lang", "nl")));
    cases.add(Arguments.of("explain.json", with(explain, "--format", "json")));
    cases.add(Arguments.of("explain.html", with(explain, "--format", "html")));
    cases.add(Arguments.of("explain.nl.html", with(explain, "--format", "html", "--lang", "nl")));
    return cases.stream();
  }

  private static String[] with(String[] base, String... more) {
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @ParameterizedTest(name = "{0} matches its golden file")
  @MethodSource("cases")
  void outputMatchesItsGoldenFile(String golden, String[] args) throws IOException {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run.err());
    Path file = GOLDEN.resolve(golden);
    if (UPDATE) {
      Files.writeString(file, run.out(), StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(file), file + " is missing: run with -Dkoploper.golden.update=true");
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), run.out());
  }
}
