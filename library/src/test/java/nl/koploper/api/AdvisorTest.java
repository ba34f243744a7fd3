package nl.koploper.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.koploper.facts.Facts;
import nl.koploper.problem.Problem;
import nl.koploper.report.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdvisorTest {
  private static final Advisor ADVISOR = Advisor.bundled();

  @Test
  void theNetherlandsAgainstFlandersPutsTheFinancingChainAndEarlyFundingFirst() {
    Assessment a = ADVISOR.assess(Regions.example("netherlands"), Regions.example("flanders"));
    List<String> top = a.recommendations().stream().limit(5).map(Recommendation::code).toList();
    // Both at 90; the tie goes to the lower lesson.
    assertEquals("L3.EARLY_RND_SUBSIDIES", top.get(0), top.toString());
    assertEquals("L4.PATIENT_PUBLIC_CAPITAL", top.get(1), top.toString());
    assertTrue(top.contains("L3.POLICY_CONTINUITY"), top.toString());
    assertEquals(Priority.CRITICAL, a.recommendations().get(0).priority());
  }

  @Test
  void evidenceShowsTheRegionsValueWhatIsExpectedAndTheBenchmarksValue() {
    Assessment a = ADVISOR.assess(Regions.example("netherlands"), Regions.example("flanders"));
    Recommendation r =
        a.recommendations().stream()
            .filter(x -> x.code().equals("L3.EARLY_RND_SUBSIDIES"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(
            new Evidence(
                "earlyFunding.earlyRndSubsidies",
                "NONE",
                "at least AVAILABLE",
                "BROAD",
                false,
                true)),
        r.evidence());
  }

  @Test
  void rememberedWordsFollowTheBenchmarkOfEachCall() {
    Facts nl = Regions.example("netherlands");
    Facts flanders = Regions.example("flanders");
    Facts denmark = Regions.example("denmark");
    Assessment againstFlanders = ADVISOR.assess(nl, flanders);
    Assessment alone = ADVISOR.assess(nl, null, Language.EN);
    Assessment againstDenmark = ADVISOR.assess(nl, denmark);
    Assessment againstFlandersAgain = ADVISOR.assess(nl, flanders);
    assertEquals(againstFlanders, againstFlandersAgain);
    assertEquals(
        againstFlanders, ADVISOR.assess(nl, Regions.example("flanders")), "an equal benchmark");
    assertTrue(
        alone.recommendations().stream()
            .flatMap(r -> r.evidence().stream())
            .allMatch(e -> e.benchmark() == null),
        "no benchmark, no benchmark values");
    assertEquals("BROAD", evidence(againstFlanders, "earlyFunding.earlyRndSubsidies").benchmark());
    // Denmark's file leaves early R&D subsidies unknown: no value to show, not Flanders' one
    assertEquals(null, denmark.earlyFunding().earlyRndSubsidies());
    assertEquals(null, evidence(againstDenmark, "earlyFunding.earlyRndSubsidies").benchmark());
  }

  @Test
  void anAdvisorUsedForHundredsOfAssessmentsWordsWhatANewAdvisorWords() throws Exception {
    nl.koploper.facts.UncertainFacts everything =
        nl.koploper.facts.FactsLoader.loadUncertain(
            java.nio.file.Path.of(
                "library/src/test/resources/facts/uncertain/everything-uncertain.yaml"));
    java.util.SplittableRandom random = new java.util.SplittableRandom(29);
    List<Facts> benchmarks =
        java.util.Arrays.asList(null, Regions.example("flanders"), Regions.example("denmark"));
    List<Facts> samples = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      samples.add(everything.sample(random));
    }
    for (int i = 0; i < samples.size(); i++) { // the shared advisor remembers all of these
      ADVISOR.assess(samples.get(i), benchmarks.get(i % 3), Language.values()[i % 2]);
    }
    Advisor fresh = Advisor.fromDirectory(java.nio.file.Path.of("rules"));
    for (int i = samples.size() - 1; i >= 0; i--) {
      Facts benchmark = benchmarks.get(i % 3);
      Language language = Language.values()[i % 2];
      Assessment remembered = ADVISOR.assess(samples.get(i), benchmark, language);
      Assessment worded = fresh.assess(samples.get(i), benchmark, language);
      assertEquals(worded.recommendations(), remembered.recommendations(), "sample " + i);
      assertEquals(worded.lessons(), remembered.lessons(), "sample " + i);
      assertEquals(worded.dataGaps(), remembered.dataGaps(), "sample " + i);
    }
  }

  private static Evidence evidence(Assessment a, String fact) {
    return a.recommendations().stream()
        .flatMap(r -> r.evidence().stream())
        .filter(e -> e.fact().equals(fact))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theBenchmarkLowersPrioritiesOnlyWhereItsOwnFiguresRefuteTheLesson() {
    Facts nl = Regions.example("netherlands");
    Facts vl = Regions.example("flanders");
    // Flanders has no anchor-firm programme on record: its silence neither adds nor subtracts
    assertEquals(
        score(ADVISOR.assess(nl), "L5.ANCHOR_FIRM_PROGRAMME"),
        score(ADVISOR.assess(nl, vl), "L5.ANCHOR_FIRM_PROGRAMME"));
    // Flanders meets the expectation: the same score as without a benchmark
    assertEquals(
        score(ADVISOR.assess(nl), "L3.INDUSTRY_PHD_MANDATES"),
        score(ADVISOR.assess(nl, vl), "L3.INDUSTRY_PHD_MANDATES"));
  }

  private static double score(Assessment a, String code) {
    return a.recommendations().stream()
        .filter(r -> r.code().equals(code))
        .findFirst()
        .orElseThrow()
        .score();
  }

  @Test
  void unknownFactsAreDataGapsOfTheirLessonAndFireNothing() {
    Assessment a = ADVISOR.assess(Regions.example("denmark"));
    assertTrue(a.recommendations().isEmpty(), a.recommendations().toString());
    assertTrue(a.dataGaps().contains(new DataGap(6, "clinicalResearch.trialsPerMillion")));
    assertFalse(a.dataGaps().contains(new DataGap(null, "outcomes.privateRndEur")));
    assertNull(a.lessons().get(0).score());
  }

  @Test
  void lessonsAlwaysListAllSevenInOrder() {
    Assessment a = ADVISOR.assess(Regions.region(""));
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6, 7), a.lessons().stream().map(LessonResult::number).toList());
    assertNull(a.benchmark());
  }

  @Test
  void dutchResultsHaveDutchTextsAndNumberFormats() {
    Assessment a =
        ADVISOR.assess(Regions.example("netherlands"), Regions.example("flanders"), Language.NL);
    assertEquals("Vroege financiering", a.lessons().get(2).title());
    Recommendation r =
        a.recommendations().stream()
            .filter(x -> x.code().equals("L3.EARLY_RND_SUBSIDIES"))
            .findFirst()
            .orElseThrow();
    assertEquals("minstens beschikbaar", r.evidence().get(0).expected());
    assertEquals("geen", r.evidence().get(0).value());
    assertTrue(
        r.scoreBreakdown().stream().anyMatch(f -> f.why().contains("16,7")),
        r.scoreBreakdown().toString());
  }

  @Test
  void theSameInputGivesByteIdenticalJson() {
    Facts nl = Regions.example("netherlands");
    Facts vl = Regions.example("flanders");
    assertEquals(
        JsonReport.render(ADVISOR.assess(nl, vl)), JsonReport.render(ADVISOR.assess(nl, vl)));
    assertEquals(
        JsonReport.render(ADVISOR.assess(nl, vl)),
        JsonReport.render(fromDirectory(Path.of("rules")).assess(nl, vl))
            .replace("\"source\": \"rules\"", "\"source\": \"bundled\""));
  }

  private static Advisor fromDirectory(Path dir) {
    try {
      return Advisor.fromDirectory(dir);
    } catch (InvalidRulesException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void eightThreadsSharingOneAdvisorGetTheSameResultsAsOne() throws Exception {
    List<Facts> inputs =
        List.of(
            Regions.example("netherlands"),
            Regions.example("flanders"),
            Regions.example("denmark"));
    List<String> expected = new ArrayList<>();
    for (Facts f : inputs) {
      expected.add(JsonReport.render(ADVISOR.assess(f, inputs.get(1))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int which = i % inputs.size();
        runs.add(
            pool.submit(
                () ->
                    expected
                        .get(which)
                        .equals(
                            JsonReport.render(ADVISOR.assess(inputs.get(which), inputs.get(1))))));
      }
      for (Future<Boolean> run : runs) {
        assertTrue(run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesNullFactsNamingTheArgument() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> ADVISOR.assess(null));
    assertEquals("facts must not be null", e.getMessage());
  }

  @Test
  void aRuleSetThatDoesNotCompileNamesFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("broken.drl"),
        "package koploper.rules;\n\nrule \"Broken\"\n" + "when\n  NoSuchFact()\nthen\nend\n");
    InvalidRulesException e =
        assertThrows(InvalidRulesException.class, () -> Advisor.fromDirectory(dir));
    Problem first = e.problems().get(0);
    assertEquals(Problem.Code.INVALID_RULES, first.code());
    assertEquals(dir.resolve("broken.drl").toString(), first.file());
    assertEquals(5, first.line());
    assertTrue(first.toString().startsWith(dir.resolve("broken.drl") + ":5: "), first.toString());
  }

  @Test
  void aRuleFileThatIsNotUtf8IsNamed(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("latin1.drl"), new byte[] {'r', 'u', 'l', 'e', ' ', (byte) 0xE9});
    InvalidRulesException e =
        assertThrows(InvalidRulesException.class, () -> Advisor.fromDirectory(dir));
    assertEquals(
        dir.resolve("latin1.drl") + ": not valid UTF-8 text; save it as UTF-8",
        e.problems().get(0).toString());
  }

  @Test
  void factsBuiltInCodeAreCheckedLikeAFile() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new nl.koploper.facts.Region("NL", "X", 0L, null));
    assertTrue(e.getMessage().startsWith("region.population: 0 is out of range"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new nl.koploper.facts.Outcomes(Double.NaN, null, null, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new nl.koploper.facts.Outcomes(null, null, null, 5.0, null));
  }

  @Test
  void anEmptyRuleSetIsRefused(@TempDir Path dir) {
    InvalidRulesException e =
        assertThrows(InvalidRulesException.class, () -> Advisor.fromDirectory(dir));
    assertTrue(e.getMessage().contains("no .drl files"), e.getMessage());
  }

  /** A copy of the project's rules in which {@code change} has been applied. */
  private static Path rulesWith(
      Path dir, java.util.function.UnaryOperator<String> texts, String extraDrl) throws Exception {
    try (var files = Files.list(Path.of("rules"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) { // not rules/tests/
        String text = Files.readString(f);
        if (f.getFileName().toString().equals("texts.nl.properties")) {
          text = texts.apply(text);
        }
        Files.writeString(dir.resolve(f.getFileName()), text);
      }
    }
    if (extraDrl != null) {
      Files.writeString(
          dir.resolve("lesson-3-extra.drl"),
          "package koploper.rules;\n"
              + "import nl.koploper.facts.*;\nimport nl.koploper.engine.terms.*;\n"
              + extraDrl);
    }
    return dir;
  }

  @Test
  void aFactorTextMissingInDutchIsRefusedWhenTheRulesLoad(@TempDir Path dir) throws Exception {
    Path rules = rulesWith(dir, t -> t.replaceAll("(?m)^factor\\.report-emphasis=.*$", ""), null);
    InvalidRulesException e =
        assertThrows(InvalidRulesException.class, () -> Advisor.fromDirectory(rules));
    assertTrue(
        e.getMessage().contains("texts.nl.properties: no text for 'factor.report-emphasis'"),
        e.getMessage());
  }

  @Test
  void twoRulesWithOneCodeAreRefused(@TempDir Path dir) throws Exception {
    Path rules =
        rulesWith(
            dir,
            t -> t,
            "rule \"Again\" @lesson(3) @code(\"L3.EARLY_RND_SUBSIDIES\")\n"
                + "when\n  EarlyFunding()\nthen\nend\n");
    InvalidRulesException e =
        assertThrows(InvalidRulesException.class, () -> Advisor.fromDirectory(rules));
    assertTrue(
        e.getMessage().contains("has code L3.EARLY_RND_SUBSIDIES, which rule"), e.getMessage());
  }

  @Test
  void aRuleThatFailsWhileRunningIsARuleSetFailureNamingTheRule(@TempDir Path dir)
      throws Exception {
    Path rules =
        rulesWith(
            dir,
            t -> t,
            "rule \"Breaks\" @lesson(3)\nwhen\n  EarlyFunding()\n"
                + "then\n  insertLogical(Advice.of(drools.getRule()));\nend\n");
    Advisor advisor = Advisor.fromDirectory(rules);
    RuleSetFailedException e =
        assertThrows(RuleSetFailedException.class, () -> advisor.assess(Regions.region("")));
    assertTrue(e.getMessage().startsWith("rule 'Breaks' failed"), e.getMessage());
  }

  @Test
  void aRuleSetWithoutPriorityCutoffsFailsWithARuleSetFailure(@TempDir Path dir) throws Exception {
    rulesWith(dir, t -> t, null);
    Files.writeString(
        dir.resolve("shared.drl"),
        Files.readString(dir.resolve("shared.drl"))
            .replace("insertLogical(new PriorityCutoffs(70, 50, 30));", ""));
    Advisor advisor = Advisor.fromDirectory(dir);
    RuleSetFailedException e =
        assertThrows(
            RuleSetFailedException.class, () -> advisor.assess(Regions.example("netherlands")));
    assertTrue(e.getMessage().contains("no priority cut-offs"), e.getMessage());
  }

  @Test
  void aRuleInAnotherLessonsFileIsRefused(@TempDir Path dir) throws Exception {
    Path rules =
        rulesWith(
            dir, t -> t, "rule \"Misplaced\" @lesson(5)\nwhen\n  EarlyFunding()\n" + "then\nend\n");
    InvalidRulesException e =
        assertThrows(InvalidRulesException.class, () -> Advisor.fromDirectory(rules));
    assertTrue(
        e.getMessage()
            .contains("rule 'Misplaced' has @lesson(5) but sits in the file of " + "lesson 3"),
        e.getMessage());
  }

  @Test
  void aRuleWithoutLessonIsRefused(@TempDir Path dir) throws Exception {
    Path rules =
        rulesWith(dir, t -> t, "rule \"Unlabelled\"\nwhen\n  EarlyFunding()\n" + "then\nend\n");
    InvalidRulesException e =
        assertThrows(InvalidRulesException.class, () -> Advisor.fromDirectory(rules));
    assertTrue(e.getMessage().contains("rule 'Unlabelled' has no @lesson(n)"), e.getMessage());
  }

  @Test
  void aCodeOfAnotherLessonIsRefused(@TempDir Path dir) throws Exception {
    Path rules =
        rulesWith(
            dir,
            t ->
                t
                    + "\nL4.WRONG.title=x\nL4.WRONG.action=x\n"
                    + "L4.WRONG.rationale=x\nL4.WRONG.instruments=x\n",
            "rule \"Wrong code\" @lesson(3) "
                + "@code(\"L4.WRONG\")\nwhen\n  EarlyFunding()\nthen\nend\n");
    InvalidRulesException e =
        assertThrows(InvalidRulesException.class, () -> Advisor.fromDirectory(rules));
    assertTrue(
        e.getMessage().contains("has code 'L4.WRONG'; a code is L<lesson>.<NAME>"), e.getMessage());
  }

  @Test
  void aTextForACodeNoRuleHasIsRefused(@TempDir Path dir) throws Exception {
    Path rules = rulesWith(dir, t -> t + "\nL3.GONE.title=Gone\n", null);
    InvalidRulesException e =
        assertThrows(InvalidRulesException.class, () -> Advisor.fromDirectory(rules));
    assertTrue(
        e.getMessage().contains("'L3.GONE.title' belongs to no rule's code"), e.getMessage());
  }

  @Test
  void aRuleThatKeepsChangingItsOwnFactsIsStoppedNamingIt(@TempDir Path dir) throws Exception {
    Path rules =
        rulesWith(
            dir,
            t -> t,
            "rule \"Seeds a counter\" @lesson(3)\nwhen\n"
                + "  EarlyFunding()\nthen\n  insert(new Figure(\"counter\", 0, \"x\"));\nend\n"
                + "rule \"Counts up forever\" @lesson(3)\nwhen\n"
                + "  $f : Figure(name == \"counter\", $v : value)\nthen\n  delete($f);\n"
                + "  insert(new Figure(\"counter\", $v + 1, \"x\"));\nend\n");
    Advisor advisor = Advisor.fromDirectory(rules);
    RulesDidNotSettleException e =
        assertThrows(RulesDidNotSettleException.class, () -> advisor.assess(Regions.region("")));
    assertTrue(
        e.getMessage().contains("rule 'Counts up forever' fired most often"), e.getMessage());
  }

  @Test
  void aRecommendingRuleWithoutDutchTextsIsRefused(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("one.drl"),
        "package koploper.rules;\n"
            + "import nl.koploper.facts.*;\nimport nl.koploper.engine.terms.*;\n"
            + "rule \"Recommend x\" @lesson(3) @code(\"L3.X\")\nwhen\n  EarlyFunding()\nthen\n"
            + "  insertLogical(Advice.of(drools.getRule()));\nend\n");
    Files.writeString(
        dir.resolve("texts.en.properties"),
        "L3.X.title=X\nL3.X.action=Do x.\nL3.X.rationale=Because.\nL3.X.instruments=Y\n");
    InvalidRulesException e =
        assertThrows(InvalidRulesException.class, () -> Advisor.fromDirectory(dir));
    assertTrue(
        e.getMessage().contains("(L3.X) has no title in texts.nl.properties"), e.getMessage());
  }

  @Test
  void aScaleValueIsTheRuleSetsWordInDutchAndItsOwnNameInEnglishOrWhenUnknown() {
    assertEquals("schaars", ADVISOR.scaleValue("SCARCE", Language.NL));
    assertEquals("SCARCE", ADVISOR.scaleValue("SCARCE", Language.EN));
    assertEquals("NO_SUCH_VALUE", ADVISOR.scaleValue("NO_SUCH_VALUE", Language.NL));
    assertThrows(NullPointerException.class, () -> ADVISOR.scaleValue(null, Language.NL));
  }
}
