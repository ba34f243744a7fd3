package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.koploper.api.Advisor;
import nl.koploper.api.Language;
import nl.koploper.api.Recommendation;
import nl.koploper.facts.FactsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExplainCommandTest {
  private static final String NL = "facts/netherlands.yaml";
  private static final String VL = "facts/flanders.yaml";

  static Stream<String> codes() throws Exception {
    return Advisor.bundled()
        .assess(
            FactsLoader.load(java.nio.file.Path.of(NL)),
            FactsLoader.load(java.nio.file.Path.of(VL)),
            Language.EN)
        .recommendations()
        .stream()
        .map(Recommendation::code);
  }

  @ParameterizedTest(name = "every what-if command explain gives for {0} removes it")
  @MethodSource("codes")
  void everyWayOutRunWithTheWhatIfCommandRemovesTheRecommendation(String code) throws Exception {
    CliRun explain = CliRun.of("explain", NL, code, "--benchmark", VL, "--format", "json");
    assertEquals(0, explain.exitCode(), explain.err());
    List<String> commands = topLevelStrings(explain.out(), "whatIf");
    assertFalse(commands.isEmpty(), code + " has a way out");
    for (String command : commands) {
      List<String> args = words(command);
      assertEquals(List.of("koploper", "what-if", NL), args.subList(0, 3));
      CliRun whatIf = CliRun.of(with(args.subList(1, args.size()), "--format", "json"));
      assertEquals(0, whatIf.exitCode(), whatIf.err());
      assertTrue(
          topLevelStrings(whatIf.out(), "removed").contains(code), command + " removes " + code);
    }
  }

  @Test
  void aCodeThatDidNotFireIsExitTwoWithNothingOnStandardOutput() {
    CliRun run = CliRun.of("explain", NL, "L2.SPIN_OFFS", "--benchmark", VL);
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(
        run.err()
            .startsWith(
                "koploper explain: L2.SPIN_OFFS was not recommended for Nederland (NL) against"
                    + " Vlaanderen (BE-VLG); its recommendations are: L3.EARLY_RND_SUBSIDIES,"),
        run.err());
  }

  @Test
  void anUnknownCodeIsExitTwoListingTheCodes() {
    CliRun run = CliRun.of("explain", NL, "L3.EARLY_RND_SUBSIDY");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("did you mean L3.EARLY_RND_SUBSIDIES?"), run.err());
    assertTrue(run.err().contains("L1.JOINT_INSTITUTE"), run.err());
  }

  @Test
  void badFactsAreExitTwoWithNothingOnStandardOutput() {
    CliRun run =
        CliRun.of(
            "explain",
            "library/src/test/resources/facts/bad/does-not-exist.yaml",
            "L3.EARLY_RND_SUBSIDIES");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertFalse(run.err().isEmpty());
  }

  @Test
  void csvIsRefused() {
    CliRun run = CliRun.of("explain", NL, "L3.EARLY_RND_SUBSIDIES", "--format", "csv");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    String[] args = {"explain", NL, "L6.FASTER_TRIAL_APPROVAL", "--benchmark", VL};
    assertEquals(CliRun.of(args).out(), CliRun.of(args).out());
  }

  /** The strings of a top-level array field of a JSON object. */
  private static List<String> topLevelStrings(String json, String field) throws IOException {
    List<String> strings = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      int depth = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME && depth == 1 && p.currentName().equals(field)) {
          p.nextToken();
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            strings.add(p.getText());
          }
        }
      }
    }
    return strings;
  }

  private static String[] with(List<String> base, String... more) {
    List<String> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  /** The words of a command line as a POSIX shell splits it (single quotes only, as written). */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
        any = true;
      } else if (c == '\\' && !quoted && i + 1 < line.length()) {
        word.append(line.charAt(++i));
      } else if (c == ' ' && !quoted) {
        if (any || word.length() > 0) {
          words.add(word.toString());
        }
        word.setLength(0);
        any = false;
      } else {
        word.append(c);
      }
    }
    if (any || word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }
}
