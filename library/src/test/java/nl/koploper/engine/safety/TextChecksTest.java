package nl.koploper.engine.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.koploper.engine.RuleFiles;
import nl.koploper.engine.RuleProblem;
import org.junit.jupiter.api.Test;

/** Texts are MessageFormat patterns written to terminals: each must parse, stay small, be clean. */
class TextChecksTest {
  private static List<RuleProblem> check(String properties) {
    return TextChecks.check(new RuleFiles("r", Map.of("texts.en.properties", properties)));
  }

  private static void assertRefusedAt(String properties, int line, String said) {
    List<RuleProblem> problems = check(properties);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).toString().startsWith("r/texts.en.properties:" + line + ": "),
        problems.toString());
    assertTrue(problems.get(0).message().contains(said), problems.toString());
  }

  @Test
  void aMalformedPatternIsRefusedAtItsLine() {
    assertRefusedAt(
        "# a comment\nok = fine {0}\nbad = broken {0\n", 3, "not a valid MessageFormat");
  }

  @Test
  void aPatternNestedDeeperThanFourIsRefused() {
    String deep = "{0,choice,0#".repeat(10) + "x" + "}".repeat(10);
    assertRefusedAt("deep = " + deep + "\n", 1, "nests its arguments more than 4 deep");
  }

  @Test
  void anEscapeSequenceInATitleIsRefused() {
    assertRefusedAt("x.title = Red \\u001b[31malert\n", 1, "control character U+001B");
    assertRefusedAt("x.title = right\\u202eto left\n", 1, "control character U+202E");
  }

  @Test
  void anOverlongTextIsRefused() {
    assertRefusedAt("long = " + "a".repeat(2001) + "\n", 1, "2001 characters long");
  }

  @Test
  void aContinuedLineIsReportedWhereItStarts() {
    assertRefusedAt("a = one\nb = two \\\n   {1\n", 2, "not a valid MessageFormat");
  }

  @Test
  void plainTextsWithArgumentsQuotesAndChoicesPass() {
    assertEquals(
        List.of(),
        check(
            "a = It''s {0,number,#,##0.#} of {1}\n"
                + "b = {0,choice,0#none|1#one|1<{0,number,integer} many}\n"
                + "c = Ça va, één\n"));
  }
}
