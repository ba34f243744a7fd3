package nl.koploper.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.koploper.api.Advisor;
import nl.koploper.api.Assessment;
import nl.koploper.api.Evidence;
import nl.koploper.api.Language;
import nl.koploper.api.Priority;
import nl.koploper.api.Recommendation;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import org.junit.jupiter.api.Test;

/** Estimates in the result: flagged in the evidence and the recommendation, and in every format. */
class EstimateMarksTest {
  private static final Advisor ADVISOR = Advisor.bundled();
  private static final String FACT = "financingChain.patientPublicCapital";

  private static Facts facts(String code, String patientCapital) throws Exception {
    return FactsLoader.parse(
        "schema: koploper/facts/v1\n"
            + "region: {code: "
            + code
            + ", name: R"
            + code
            + ", population: 1000000}\n"
            + "financingChain:\n"
            + "  patientPublicCapital: "
            + patientCapital
            + "\n",
        code + ".yaml",
        FactsLoader.Format.YAML);
  }

  private static Assessment assess(String ours, String theirs, Language language) throws Exception {
    return ADVISOR.assess(facts("AA", ours), facts("BB", theirs), language);
  }

  /** The recommendation whose evidence names the patient-capital fact. */
  private static Recommendation onPatientCapital(Assessment a) {
    return a.recommendations().stream()
        .filter(r -> r.evidence().stream().anyMatch(e -> e.fact().equals(FACT)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no recommendation rests on " + FACT));
  }

  @Test
  void flagsEvidenceAndTheRecommendationWhenEveryFactItRestsOnIsAnEstimate() throws Exception {
    Recommendation r = onPatientCapital(assess("{estimate: LOW, note: why}", "HIGH", Language.EN));
    assertTrue(r.evidence().stream().allMatch(Evidence::estimate), r.evidence().toString());
    assertTrue(r.restsOnEstimates());
  }

  @Test
  void flagsNothingWhenTheFactIsStatedPlainly() throws Exception {
    Recommendation r = onPatientCapital(assess("LOW", "HIGH", Language.EN));
    assertFalse(r.evidence().stream().anyMatch(Evidence::estimate));
    assertFalse(r.restsOnEstimates());
  }

  @Test
  void flagsTheBenchmarksEstimateApartFromTheRegions() throws Exception {
    Evidence e =
        onPatientCapital(assess("LOW", "{estimate: HIGH}", Language.EN)).evidence().stream()
            .filter(x -> x.fact().equals(FACT))
            .findFirst()
            .orElseThrow();
    assertFalse(e.estimate());
    assertTrue(e.benchmarkEstimate());
  }

  @Test
  void restsOnEstimatesOnlyWhenEveryPieceOfEvidenceIsOne() {
    Evidence guessed = new Evidence("a.b", "1", "2", null, true, false);
    Evidence known = new Evidence("a.c", "1", "2", null, false, false);
    assertTrue(recommendation(List.of(guessed, guessed)).restsOnEstimates());
    assertFalse(recommendation(List.of(guessed, known)).restsOnEstimates());
    assertFalse(recommendation(List.of()).restsOnEstimates());
  }

  private static Recommendation recommendation(List<Evidence> evidence) {
    return new Recommendation(
        1, "L1.X", 1, Priority.HIGH, 60, "t", "a", "r", List.of(), evidence, List.of(), "rule");
  }

  @Test
  void everyFormatMarksTheEstimateAndSaysSoOnTheRecommendationsFirstLine() throws Exception {
    Assessment en = assess("{estimate: LOW}", "{estimate: HIGH}", Language.EN);
    Recommendation r = onPatientCapital(en);
    String text = TextReport.render(en);
    String firstLine = text.lines().filter(l -> l.contains(r.code())).findFirst().orElseThrow();
    assertTrue(firstLine.endsWith("— rests only on estimates"), firstLine);
    assertTrue(text.contains(FACT + " = LOW (estimate)"), text);
    assertTrue(text.replaceAll("\\s+", " ").contains("RBB: HIGH (estimate))"), text);

    String markdown = MarkdownReport.render(en);
    assertTrue(markdown.contains(". " + r.title() + " — rests only on estimates\n"), markdown);
    assertTrue(markdown.contains("| LOW (estimate) |"), markdown);

    String html = HtmlReport.render(en);
    assertTrue(html.contains(r.title() + " — rests only on estimates</h3>"), html);
    assertTrue(html.contains("LOW (estimate)"), html);

    String csv = CsvReport.render(en);
    assertTrue(
        csv.startsWith("rank,")
            && csv.lines().findFirst().orElseThrow().endsWith(",rests on estimates"),
        csv);
    String row = csv.lines().filter(l -> l.contains(r.code())).findFirst().orElseThrow();
    assertTrue(row.endsWith(",true"), row);
    assertTrue(row.contains("LOW (estimate)"), row);

    String json = JsonReport.render(en);
    assertTrue(json.contains("\"estimate\": true"), json);
    assertTrue(json.contains("\"benchmarkEstimate\": true"), json);
    assertTrue(json.contains("\"restsOnEstimates\": true"), json);

    String dutch = TextReport.render(assess("{estimate: LOW}", "HIGH", Language.NL));
    assertTrue(dutch.contains("= laag (schatting)"), dutch);
    assertTrue(dutch.contains("— berust alleen op schattingen"), dutch);
  }

  @Test
  void noFormatMarksAnythingWhenNothingIsAnEstimate() throws Exception {
    Assessment plain = assess("LOW", "HIGH", Language.EN);
    for (String out :
        List.of(
            TextReport.render(plain),
            MarkdownReport.render(plain),
            HtmlReport.render(plain),
            CsvReport.render(plain).lines().skip(1).reduce("", String::concat))) {
      assertFalse(out.contains("(estimate)"), out);
      assertFalse(out.contains("rests only on estimates"), out);
    }
    String json = JsonReport.render(plain);
    assertFalse(json.contains("\"estimate\": true"), json);
    assertTrue(json.contains("\"restsOnEstimates\": false"), json);
  }

  @Test
  void theSameFactsAssessedWithAndWithoutTheEstimateDoNotShareMarks() throws Exception {
    // A warm advisor words a recommendation once per conclusion; the marks must still follow
    // the facts of each call.
    assertTrue(onPatientCapital(assess("{estimate: LOW}", "HIGH", Language.EN)).restsOnEstimates());
    assertFalse(onPatientCapital(assess("LOW", "HIGH", Language.EN)).restsOnEstimates());
    assertEquals(
        true, onPatientCapital(assess("{estimate: LOW}", "HIGH", Language.EN)).restsOnEstimates());
  }
}
