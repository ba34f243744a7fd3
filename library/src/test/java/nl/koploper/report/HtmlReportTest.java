package nl.koploper.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koploper.api.Advisor;
import nl.koploper.api.Assessment;
import nl.koploper.api.Language;
import nl.koploper.api.Priority;
import nl.koploper.api.Recommendation;
import nl.koploper.api.RegionRef;
import nl.koploper.facts.FactsLoader;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final Advisor ADVISOR = Advisor.bundled();

  private static Assessment netherlandsAgainstFlanders(Language language) throws Exception {
    return ADVISOR.assess(
        FactsLoader.load(Path.of("facts/netherlands.yaml")),
        FactsLoader.load(Path.of("facts/flanders.yaml")),
        language);
  }

  private static List<String> all(String regex, String html) {
    Matcher m = Pattern.compile(regex).matcher(html);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void needsNothingFromOutsideTheFile() throws Exception {
    for (Language language : Language.values()) {
      String html = HtmlReport.render(netherlandsAgainstFlanders(language));
      String lower = html.toLowerCase(Locale.ROOT);
      assertFalse(lower.contains("http://"), "a URL");
      assertFalse(lower.contains("https://"), "a URL");
      assertFalse(lower.contains("<script"), "a script");
      assertFalse(lower.contains("<link"), "an external style sheet");
      assertFalse(lower.contains("@import"), "an imported style sheet");
      assertFalse(lower.contains("@font-face"), "a web font");
      assertFalse(lower.contains("url("), "a fetched resource in the style");
      assertFalse(Pattern.compile("\\s(src|href)=").matcher(lower).find(), "a fetched resource");
      assertTrue(lower.contains("<style>"));
    }
  }

  @Test
  void holdsEveryRecommendationInRankOrder() throws Exception {
    Assessment a = netherlandsAgainstFlanders(Language.EN);
    String html = HtmlReport.render(a);
    List<String> expected = a.recommendations().stream().map(Recommendation::code).toList();
    assertFalse(expected.isEmpty());
    assertEquals(
        expected,
        all("<article class=\"rec\"[^>]*>\n<h3>[^\n]*\n<p>.*?<code>([^<]+)</code>", html));
    for (Recommendation r : a.recommendations()) {
      assertTrue(
          html.contains(
              "<h3>"
                  + r.rank()
                  + ". "
                  + HtmlText.escape(MarkdownReportTest.firstLine(r))
                  + "</h3>"),
          r.code());
    }
    // The bar chart shows them in the same order.
    assertEquals(expected, all(">\\d+\\. (L\\d\\.[A-Z_]+)</text>", html));
  }

  @Test
  void hasOneH1AndHeadingsInOrder() throws Exception {
    String html = HtmlReport.render(netherlandsAgainstFlanders(Language.EN));
    List<String> levels = all("<h([1-6])[ >]", html);
    assertEquals("1", levels.get(0));
    assertEquals(1, levels.stream().filter("1"::equals).count());
    for (int i = 1; i < levels.size(); i++) {
      int step = Integer.parseInt(levels.get(i)) - Integer.parseInt(levels.get(i - 1));
      assertTrue(step <= 1, "heading h" + levels.get(i) + " after h" + levels.get(i - 1));
    }
    assertTrue(
        html.contains(
            "<h1>Koploper assessment: Nederland <span class=\"nowrap\">(NL)</span> against"
                + " Vlaanderen <span class=\"nowrap\">(BE-VLG)</span></h1>"),
        html);
    assertTrue(html.contains("<html lang=\"en\">"));
    assertTrue(html.contains("<meta name=\"viewport\""));
    assertTrue(html.contains("<h2 id=\"lessons\">Lessons</h2>"));
    assertTrue(html.contains("<h2 id=\"recommendations\">Recommendations (13)</h2>"));
    assertTrue(html.contains("<h2 id=\"gaps\">Data gaps ("));
  }

  @Test
  void headsEveryTableColumnAndNamesTheLessonRows() throws Exception {
    String html = HtmlReport.render(netherlandsAgainstFlanders(Language.EN));
    assertTrue(
        html.contains(
            "<tr><th scope=\"col\" class=\"num\">No.</th><th scope=\"col\">Lesson</th>"
                + "<th scope=\"col\" class=\"num\">Score</th>"
                + "<th scope=\"col\" class=\"num\">Vlaanderen</th>"
                + "<th scope=\"col\" class=\"num\">Data coverage</th></tr>"),
        html);
    assertTrue(html.contains("<th scope=\"row\">Knowledge base</th>"));
    assertTrue(html.contains("<th scope=\"col\">Fact</th><th scope=\"col\">Value</th>"));
    assertTrue(html.contains("<th scope=\"col\" class=\"num\">Points</th>"));
    assertFalse(html.contains("<th>"), "a header cell without scope");
  }

  @Test
  void drawsBothChartsAsDescribedImages() throws Exception {
    String html = HtmlReport.render(netherlandsAgainstFlanders(Language.EN));
    List<String> svgs = all("(<svg [^>]*>)", html);
    assertEquals(2, svgs.size(), html);
    for (String id : List.of("radar", "bars")) {
      assertTrue(
          html.contains(
              "<svg class=\"chart\" id=\""
                  + id
                  + "\" role=\"img\" aria-labelledby=\""
                  + id
                  + "-title "
                  + id
                  + "-desc\""),
          id);
      assertTrue(html.contains("<title id=\"" + id + "-title\">"), id);
      assertTrue(html.contains("<desc id=\"" + id + "-desc\">"), id);
    }
    String radar = all("<desc id=\"radar-desc\">([^<]*)</desc>", html).get(0);
    assertTrue(radar.contains("Nederland: Knowledge base 33.3; Valorisation 50.0;"), radar);
    assertTrue(radar.contains("Vlaanderen: Knowledge base 100.0;"), radar);
    String bars = all("<desc id=\"bars-desc\">([^<]*)</desc>", html).get(0);
    assertTrue(
        bars.contains(
            "1. L3.EARLY_RND_SUBSIDIES: 90.0 (CRITICAL); 2. L4.PATIENT_PUBLIC_CAPITAL: 90.0 (CRITICAL);"),
        bars);
    // The legend names every priority tier, and each bar says its tier in words.
    for (String tier : List.of("CRITICAL", "HIGH", "MEDIUM", "LOW")) {
      assertTrue(html.contains(">" + tier + "</text>"), tier);
    }
    assertTrue(html.contains(">90.0 CRITICAL</text>"));
  }

  @Test
  void writesDutchWordsAndNumbersInDutch() throws Exception {
    String html = HtmlReport.render(netherlandsAgainstFlanders(Language.NL));
    assertTrue(html.contains("<html lang=\"nl\">"));
    assertTrue(html.contains("16,7 euro per inwoner"), "a Dutch number from the rules");
    assertTrue(html.contains("<td class=\"num\">33,3</td>"), "a Dutch lesson score");
    assertTrue(html.contains(">90,0 ZEER HOOG</text>"), "a Dutch bar label");
    assertTrue(html.contains("<h2 id=\"lessons\">Lessen</h2>"));
    assertTrue(html.contains("Nederland: Kennisbasis 33,3; Valorisatie 50,0;"));
    assertFalse(html.contains("CRITICAL"));
    assertFalse(html.contains(" against "));
  }

  @Test
  void escapesTextFromFactsAndRules() {
    Assessment a =
        new Assessment(
            new RegionRef("XX", "<b>Tom & \"Jerry's\"</b>"),
            null,
            new nl.koploper.api.RuleSetInfo("<dir>", "0123456789abcdef0123", 1),
            Language.EN,
            List.of(),
            List.of(
                new Recommendation(
                    1,
                    "L1.X",
                    1,
                    Priority.LOW,
                    10,
                    "<script>alert(1)</script>",
                    "a < b",
                    "line one\nline two",
                    List.of("<i>"),
                    List.of(new nl.koploper.api.Evidence("f", "<v>", "<e>", null)),
                    List.of(new nl.koploper.api.ScoreFactor("gap", 10, "<why>")),
                    "rule & co")),
            List.of());
    String html = HtmlReport.render(a);
    assertFalse(html.contains("<b>"));
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("<i>"));
    assertTrue(html.contains("&lt;b&gt;Tom &amp; &quot;Jerry&#39;s&quot;&lt;/b&gt;"));
    assertTrue(html.contains("line one<br>line two"));
    assertTrue(html.contains("&lt;v&gt;") && html.contains("&lt;why&gt;"));
  }

  @Test
  void isTheSameForTheSameInput() throws Exception {
    Assessment a = netherlandsAgainstFlanders(Language.NL);
    assertEquals(HtmlReport.render(a), HtmlReport.render(a));
    assertEquals(HtmlReport.render(a), HtmlReport.render(netherlandsAgainstFlanders(Language.NL)));
  }

  @Test
  void leavesAGapWhereAScoreIsUnknown() {
    List<String> axes = List.of("A", "B", "C", "D", "E", "F", "G");
    RadarChart.Series partial =
        new RadarChart.Series("Partland", Arrays.asList(50.0, null, 50.0, 50.0, null, 50.0, 50.0));
    String svg = new RadarChart(axes, List.of(partial)).svg("r", "t", "d");
    // Only the sides between two known scores: C–D, F–G and G–A; no closed, filled shape.
    assertFalse(svg.contains("<polygon points=\"320,120"), "a closed shape through the scores");
    List<String> paths = all("<path d=\"([^\"]*)\"", svg);
    assertEquals(1, paths.size());
    assertEquals(3, paths.get(0).split("M").length - 1, paths.get(0));
    // A dot for each of the five known scores, and one in the legend.
    assertEquals(6, svg.split("<circle").length - 1);

    Messages m = Messages.of(Language.EN);
    NumberFormat one = NumberFormat.getNumberInstance(Locale.ENGLISH);
    String words = RadarChart.describe(m, one, axes, List.of(partial));
    assertTrue(words.contains("Partland: A 50; B unknown; C 50;"), words);
    assertTrue(words.endsWith("An unknown score is left out, so the line has a gap there."));
  }

  @Test
  void overlaysAnyNumberOfSeriesEachWithItsOwnColourAndLegend() {
    List<String> axes = List.of("A", "B", "C", "D", "E", "F", "G");
    List<RadarChart.Series> series = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      series.add(
          new RadarChart.Series(
              "Region " + i, List.of(10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0 - i)));
    }
    String svg = new RadarChart(axes, series).svg("r", "t", "d");
    for (int i = 0; i < 5; i++) {
      assertTrue(svg.contains(">Region " + i + "</text>"), "legend " + i);
      assertTrue(svg.contains("stroke=\"" + Palette.series(i) + "\""), "colour " + i);
    }
    assertEquals(5, Palette.SERIES.subList(0, 5).stream().distinct().count());
  }

  @Test
  void coloursReadOnWhite() {
    List<String> colours = new ArrayList<>(Palette.SERIES);
    colours.add(Palette.TEXT);
    colours.add(Palette.MUTED);
    for (Priority p : Priority.values()) {
      colours.add(Palette.priority(p));
    }
    for (String c : colours) {
      double ratio = (1.05) / (luminance(c) + 0.05);
      assertTrue(ratio >= 4.5, c + " has a contrast of " + ratio + " against white");
    }
  }

  /** The relative luminance of WCAG 2.1. */
  private static double luminance(String hex) {
    double[] rgb = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }
}
