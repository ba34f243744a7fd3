package nl.koploper.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recommending rule, once made to fire and once kept silent: the silent case is the nearest
 * value that meets the lesson, or the value left unknown.
 */
class RecommendationRulesTest {
  private static final Advisor ADVISOR = Advisor.bundled();

  /** code, what makes it fire, what keeps it silent. */
  static Stream<Arguments> cases() {
    return Stream.of(
        c(
            "L1.TECH_MEDICAL_COLLABORATION",
            "knowledgeBase: {techMedicalCollaboration: STRUCTURAL}",
            "knowledgeBase: {techMedicalCollaboration: COLOCATED}"),
        c(
            "L1.JOINT_INSTITUTE",
            "knowledgeBase: {jointInstitutes: 0}",
            "knowledgeBase: {jointInstitutes: 1}"),
        c(
            "L2.STRUCTURAL_VALORISATION_FUNDING",
            "valorisation: {ttoFunding: MIXED}",
            "valorisation: {ttoFunding: STRUCTURAL}"),
        c(
            "L2.SECURE_VALORISATION_FUNDING",
            "valorisation: {guaranteedFundingYears: 4}",
            "valorisation: {guaranteedFundingYears: 5}"),
        c(
            "L2.TTO_CAPACITY",
            "valorisation: {ttoStaffFtePer1000Researchers: 4.9}",
            "valorisation: {ttoStaffFtePer1000Researchers: 5}"),
        c(
            "L2.SPIN_OFFS",
            "valorisation: {spinOffsPerYear: 19}",
            "valorisation: {spinOffsPerYear: 20}"),
        c(
            "L3.EARLY_RND_SUBSIDIES",
            "earlyFunding: {earlyRndSubsidies: SCARCE}",
            "earlyFunding: {earlyRndSubsidies: AVAILABLE}"),
        c(
            "L3.INDUSTRY_PHD_MANDATES",
            "earlyFunding: {industryPhdMandates: false}",
            "earlyFunding: {industryPhdMandates: true}"),
        c(
            "L3.POLICY_CONTINUITY",
            "earlyFunding: {policyContinuityYears: 7}",
            "earlyFunding: {policyContinuityYears: 8}"),
        c(
            "L4.PATIENT_PUBLIC_CAPITAL",
            "financingChain: {patientPublicCapital: LOW}",
            "financingChain: {patientPublicCapital: MEDIUM}"),
        c(
            "L4.JOINT_REGIONAL_FUNDS",
            "financingChain: {regionalFundCoordination: PARTIAL}",
            "financingChain: {regionalFundCoordination: JOINT}"),
        c(
            "L4.LATE_PRIVATE_CAPITAL",
            "financingChain: {latePrivateCapital: LOW}",
            "financingChain: {latePrivateCapital: MEDIUM}"),
        c(
            "L5.ANCHOR_FIRM_PROGRAMME",
            "ecosystem: {anchorFirms: [Janssen], anchorFirmProgramme: false}",
            "ecosystem: {anchorFirms: [Janssen], anchorFirmProgramme: true}"),
        c(
            "L5.ATTRACT_ANCHOR_FIRMS",
            "ecosystem: {anchorFirms: []}",
            "ecosystem: {anchorFirms: [Janssen]}"),
        c(
            "L5.LEVERAGE_EMA",
            "ecosystem: {emaHosted: true, emaLeveraged: false}",
            "ecosystem: {emaHosted: false, emaLeveraged: false}"),
        c(
            "L5.EMERGING_FIRMS",
            "ecosystem: {emergingFirmProgramme: false}",
            "ecosystem: {emergingFirmProgramme: true}"),
        c(
            "L6.STREAMLINE_TRIAL_RULES",
            "clinicalResearch: {generalRulesStreamlined: false}",
            "clinicalResearch: {generalRulesStreamlined: true}"),
        c(
            "L6.ATMP_FRAMEWORK",
            "clinicalResearch: {atmpFramework: PLANNED}",
            "clinicalResearch: {atmpFramework: IN_PLACE}"),
        c(
            "L6.FASTER_TRIAL_APPROVAL",
            "clinicalResearch: {medianApprovalDays: 31}",
            "clinicalResearch: {medianApprovalDays: 30}"),
        c(
            "L6.TRIAL_ACTIVITY",
            "clinicalResearch: {trialsPerMillion: 19.5}",
            "clinicalResearch: {trialsPerMillion: 20}"),
        c(
            "L7.SUCCESS_STORIES",
            "sectorPosition: {successStoryVisibility: LOW}",
            "sectorPosition: {successStoryVisibility: MEDIUM}"),
        c(
            "L7.JOINT_COMMUNICATION",
            "sectorPosition: {jointCommunication: false}",
            "sectorPosition: {jointCommunication: true}"));
  }

