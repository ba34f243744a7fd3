package nl.koploper.report;

import static nl.koploper.report.HtmlPageChecks.all;
import static nl.koploper.report.HtmlPageChecks.wellFormedPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.koploper.api.Advisor;
import nl.koploper.api.Language;
import nl.koploper.api.WhatIf;
import nl.koploper.facts.FactChange;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WhatIfHtmlTest {
  private static final Advisor ADVISOR = Advisor.bundled();

  private static Facts facts(String name) throws Exception {
    return FactsLoader.load(Path.of("facts", name + ".yaml"));
  }

  private static WhatIf netherlands(Language language, String... sets) throws Exception {
    return WhatIf.run(
        ADVISOR,
        facts("netherlands"),
        facts("flanders"),
        language,
        FactChange.parseAll(List.of(sets)));
  }

  /** Both of the golden what-if's changes: two recommendations go, the rest move up. */
  private static WhatIf broadAndMedium(Language language) throws Exception {
    return netherlands(
        language,
        "earlyFunding.earlyRndSubsidies=BROAD",
        "financingChain.patientPublicCapital=MEDIUM");
  }

  private static Facts yaml(String text) {
    return FactsLoader.load(text.getBytes(StandardCharsets.UTF_8), "test.yaml");
  }

  @ParameterizedTest(name = "{0}: a whole page, one h1, headings in order, nothing fetched")
  @EnumSource(Language.class)
  void isAWholeAccessiblePageNeedingNothingFromOutside(Language language) throws Exception {
    String html = WhatIfReport.html(broadAndMedium(language));
    wellFormedPage(html, language.tag());
    assertEquals(
        List.of("changes", "recommendations", "lessons"), all("<h2 id=\"([a-z]+)\">", html));
  }

  @Test
  void holdsTheContentOfTheText() throws Exception {
    WhatIf w = broadAndMedium(Language.EN);
    String html = WhatIfReport.html(w);
    assertTrue(
        html.contains(
            "<h1>Koploper what-if: Nederland <span class=\"nowrap\">(NL)</span> against"
                + " Vlaanderen <span class=\"nowrap\">(BE-VLG)</span></h1>"),
        html);
    assertTrue(
        html.contains(
            "<tr><th scope=\"row\"><code>earlyFunding.earlyRndSubsidies</code></th>"
                + "<td>NONE</td><td>BROAD</td></tr>"),
        html);
    assertTrue(
        html.contains("<h2 id=\"recommendations\">Recommendations: 13 before, 11 after</h2>"));
    assertTrue(
        html.contains(
            "<tr><td><span class=\"nowrap\"><span aria-hidden=\"true\">-</span> removed</span></td>"
                + "<th scope=\"row\">Project subsidies for early R&amp;D of companies<br>"
                + "<code>L3.EARLY_RND_SUBSIDIES</code></th>"
                + "<td class=\"num\">1 → –</td><td class=\"num\">90.0 → –</td></tr>"),
        html);
    assertTrue(
        html.contains(
            "<tr><td><span class=\"nowrap\"><span aria-hidden=\"true\">↑</span> up</span></td>"
                + "<th scope=\"row\">Policy instruments kept in place for at least eight years<br>"
                + "<code>L3.POLICY_CONTINUITY</code></th>"
                + "<td class=\"num\">3 → 1</td><td class=\"num\">80.0 → 80.0</td></tr>"),
        html);
    // every code the what-if names is a row, in the text's order: removed, then moved
    List<String> codes = all("<br><code>(L[^<]+)</code></th><td class=\"num\">", html);
    List<String> expected = new java.util.ArrayList<>(w.removed());
    w.moved().forEach(m -> expected.add(m.code()));
    assertEquals(expected, codes);
    assertTrue(
        html.contains(
            "<tr><td class=\"num\">3</td><th scope=\"row\">Early funding</th>"
                + "<td class=\"num\">16.7</td><td class=\"num\">50.0</td>"
                + "<td class=\"num\">+33.3</td></tr>"),
        html);
    assertTrue(
        html.contains(
            "<tr><td class=\"num\">1</td><th scope=\"row\">Knowledge base</th>"
                + "<td class=\"num\">33.3</td><td class=\"num\">33.3</td>"
                + "<td class=\"num\"></td></tr>"),
        "an unchanged lesson has no difference");
  }

  @Test
  void saysEachMarkInAWordBesideTheArrow() throws Exception {
    // From BROAD back to NONE: the recommendation comes back and the others move down.
    Facts broad =
        FactChange.parse("earlyFunding.earlyRndSubsidies=BROAD").apply(facts("netherlands"));
    WhatIf w =
        WhatIf.run(
            ADVISOR,
            broad,
            facts("flanders"),
            Language.EN,
            FactChange.parseAll(List.of("earlyFunding.earlyRndSubsidies=NONE")));
    String html = WhatIfReport.html(w);
    assertTrue(
        html.contains(
            "<td><span class=\"nowrap\"><span aria-hidden=\"true\">+</span> added</span></td>"),
        html);
    assertTrue(
        html.contains(
            "<td><span class=\"nowrap\"><span aria-hidden=\"true\">↓</span> down</span></td>"),
        html);
    assertFalse(html.contains("> up</span>"), html);
    assertFalse(html.contains("> removed</span>"), html);
  }

  @Test
  void unchangedAdviceSaysSoWithoutATable() throws Exception {
    String html =
        WhatIfReport.html(netherlands(Language.EN, "earlyFunding.earlyRndSubsidies=NONE"));
    assertTrue(html.contains("<p>No recommendation added, removed or moved.</p>"), html);
    assertTrue(html.contains("Recommendations: 13 before, 13 after"));
    assertFalse(html.contains("Rank (before"), "no table of moves");
  }

  @Test
  void changedAdviceDoesNotSayItIsUnchanged() throws Exception {
    String html = WhatIfReport.html(broadAndMedium(Language.EN));
    assertFalse(html.contains("No recommendation added, removed or moved."));
    assertTrue(html.contains("<th scope=\"col\" class=\"num\">Rank (before → after)</th>"));
  }

  @Test
  void aLessonThatBecomesKnownSaysSoInWords() {
    Facts bare = yaml("schema: koploper/facts/v1\nregion: {code: XX, name: Bare}\n");
    WhatIf w =
        WhatIf.run(
            ADVISOR,
            bare,
            null,
            Language.EN,
            FactChange.parseAll(List.of("knowledgeBase.techMedicalCollaboration=AD_HOC")));
    String html = WhatIfReport.html(w);
    assertTrue(
        html.contains(
            "<th scope=\"row\">Knowledge base</th><td class=\"num\">–</td><td class=\"num\">"),
        html);
    assertTrue(html.contains("<td class=\"num\">now known</td>"), html);
    assertFalse(html.contains("now unknown"));
    String back =
        WhatIfReport.html(
            WhatIf.run(
                ADVISOR,
                FactChange.parse("knowledgeBase.techMedicalCollaboration=AD_HOC").apply(bare),
                null,
                Language.NL,
                FactChange.parseAll(List.of("knowledgeBase.techMedicalCollaboration="))));
    assertTrue(back.contains("<td class=\"num\">nu onbekend</td>"), back);
    assertTrue(back.contains("<td>AD_HOC</td><td>onbekend</td>"), back);
  }

  @Test
  void writesDutchWordsAndNumbersInDutch() throws Exception {
    String html = WhatIfReport.html(broadAndMedium(Language.NL));
    assertTrue(html.contains("<h1>Koploper wat-als: Nederland"));
    assertTrue(html.contains("<span aria-hidden=\"true\">↑</span> omhoog</span></td>"));
    assertTrue(html.contains("<span aria-hidden=\"true\">-</span> vervallen</span></td>"));
    assertTrue(html.contains("<td class=\"num\">+33,3</td>"));
    assertTrue(html.contains("<th scope=\"col\" class=\"num\">Plaats (vooraf → daarna)</th>"));
    for (String english : List.of(" up<", "removed", " against ", "Lessons", "33.3", "Before")) {
      assertFalse(html.contains(english), english);
    }
  }

  @Test
  void writesEnglishNumbersInEnglish() throws Exception {
    String html = WhatIfReport.html(broadAndMedium(Language.EN));
    assertTrue(html.contains("+33.3"));
    assertFalse(html.contains("33,3"));
  }

  @Test
  void escapesTextFromFacts() {
    Facts hostile =
        yaml(
            "schema: koploper/facts/v1\n"
                + "region: {code: XX, name: \"<b>Tom & 'Jerry'</b><script>x</script>\"}\n"
                + "earlyFunding: {earlyRndSubsidies: NONE}\n");
    String html =
        WhatIfReport.html(
            WhatIf.run(
                ADVISOR,
                hostile,
                null,
                Language.EN,
                FactChange.parseAll(List.of("earlyFunding.earlyRndSubsidies=BROAD"))));
    wellFormedPage(html, "en");
    assertFalse(html.contains("<b>"), html);
    assertFalse(html.contains("<script"), html);
    assertTrue(
        html.contains(
            "&lt;b&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;&lt;script&gt;x&lt;/script&gt;"
                + " <span class=\"nowrap\">(XX)</span></h1>"),
        html);
    assertTrue(html.contains("<title>Koploper what-if: &lt;b&gt;Tom"), html);
  }

  @Test
  void withoutABenchmarkTheHeadingNamesOnlyTheRegion() throws Exception {
    WhatIf w =
        WhatIf.run(
            ADVISOR,
            facts("netherlands"),
            null,
            Language.EN,
            FactChange.parseAll(List.of("earlyFunding.earlyRndSubsidies=BROAD")));
    String html = WhatIfReport.html(w);
    assertTrue(
        html.contains("<h1>Koploper what-if: Nederland <span class=\"nowrap\">(NL)</span></h1>"));
    assertFalse(html.contains("Vlaanderen"));
  }

  @Test
  void theSameWhatIfGivesTheSameBytes() throws Exception {
    assertEquals(
        WhatIfReport.html(broadAndMedium(Language.NL)),
        WhatIfReport.html(broadAndMedium(Language.NL)));
    assertFalse(
        WhatIfReport.html(broadAndMedium(Language.NL))
            .equals(WhatIfReport.html(broadAndMedium(Language.EN))));
  }

  @Test
  void anEstimateBeforeOrAfterAChangeIsMarkedInTheTextAndThePageAndOnlyThen() throws Exception {
    WhatIf w =
        netherlands(
            Language.NL,
            "financingChain.patientPublicCapital=LOW",
            "earlyFunding.earlyRndSubsidies={estimate: SCARCE}");
    String text = WhatIfReport.text(w);
    assertTrue(text.contains("financingChain.patientPublicCapital  LOW (schatting) → LOW\n"), text);
    assertTrue(
        text.contains("earlyFunding.earlyRndSubsidies       NONE → SCARCE (schatting)\n"), text);
    String html = WhatIfReport.html(w);
    assertTrue(html.contains("<td>LOW (schatting)</td><td>LOW</td>"), html);
    assertTrue(html.contains("<td>NONE</td><td>SCARCE (schatting)</td>"), html);
    String plain = WhatIfReport.text(broadAndMedium(Language.NL));
    assertTrue(plain.contains("NONE → BROAD\n"), "a certain value is not marked: " + plain);
  }
}
