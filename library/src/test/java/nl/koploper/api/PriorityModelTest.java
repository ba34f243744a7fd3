package nl.koploper.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.koploper.facts.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The priority model's factors and the lesson maturity scores, each made to apply and not. */
class PriorityModelTest {
  private static final Advisor ADVISOR = Advisor.bundled();

  private static Optional<Recommendation> find(Assessment a, String code) {
    return a.recommendations().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  private static List<String> factors(Facts region, Facts benchmark, String code) {
    return find(ADVISOR.assess(region, benchmark), code).orElseThrow().scoreBreakdown().stream()
        .map(ScoreFactor::factor)
        .toList();
  }

  private static List<String> factors(String yaml, String code) {
    return factors(Regions.region(yaml), null, code);
  }

  @Test
  void ampleLateCapitalBesideScarcePatientCapitalWeighsOnPatientCapitalOnly() {
    List<String> patient =
        factors(
            "financingChain: {latePrivateCapital: HIGH, patientPublicCapital: LOW, "
                + "regionalFundCoordination: FRAGMENTED}",
            "L4.PATIENT_PUBLIC_CAPITAL");
    assertTrue(patient.contains("late-capital-without-patient-capital"), patient.toString());
    assertFalse(
        factors(
                "financingChain: {latePrivateCapital: HIGH, patientPublicCapital: LOW, "
                    + "regionalFundCoordination: FRAGMENTED}",
                "L4.JOINT_REGIONAL_FUNDS")
            .contains("late-capital-without-patient-capital"));
  }

  @Test
  void scarcePatientCapitalWithoutAmpleLateCapitalWeighsNoExtra() {
    assertEquals(
        List.of("gap"),
        factors(
            "financingChain: {latePrivateCapital: MEDIUM, patientPublicCapital: LOW, "
                + "regionalFundCoordination: JOINT}",
            "L4.PATIENT_PUBLIC_CAPITAL"));
  }

  @Test
  void shortPolicyContinuityWeakensEveryInstrument() {
    String yaml =
        "earlyFunding: {earlyRndSubsidies: SCARCE, policyContinuityYears: 4}\n"
            + "valorisation: {ttoFunding: MIXED}\nfinancingChain: {patientPublicCapital: LOW}";
    for (String code :
        List.of(
            "L3.EARLY_RND_SUBSIDIES",
            "L2.STRUCTURAL_VALORISATION_FUNDING",
            "L4.PATIENT_PUBLIC_CAPITAL")) {
      assertTrue(factors(yaml, code).contains("short-continuity"), code);
    }
    assertTrue(factors(yaml, "L3.POLICY_CONTINUITY").contains("continuity-root"));
    assertFalse(factors(yaml, "L3.POLICY_CONTINUITY").contains("short-continuity"));
  }

  @Test
  void continuityOfEightYearsWeakensNothing() {
    assertFalse(
        factors(
                "earlyFunding: {earlyRndSubsidies: SCARCE, policyContinuityYears: 8}",
                "L3.EARLY_RND_SUBSIDIES")
            .contains("short-continuity"));
  }

  @Test
  void shortContinuityAloneIsNoRootOfOtherInstruments() {
    assertFalse(
        factors("earlyFunding: {policyContinuityYears: 4}", "L3.POLICY_CONTINUITY")
            .contains("continuity-root"));
  }

  @Test
  void aStrongKnowledgeBaseWithProjectFundedValorisationRaisesValorisation() {
    assertTrue(
        factors(
                "knowledgeBase: {techMedicalCollaboration: STRUCTURAL}\n"
                    + "valorisation: {ttoFunding: PROJECT_BASED}",
                "L2.STRUCTURAL_VALORISATION_FUNDING")
            .contains("strong-knowledge-weak-valorisation"));
  }

  @Test
  void aWeakKnowledgeBaseDoesNotRaiseValorisation() {
    assertFalse(
        factors(
                "knowledgeBase: {techMedicalCollaboration: AD_HOC}\n"
                    + "valorisation: {ttoFunding: PROJECT_BASED}",
                "L2.STRUCTURAL_VALORISATION_FUNDING")
            .contains("strong-knowledge-weak-valorisation"));
  }

  @Test
  void lowPrivateRndPerInhabitantGivesLessonsOneToThreeLeverage() {
    String yaml =
        "outcomes: {privateRndEur: 5.0e8}\nearlyFunding: {earlyRndSubsidies: SCARCE}\n"
            + "financingChain: {patientPublicCapital: LOW}";
    assertTrue(factors(yaml, "L3.EARLY_RND_SUBSIDIES").contains("low-private-rnd"));
    assertFalse(factors(yaml, "L4.PATIENT_PUBLIC_CAPITAL").contains("low-private-rnd"));
  }

  @Test
  void privateRndOfHalfTheReportsFlemishFigureGivesNoLeverage() {
    // EUR 188 a head: half of Flanders' EUR 376
    assertFalse(
        factors(
                "outcomes: {privateRndEur: 1.88e9}\nearlyFunding: {earlyRndSubsidies: SCARCE}",
                "L3.EARLY_RND_SUBSIDIES")
            .contains("low-private-rnd"));
  }

  @Test
  void privateRndUnderHalfTheBenchmarksGivesLeverage() {
    Facts region =
        Regions.region(
            "outcomes: {privateRndEur: 1.9e9}\n" + "earlyFunding: {earlyRndSubsidies: SCARCE}");
    Facts richer = Regions.benchmark("outcomes: {privateRndEur: 2.0e9}");
    Facts similar = Regions.benchmark("outcomes: {privateRndEur: 1.8e9}");
    assertTrue(
        factors(region, richer, "L3.EARLY_RND_SUBSIDIES").contains("low-private-rnd-benchmark"));
    assertFalse(
        factors(region, similar, "L3.EARLY_RND_SUBSIDIES").contains("low-private-rnd-benchmark"));
  }

  @Test
  void fewCompaniesOverFiftyEmployeesGiveLessonFiveLeverage() {
    String few =
        "outcomes: {shareCompaniesOver50Employees: 0.1}\n"
            + "ecosystem: {emergingFirmProgramme: false}\nfinancingChain: {patientPublicCapital: LOW}";
    assertTrue(factors(few, "L5.EMERGING_FIRMS").contains("few-large-companies"));
    assertFalse(factors(few, "L4.PATIENT_PUBLIC_CAPITAL").contains("few-large-companies"));
    assertFalse(
        factors(
                "outcomes: {shareCompaniesOver50Employees: 0.125}\n"
                    + "ecosystem: {emergingFirmProgramme: false}",
                "L5.EMERGING_FIRMS")
            .contains("few-large-companies"));
  }

  @Test
  void aMarketCapitalisationUnderHalfTheBenchmarksGivesLessonFourLeverage() {
    // EUR 100 a head against 6400 and against 160 (the benchmark has half the population)
    Facts region =
        Regions.region(
            "outcomes: {marketCapitalisationEur: 1.0e9, shareCompaniesOver50Employees: 0.3}\n"
                + "financingChain: {patientPublicCapital: LOW}");
    Facts big = Regions.benchmark("outcomes: {marketCapitalisationEur: 32e9}");
    Facts modest = Regions.benchmark("outcomes: {marketCapitalisationEur: 0.8e9}");
    assertTrue(
        factors(region, big, "L4.PATIENT_PUBLIC_CAPITAL").contains("small-market-cap-benchmark"));
    assertFalse(
        factors(region, modest, "L4.PATIENT_PUBLIC_CAPITAL")
            .contains("small-market-cap-benchmark"));
  }

  @Test
  void aBenchmarkThatMeetsTheExpectationAddsNothing() {
    Facts region = Regions.region("earlyFunding: {earlyRndSubsidies: SCARCE}");
    assertEquals(
        factors(region, null, "L3.EARLY_RND_SUBSIDIES"),
        factors(
            region,
            Regions.benchmark("earlyFunding: {earlyRndSubsidies: BROAD}"),
            "L3.EARLY_RND_SUBSIDIES"));
  }

  @Test
  void aBenchmarkSilentForLackOfDataNeitherAddsNorTakesOff() {
    Facts region = Regions.region("earlyFunding: {earlyRndSubsidies: SCARCE}");
    double alone =
        find(ADVISOR.assess(region, null), "L3.EARLY_RND_SUBSIDIES").orElseThrow().score();
    double silent =
        find(
                ADVISOR.assess(
                    region, Regions.benchmark("earlyFunding: {industryPhdMandates: true}")),
                "L3.EARLY_RND_SUBSIDIES")
            .orElseThrow()
            .score();
    assertEquals(alone, silent);
  }

  @Test
  void aBenchmarkSilentBecauseAnotherOfTheRulesFactsIsUnknownProvesNothing() {
    Facts region =
        Regions.region(
            "ecosystem: {anchorFirms: [A], anchorFirmProgramme: false, "
                + "emaHosted: true, emaLeveraged: false}");
    Facts benchmark =
        Regions.benchmark(
            "ecosystem: {emaHosted: false, emaLeveraged: false, anchorFirmProgramme: false}");
    // it misses the anchor-firm programme it knows of; of the EMA it cannot say: it hosts none
    assertTrue(factors(region, benchmark, "L5.ANCHOR_FIRM_PROGRAMME").contains("benchmark-misses"));
    assertTrue(factors(region, benchmark, "L5.LEVERAGE_EMA").contains("benchmark-misses"));
    Facts silent = Regions.benchmark("ecosystem: {anchorFirms: [B]}");
    assertFalse(factors(region, silent, "L5.LEVERAGE_EMA").contains("benchmark-misses"));
  }

  @Test
  void aBenchmarkMissesADerivedFigureOnlyWithItsOwnFigure() {
    Facts region = Regions.region("valorisation: {spinOffsPerYear: 5}");
    assertFalse(
        factors(region, Regions.benchmark("valorisation: {ttoFunding: STRUCTURAL}"), "L2.SPIN_OFFS")
            .contains("benchmark-misses"));
    assertTrue(
        factors(region, Regions.benchmark("valorisation: {spinOffsPerYear: 5}"), "L2.SPIN_OFFS")
            .contains("benchmark-misses"));
  }

  @Test
  void aBenchmarkKnowingLessThanHalfOfALessonIsNotComparedOnIt() {
    // the region's ecosystem: 25; the benchmark's, from one fact or from three: 0
    Facts region =
        Regions.region(
            "ecosystem: {anchorFirms: [A], anchorFirmProgramme: false, "
                + "emaHosted: true, emaLeveraged: false, emergingFirmProgramme: false}");
    Facts thin = Regions.benchmark("ecosystem: {anchorFirms: []}");
    Facts broad =
        Regions.benchmark(
            "ecosystem: {anchorFirms: [], anchorFirmProgramme: false, emergingFirmProgramme: false}");
    assertFalse(factors(region, thin, "L5.EMERGING_FIRMS").contains("benchmark-not-ahead"));
    assertTrue(factors(region, broad, "L5.EMERGING_FIRMS").contains("benchmark-not-ahead"));
  }

  @Test
  void aBenchmarkThatFallsShortTooLowersThePriority() {
    Facts region = Regions.region("earlyFunding: {earlyRndSubsidies: SCARCE}");
    assertTrue(
        factors(
                region,
                Regions.benchmark("earlyFunding: {earlyRndSubsidies: NONE}"),
                "L3.EARLY_RND_SUBSIDIES")
            .contains("benchmark-misses"));
  }

  @Test
  void aBenchmarkLeadingTheLessonTakesNothingOff() {
    Facts region = Regions.region("earlyFunding: {earlyRndSubsidies: SCARCE}");
    assertFalse(
        factors(
                region,
                Regions.benchmark(
                    "earlyFunding: {earlyRndSubsidies: BROAD, industryPhdMandates: true}"),
                "L3.EARLY_RND_SUBSIDIES")
            .contains("benchmark-not-ahead"));
  }

  @Test
  void aBenchmarkNotAheadOnTheLessonLowersThePriority() {
    Facts region =
        Regions.region("earlyFunding: {earlyRndSubsidies: SCARCE, industryPhdMandates: true}");
    Facts level =
        Regions.benchmark("earlyFunding: {earlyRndSubsidies: SCARCE, industryPhdMandates: true}");
    assertTrue(factors(region, level, "L3.EARLY_RND_SUBSIDIES").contains("benchmark-not-ahead"));
  }

  @Test
  void littleKnownDataAboutALessonLowersConfidence() {
    assertTrue(
        factors("earlyFunding: {earlyRndSubsidies: SCARCE}", "L3.EARLY_RND_SUBSIDIES")
            .contains("low-coverage"));
    assertFalse(
        factors(
                "earlyFunding: {earlyRndSubsidies: SCARCE, industryPhdMandates: true}",
                "L3.EARLY_RND_SUBSIDIES")
            .contains("low-coverage"));
  }

  @Test
  void theScoreIsTheSumOfItsFactorsAndTheTierFollowsFromIt() {
    Assessment a = ADVISOR.assess(Regions.example("netherlands"), Regions.example("flanders"));
    double previous = Double.MAX_VALUE;
    for (Recommendation r : a.recommendations()) {
      double sum = r.scoreBreakdown().stream().mapToDouble(ScoreFactor::points).sum();
      assertEquals(Math.max(0, Math.min(100, sum)), r.score(), 0.05, r.code());
      assertTrue(r.score() <= previous, "sorted by score");
      previous = r.score();
      Priority expected =
          r.score() >= 70
              ? Priority.CRITICAL
              : r.score() >= 50 ? Priority.HIGH : r.score() >= 30 ? Priority.MEDIUM : Priority.LOW;
      assertEquals(expected, r.priority(), r.code());
    }
  }

  @ParameterizedTest(name = "lesson {0} scores {2} from {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 | knowledgeBase: {techMedicalCollaboration: AD_HOC}           | 33.3",
        "1 | knowledgeBase: {jointInstitutes: 2}                          | 100.0",
        "2 | valorisation: {ttoFunding: MIXED}                            | 50.0",
        "2 | valorisation: {ttoStaffFtePer1000Researchers: 2.5}           | 50.0",
        "2 | valorisation: {spinOffsPerYear: 10}                          | 50.0",
        "2 | valorisation: {guaranteedFundingYears: 3}                    | 60.0",
        "3 | earlyFunding: {earlyRndSubsidies: SCARCE}                    | 33.3",
        "3 | earlyFunding: {industryPhdMandates: true}                    | 100.0",
        "3 | earlyFunding: {policyContinuityYears: 4}                     | 50.0",
        "4 | financingChain: {latePrivateCapital: HIGH}                   | 100.0",
        "4 | financingChain: {patientPublicCapital: MEDIUM}               | 50.0",
        "4 | financingChain: {regionalFundCoordination: FRAGMENTED}       | 0.0",
        "5 | ecosystem: {anchorFirms: [A, B]}                             | 100.0",
        "5 | ecosystem: {anchorFirms: []}                                 | 0.0",
        "5 | ecosystem: {anchorFirmProgramme: true}                       | 100.0",
        "5 | ecosystem: {emaHosted: true, emaLeveraged: false}            | 0.0",
        "5 | ecosystem: {emergingFirmProgramme: false}                    | 0.0",
        "6 | clinicalResearch: {atmpFramework: PLANNED}                   | 50.0",
        "6 | clinicalResearch: {generalRulesStreamlined: true}            | 100.0",
        "6 | clinicalResearch: {medianApprovalDays: 60}                   | 50.0",
        "6 | clinicalResearch: {trialsPerMillion: 5}                      | 25.0",
        "7 | sectorPosition: {successStoryVisibility: MEDIUM}             | 50.0",
        "7 | sectorPosition: {jointCommunication: true}                   | 100.0",
      })
  void aLessonsMaturityIsTheMeanOfItsKnownIndicators(int lesson, String yaml, double score) {
    LessonResult result = ADVISOR.assess(Regions.region(yaml)).lessons().get(lesson - 1);
    assertEquals(score, result.score(), 0.05);
  }

  @Test
  void aLessonWithNothingKnownHasNoScoreRatherThanZero() {
    for (LessonResult lesson : ADVISOR.assess(Regions.region("")).lessons()) {
      assertNull(lesson.score(), "lesson " + lesson.number());
      assertEquals(0.0, lesson.dataCoverage());
    }
  }

  @Test
  void hostingTheEmaIsNeededBeforeLeveragingItCounts() {
    assertNull(
        ADVISOR
            .assess(Regions.region("ecosystem: {emaHosted: false, emaLeveraged: false}"))
            .lessons()
            .get(4)
            .score());
  }
}
