package nl.koploper.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koploper.api.Advisor;
import nl.koploper.api.Assessment;
import nl.koploper.api.Language;
import nl.koploper.api.Recommendation;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  private static final Advisor ADVISOR = Advisor.bundled();

  private static Assessment netherlandsAgainstFlanders(Language language) throws Exception {
    Facts nl = FactsLoader.load(Path.of("facts/netherlands.yaml"));
    Facts vl = FactsLoader.load(Path.of("facts/flanders.yaml"));
    return ADVISOR.assess(nl, vl, language);
  }

  /** The codes of the recommendations, in the order their headings' code spans appear. */
  private static List<String> codes(String markdown) {
    Matcher m =
        Pattern.compile("(?m)^\\*\\*[^*]+\\*\\* · [^`]*`(L\\d\\.[A-Z_]+)`").matcher(markdown);
    List<String> codes = new ArrayList<>();
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  @Test
  void holdsEveryRecommendationInRankOrder() throws Exception {
    Assessment a = netherlandsAgainstFlanders(Language.EN);
    String md = MarkdownReport.render(a);
    List<String> expected = a.recommendations().stream().map(Recommendation::code).toList();
    assertFalse(expected.isEmpty());
    assertEquals(expected, codes(md));
    for (Recommendation r : a.recommendations()) {
      assertTrue(md.contains("### " + r.rank() + ". " + firstLine(r) + "\n"), r.code());
    }
  }

  /** A recommendation's title as its first line shows it, with the estimate note. */
  static String firstLine(Recommendation r) {
    return r.title() + EstimateMarks.firstLine(r, Messages.of(Language.EN));
  }

  @Test
  void summarisesRegionBenchmarkAndRuleSet() throws Exception {
    Assessment a = netherlandsAgainstFlanders(Language.EN);
    String md = MarkdownReport.render(a);
    assertTrue(
        md.startsWith("# Koploper assessment: Nederland (NL) against Vlaanderen (BE-VLG)\n\n"), md);
    String sha = a.ruleSet().sha256().substring(0, 12);
    assertTrue(
        md.contains("Rule set: bundled, " + a.ruleSet().rules() + " rules, sha256 `" + sha + "`"));
  }

  @Test
  void listsTheSevenLessonsAgainstTheBenchmark() throws Exception {
    String md = MarkdownReport.render(netherlandsAgainstFlanders(Language.EN));
    assertTrue(md.contains("| No. | Lesson | Score | Vlaanderen | Data coverage |\n"), md);
    for (int n = 1; n <= 7; n++) {
      assertTrue(Pattern.compile("(?m)^\\| " + n + " \\| ").matcher(md).find(), "lesson " + n);
    }
  }

  @Test
  void leavesTheBenchmarkColumnOutWithoutABenchmark() throws Exception {
    Assessment a = ADVISOR.assess(FactsLoader.load(Path.of("facts/netherlands.yaml")));
    String md = MarkdownReport.render(a);
    assertTrue(md.startsWith("# Koploper assessment: Nederland (NL)\n\n"), md);
    assertTrue(md.contains("| No. | Lesson | Score | Data coverage |\n|---:|---|---:|---:|\n"));
    assertEquals(a.recommendations().stream().map(Recommendation::code).toList(), codes(md));
  }

  @Test
  void speaksDutchWithDutchNumbers() throws Exception {
    Assessment a = netherlandsAgainstFlanders(Language.NL);
    String md = MarkdownReport.render(a);
    Recommendation first = a.recommendations().get(0);
    assertTrue(md.contains("| Nr. | Les | Score | Vlaanderen | Gegevensdekking |"), md);
    assertTrue(md.contains("| 1 | Kennisbasis | 33,3 | 100,0 | 50% |"), md);
    assertTrue(
        md.contains("**ZEER HOOG** · Score 90,0 · `" + first.code() + "` · Les " + first.lesson()),
        md);
    assertTrue(md.contains("**Actie:** "));
    assertTrue(md.contains("| Punten | Waarom |"));
    assertTrue(md.contains("| +60,0 | "));
    assertTrue(md.contains("**Wie kan handelen:** het Rijk, de provincie of regio"), md);
    assertTrue(md.contains("## Kerncijfers"), md);
    assertTrue(md.contains("## Ontbrekende gegevens ("));
    for (String english : List.of("Action", "Evidence", "Lessons", "Recommendations", "CRITICAL")) {
      assertFalse(md.contains(english), english);
    }
  }

  @Test
  void leavesUnderscoresInsideAWordAsTheyAre() {
    assertEquals("PROJECT_BASED \\_x\\_ a\\_\\_b", MarkdownReport.text("PROJECT_BASED _x_ a__b"));
  }

  @Test
  void escapesMarkupAndLineBreaksSoATableCellStaysOneCell() {
    assertEquals("a \\| b<br>c<br>d", MarkdownReport.text("a | b\r\nc\nd"));
    assertEquals(
        "\\*not bold\\* \\_x\\_ \\<b\\> \\[link\\] \\`x\\` \\\\",
        MarkdownReport.text("*not bold* _x_ <b> [link] `x` \\"));
    assertEquals(
        "`earlyFunding.earlyRndSubsidies`", MarkdownReport.code("earlyFunding.earlyRndSubsidies"));
    assertEquals("odd \\| path", MarkdownReport.code("odd | path"));
  }
}
