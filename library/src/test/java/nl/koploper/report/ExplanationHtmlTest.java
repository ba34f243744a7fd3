package nl.koploper.report;

import static nl.koploper.report.HtmlPageChecks.all;
import static nl.koploper.report.HtmlPageChecks.wellFormedPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import nl.koploper.api.Advisor;
import nl.koploper.api.Evidence;
import nl.koploper.api.Explanation;
import nl.koploper.api.Language;
import nl.koploper.api.Priority;
import nl.koploper.api.Recommendation;
import nl.koploper.api.RegionRef;
import nl.koploper.api.RuleSetInfo;
import nl.koploper.api.ScoreFactor;
import nl.koploper.api.WhatIf;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExplanationHtmlTest {
  private static final Advisor ADVISOR = Advisor.bundled();
  private static final String CODE = "L3.EARLY_RND_SUBSIDIES";
  private static final ExplainedFiles FILES =
      new ExplainedFiles("facts/netherlands.yaml", "facts/flanders.yaml", null);
  private static final Function<Explanation.WayOut, String> LINKS =
      way ->
          "/what-if?f=FACTS&"
              + String.join(
                  "&", way.factChanges().stream().map(c -> "set=" + c.assignment()).toList());

  private static Facts facts(String name) throws Exception {
    return FactsLoader.load(Path.of("facts", name + ".yaml"));
  }

  private static Explanation netherlands(Language language, boolean benchmark) throws Exception {
    return Explanation.explain(
        ADVISOR, facts("netherlands"), benchmark ? facts("flanders") : null, CODE, language);
  }

  /** A made-up explanation, its texts given by the caller, to reach cases no real region has. */
  private static Explanation madeUp(
      String region,
      String text,
      boolean estimates,
      List<Explanation.WayOut> ways,
      boolean complete) {
    Recommendation r =
        new Recommendation(
            1,
            "L1.X",
            1,
            Priority.LOW,
            12.5,
            text,
            text,
            text,
            List.of(text),
            List.of(
                new Evidence(
                    "knowledgeBase.jointInstitutes", text, text, text, estimates, estimates)),
            List.of(new ScoreFactor("gap", 12.5, text)),
            "rule " + text);
    return new Explanation(
        new RegionRef("XX", region),
        new RegionRef("YY", region + " 2"),
        new RuleSetInfo("<dir>", "0123456789abcdef0123", 1),
        Language.EN,
        r,
        1,
        null,
        null,
        text,
        text + ".drl",
        List.of(new Explanation.Reading("knowledgeBase.jointInstitutes", 1, 3)),
        ways,
        ways.size(),
        7,
        complete);
  }

  private static Explanation.WayOut way(String fact, Object from, Object to) {
    return new Explanation.WayOut(List.of(new WhatIf.Change(fact, from, to)));
  }

  @ParameterizedTest(name = "{0}: a whole page, one h1, headings in order, nothing fetched")
  @EnumSource(Language.class)
  void isAWholeAccessiblePageNeedingNothingFromOutside(Language language) throws Exception {
    String html = ExplanationReport.html(netherlands(language, true), FILES, LINKS);
    wellFormedPage(html, language.tag());
    assertEquals(
        List.of("recommendation", "rank", "matched", "reads", "score", "ways"),
        all("<h2 id=\"([a-z]+)\">", html));
  }

  @Test
  void holdsTheContentOfTheText() throws Exception {
    Explanation e = netherlands(Language.EN, true);
    String html = ExplanationReport.html(e, FILES, null);
    assertTrue(
        html.contains(
            "<h1>Koploper explanation: <code>L3.EARLY_RND_SUBSIDIES</code> for Nederland <span"
                + " class=\"nowrap\">(NL)</span> against Vlaanderen <span"
                + " class=\"nowrap\">(BE-VLG)</span></h1>"),
        html);
    assertTrue(
        html.contains(
            "<title>Koploper explanation: L3.EARLY_RND_SUBSIDIES for Nederland (NL) against Vlaanderen (BE-VLG)</title>"));
    assertTrue(html.contains("<p class=\"muted\">Rule set: bundled, "));
    assertTrue(
        html.contains(
            "<span class=\"badge p-critical\">CRITICAL</span> · Score 90.0 · <code>L3.EARLY_RND_SUBSIDIES</code>"),
        html);
    assertTrue(html.contains("<p><strong>Lesson:</strong> 3 Early funding</p>"));
    assertTrue(
        html.contains("<p><strong>File:</strong> <code>lesson-3-early-funding.drl</code></p>"));
    assertTrue(
        html.contains("<p>Rank 1 of 13, by score (highest first), then lesson, then code</p>"));
    assertTrue(
        html.contains("<th scope=\"row\"><code>L4.PATIENT_PUBLIC_CAPITAL</code> (below)</th>"),
        html);
    assertFalse(html.contains("(above)"), "the first has none above");
    for (Explanation.Reading x : e.reads()) {
      assertTrue(html.contains("<th scope=\"row\"><code>" + x.fact() + "</code></th>"), x.fact());
    }
    for (ScoreFactor f : e.recommendation().scoreBreakdown()) {
      assertTrue(html.contains("(<code>" + f.factor() + "</code>)</td>"), f.factor());
    }
    assertTrue(html.contains("<td class=\"num\">+60.0</td>"));
    assertTrue(
        html.contains(
            "<h2 id=\"score\">Score 90.0: the sum of its factors, clamped to 0–100</h2>"));
    assertTrue(html.contains("<p>Searched in " + e.searched() + " runs of the rules"), html);
  }

  @Test
  void aRecommendationInTheMiddleNamesTheOneAboveAndBelow() throws Exception {
    Explanation e =
        Explanation.explain(
            ADVISOR, facts("netherlands"), facts("flanders"), "L3.POLICY_CONTINUITY", Language.EN);
    String html = ExplanationReport.html(e, FILES, null);
    assertTrue(html.contains("<code>" + e.above().code() + "</code> (above)</th>"), html);
    assertTrue(html.contains("<code>" + e.below().code() + "</code> (below)</th>"), html);
    assertTrue(html.contains("<strong><code>L3.POLICY_CONTINUITY</code></strong></th>"));
  }

  @Test
  void withoutLinksEachWayOutShowsTheWhatIfCommandAsTheTextDoes() throws Exception {
    Explanation e = netherlands(Language.EN, true);
    String html = ExplanationReport.html(e, FILES, null);
    String text = ExplanationReport.text(e, FILES);
    assertFalse(e.clearedBy().isEmpty());
    for (Explanation.WayOut way : e.clearedBy()) {
      String command = FILES.whatIf(way, Language.EN);
      assertTrue(text.contains("$ " + command));
      assertTrue(
          html.contains("<strong>Command:</strong> <code>" + HtmlText.escape(command) + "</code>"),
          command);
    }
    assertTrue(
        html.contains("<li><code>earlyFunding.earlyRndSubsidies</code>: NONE → AVAILABLE</li>"));
    assertFalse(html.contains("<a "), "no link where none was given");
  }

  @Test
  void withLinksEachWayOutLinksToItsWhatIfAndShowsNoCommand() throws Exception {
    Explanation e = netherlands(Language.EN, true);
    String html = ExplanationReport.html(e, FILES, LINKS);
    assertFalse(html.contains("koploper what-if"), "a command a web reader cannot run");
    assertFalse(html.contains("Command:"));
    List<String> hrefs = all("<a href=\"([^\"]*)\">", html);
    assertEquals(
        List.of(
            "/what-if?f=FACTS&amp;set=earlyFunding.earlyRndSubsidies=AVAILABLE",
            "/what-if?f=FACTS&amp;set=earlyFunding.earlyRndSubsidies=BROAD"),
        hrefs);
    assertTrue(
        html.contains(">See the advice with earlyFunding.earlyRndSubsidies = AVAILABLE</a>"), html);
  }

  @Test
  void aLinkIsEscapedForItsAttributeAndAWayWithoutOneShowsOnlyItsChanges() {
    Explanation e =
        madeUp(
            "Region",
            "text",
            false,
            List.of(
                way("knowledgeBase.jointInstitutes", 1, 3),
                way("knowledgeBase.jointInstitutes", 1, 4)),
            true);
    String html =
        ExplanationReport.html(
            e,
            new ExplainedFiles("f.yaml", null, null),
            w -> w.changes().get(0).to().equals(3) ? "/x?a=\"><script>&b=1" : null);
    assertTrue(html.contains("<a href=\"/x?a=&quot;&gt;&lt;script&gt;&amp;b=1\">"), html);
    assertEquals(1, all("(<a )", html).size(), "the second way has no link");
    assertTrue(html.contains("<li><code>knowledgeBase.jointInstitutes</code>: 1 → 4</li>"));
    assertFalse(html.contains("koploper what-if"), "and no command either");
  }

  @Test
  void aWayOutOfSeveralChangesListsEachAndNamesThemAllInItsLink() {
    Explanation.WayOut pair =
        new Explanation.WayOut(
            List.of(
                new WhatIf.Change("knowledgeBase.jointInstitutes", 1, 3),
                new WhatIf.Change("ecosystem.anchorFirms", List.of("A", "B"), List.of())));
    String html =
        ExplanationReport.html(madeUp("R", "t", false, List.of(pair), true), FILES, LINKS);
    assertTrue(
        html.contains(
            "<li><code>knowledgeBase.jointInstitutes</code>: 1 → 3</li>\n"
                + "<li><code>ecosystem.anchorFirms</code>: [A, B] → []</li>"),
        html);
    assertTrue(
        html.contains(
            ">See the advice with knowledgeBase.jointInstitutes = 3, ecosystem.anchorFirms ="
                + " []</a>"),
        html);
  }

  @Test
  void saysHowManyWereFoundWhereNotAllAreListed() {
    Explanation listed =
        madeUp("R", "t", false, List.of(way("knowledgeBase.jointInstitutes", 1, 3)), true);
    Explanation more =
        new Explanation(
            listed.region(),
            listed.benchmark(),
            listed.ruleSet(),
            listed.language(),
            listed.recommendation(),
            listed.recommendations(),
            null,
            null,
            listed.lessonTitle(),
            listed.ruleFile(),
            listed.reads(),
            listed.clearedBy(),
            12,
            listed.searched(),
            true);
    assertTrue(
        ExplanationReport.html(more, FILES, null).contains("<p>Showing 1 of the 12 found.</p>"));
    assertFalse(ExplanationReport.html(listed, FILES, null).contains("Showing"));
  }

  @Test
  void escapesTextFromFactsAndRules() {
    String hostile = "<b>Tom & \"Jerry's\"</b>";
    Explanation e =
        madeUp(
            hostile,
            "<script>alert(1)</script>",
            false,
            List.of(way("knowledgeBase.jointInstitutes", 1, 3)),
            true);
    String html =
        ExplanationReport.html(e, new ExplainedFiles("it's <here>.yaml", null, null), null);
    wellFormedPage(html, "en");
    assertFalse(html.contains("<b>"), html);
    assertFalse(html.contains("<script"), html);
    assertTrue(
        html.contains(
            "&lt;b&gt;Tom &amp; &quot;Jerry&#39;s&quot;&lt;/b&gt; <span class=\"nowrap\">(XX)</span>"));
    assertTrue(html.contains("<title>Koploper explanation: L1.X for &lt;b&gt;Tom"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // the command names the file quoted for a shell, and the page escapes that
    assertTrue(
        html.contains(
            "<code>koploper what-if &#39;it&#39;\\&#39;&#39;s &lt;here&gt;.yaml&#39; --set"),
        html);
  }

  @Test
  void aPlainNameIsWrittenAsItIs() throws Exception {
    String html = ExplanationReport.html(netherlands(Language.EN, true), FILES, null);
    assertTrue(
        html.contains("<th scope=\"col\">Nederland</th><th scope=\"col\">Vlaanderen</th>"), html);
    assertFalse(html.contains("&amp;amp;"), "escaped twice");
  }

  @Test
  void writesDutchWordsAndNumbersInDutch() throws Exception {
    String html = ExplanationReport.html(netherlands(Language.NL, true), FILES, LINKS);
    assertTrue(html.contains("<html lang=\"nl\">"));
    assertTrue(
        html.contains("Koploper-uitleg: <code>L3.EARLY_RND_SUBSIDIES</code> voor Nederland"));
    assertTrue(html.contains("vergeleken met Vlaanderen"));
    assertTrue(
        html.contains("<span class=\"badge p-critical\">ZEER HOOG</span> · Score 90,0"), html);
    assertTrue(html.contains("<td class=\"num\">+60,0</td>"));
    assertTrue(html.contains("<h2 id=\"ways\">Uitwegen</h2>"));
    assertTrue(
        html.contains(">Bekijk het advies met earlyFunding.earlyRndSubsidies = AVAILABLE</a>"));
    assertTrue(html.contains("<td>ruim (schatting)</td>"), "the benchmark's estimate, in Dutch");
    for (String english :
        List.of("CRITICAL", " against ", "Ways out", "90.0", "(estimate)", "(<code>gap</code>)")) {
      assertFalse(html.contains(english), english);
    }
  }

  @Test
  void writesEnglishNumbersInEnglish() throws Exception {
    String html = ExplanationReport.html(netherlands(Language.EN, true), FILES, LINKS);
    assertTrue(html.contains("Score 90.0"));
    assertFalse(html.contains("90,0"));
    assertTrue(html.contains("BROAD (estimate)"));
  }

  @Test
  void withoutABenchmarkThereIsNoBenchmarkColumnNorCommandOption() throws Exception {
    ExplainedFiles alone = new ExplainedFiles("facts/netherlands.yaml", null, null);
    String html = ExplanationReport.html(netherlands(Language.EN, false), alone, null);
    wellFormedPage(html, "en");
    assertFalse(html.contains("Vlaanderen"), html);
    assertFalse(html.contains(" against "));
    assertFalse(html.contains("--benchmark"));
    assertTrue(
        html.contains("<tr><th scope=\"col\">Fact</th><th scope=\"col\">Nederland</th></tr>"),
        html);
    assertTrue(
        html.contains(
            "<tr><th scope=\"col\">Fact</th><th scope=\"col\">Value</th><th scope=\"col\">Expected</th></tr>"),
        html);
  }

  @Test
  void noWayOutFoundSaysSoAndListsNone() {
    String html = ExplanationReport.html(madeUp("R", "t", false, List.of(), true), FILES, LINKS);
    assertTrue(
        html.contains(
            "<p>No set of up to 3 changes to the facts the rule reads makes it go away (7 runs of the rules).</p>"),
        html);
    assertFalse(html.contains("<ol class=\"ways\">"));
    assertFalse(html.contains("Searched in"));
  }

  @Test
  void aSearchCutShortSaysThereMayBeOtherWaysOut() {
    String none = ExplanationReport.html(madeUp("R", "t", false, List.of(), false), FILES, LINKS);
    assertTrue(none.contains("<p>The search stopped at its cap of 7 runs of the rules"), none);
    assertFalse(none.contains("No set of up to"));
    String some =
        ExplanationReport.html(
            madeUp("R", "t", false, List.of(way("knowledgeBase.jointInstitutes", 1, 3)), false),
            FILES,
            LINKS);
    assertTrue(some.contains("<ol class=\"ways\">"));
    assertTrue(some.contains("<p>The search stopped at its cap of 7 runs of the rules"), some);
  }

  @Test
  void marksEstimatesAsTheTextDoes() {
    String html = ExplanationReport.html(madeUp("R", "v", true, List.of(), true), FILES, null);
    assertTrue(
        html.contains("<h2 id=\"recommendation\">1. v — rests only on estimates</h2>"), html);
    assertTrue(html.contains("<td>v (estimate)</td><td>v</td><td>v (estimate)</td>"), html);
  }

  @Test
  void marksNoEstimateWhereThereIsNone() {
    String html = ExplanationReport.html(madeUp("R", "v", false, List.of(), true), FILES, null);
    assertTrue(html.contains("<h2 id=\"recommendation\">1. v</h2>"), html);
    assertFalse(html.contains("estimate"), html);
  }

  @Test
  void theSameExplanationGivesTheSameBytes() throws Exception {
    String first = ExplanationReport.html(netherlands(Language.NL, true), FILES, LINKS);
    String second = ExplanationReport.html(netherlands(Language.NL, true), FILES, LINKS);
    assertEquals(first, second);
    assertFalse(first.equals(ExplanationReport.html(netherlands(Language.EN, true), FILES, LINKS)));
  }

  @Test
  void refusesAMissingExplanationOrFiles() throws Exception {
    Explanation e = netherlands(Language.EN, true);
    assertTrue(
        assertThrows(NullPointerException.class, () -> ExplanationReport.html(null, FILES, null))
            .getMessage()
            .contains("explanation"));
    assertTrue(
        assertThrows(NullPointerException.class, () -> ExplanationReport.html(e, null, null))
            .getMessage()
            .contains("files"));
  }
}