  private static Arguments c(String code, String fires, String silent) {
    return Arguments.of(code, fires, silent);
  }

  private static List<String> codes(String yaml) {
    return ADVISOR.assess(Regions.region(yaml)).recommendations().stream()
        .map(Recommendation::code)
        .toList();
  }

  @ParameterizedTest(name = "recommends {0} when {1}")
  @MethodSource("cases")
  void recommendsWhenTheRegionFallsShort(String code, String fires, String silent) {
    assertTrue(codes(fires).contains(code), code + " should fire for " + fires);
  }

  @ParameterizedTest(name = "does not recommend {0} when {2}")
  @MethodSource("cases")
  void staysSilentWhenTheRegionMeetsTheLesson(String code, String fires, String silent) {
    assertFalse(codes(silent).contains(code), code + " should not fire for " + silent);
  }

  @ParameterizedTest(name = "does not recommend {0} when its facts are unknown")
  @MethodSource("cases")
  void staysSilentWhenTheFactIsUnknown(String code, String fires, String silent) {
    assertFalse(codes("").contains(code), code + " must not fire on unknown facts");
  }

  /** Rules that read more than one fact, with all but one of them given. */
  static Stream<Arguments> partlyUnknown() {
    return Stream.of(
        Arguments.of("L5.ANCHOR_FIRM_PROGRAMME", "ecosystem: {anchorFirmProgramme: false}"),
        Arguments.of("L5.ANCHOR_FIRM_PROGRAMME", "ecosystem: {anchorFirms: [Janssen]}"),
        Arguments.of("L5.LEVERAGE_EMA", "ecosystem: {emaLeveraged: false}"),
        Arguments.of("L5.LEVERAGE_EMA", "ecosystem: {emaHosted: true}"),
        Arguments.of(
            "L2.SPIN_OFFS", "valorisation: {spinOffsPerYear: 1}\nregion: {code: XY, name: X}"));
  }

  @ParameterizedTest(name = "does not recommend {0} when only {1} is known")
  @MethodSource("partlyUnknown")
  void staysSilentWhenOneOfItsFactsIsUnknown(String code, String yaml) throws Exception {
    String text =
        yaml.contains("region:")
            ? "schema: koploper/facts/v1\n" + yaml
            : "schema: koploper/facts/v1\nregion: {code: XX, name: X, population: 1000000}\n"
                + yaml;
    nl.koploper.facts.Facts facts =
        nl.koploper.facts.FactsLoader.parse(
            text, "t.yaml", nl.koploper.facts.FactsLoader.Format.YAML);
    assertFalse(
        ADVISOR.assess(facts).recommendations().stream().anyMatch(r -> r.code().equals(code)),
        code + " fired for " + yaml);
  }

  @ParameterizedTest(name = "{0} carries evidence, texts and a positive score")
  @MethodSource("cases")
  void everyRecommendationIsExplained(String code, String fires, String silent) {
    Recommendation r =
        ADVISOR.assess(Regions.region(fires)).recommendations().stream()
            .filter(x -> x.code().equals(code))
            .findFirst()
            .orElseThrow();
    assertFalse(r.evidence().isEmpty(), "evidence");
    assertFalse(r.title().isBlank() || r.action().isBlank() || r.rationale().isBlank(), "texts");
    assertFalse(r.instruments().isEmpty(), "instruments");
    assertTrue(r.score() > 0, "score");
    assertTrue(r.scoreBreakdown().stream().anyMatch(f -> f.factor().equals("gap")), "gap factor");
  }
}
