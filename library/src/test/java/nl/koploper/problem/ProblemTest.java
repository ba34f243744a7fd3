package nl.koploper.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import nl.koploper.api.Advisor;
import nl.koploper.facts.FactsLoader;
import nl.koploper.facts.InvalidFactsException;
import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void printsFileLineColumnPathAndMessageLeavingOutWhatIsUnknown() {
    assertEquals(
        "nl.yaml:6:22: earlyFunding.earlyRndSubsidies: 'PLENTY' is not one of NONE",
        new Problem(
                Problem.Code.INVALID_FACTS,
                "nl.yaml",
                6,
                22,
                "earlyFunding.earlyRndSubsidies",
                "'PLENTY' is not one of NONE")
            .toString());
    assertEquals(
        "rules/x.drl:3: does not compile",
        Problem.at(Problem.Code.INVALID_RULES, "rules/x.drl", 3, "does not compile").toString());
    assertEquals(
        "the rules kept firing",
        Problem.of(Problem.Code.RULES_FAILED, "the rules kept firing").toString());
  }

  @Test
  void refusesAColumnWithoutALineAndNegativePositions() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Problem(Problem.Code.INVALID_FACTS, "f", 0, 3, "", "m"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Problem(Problem.Code.INVALID_FACTS, "f", -1, 0, "", "m"));
  }

  @Test
  void codesHaveStableKebabCaseIds() {
    assertEquals("invalid-facts", Problem.Code.INVALID_FACTS.id());
    assertEquals("rules-did-not-settle", Problem.Code.RULES_DID_NOT_SETTLE.id());
  }

  @Test
  void anExceptionWithoutProblemsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new KoploperException(List.of()));
  }

  @Test
  void aBadFactFileIsOneKoploperExceptionWithItsPositionInEveryProblem() {
    KoploperException e =
        assertThrows(
            KoploperException.class,
            () ->
                FactsLoader.load(
                    Path.of("library/src/test/resources/facts/bad/unknown-enum.yaml")));
    assertEquals(InvalidFactsException.class, e.getClass());
    Problem first = e.problems().get(0);
    assertEquals(Problem.Code.INVALID_FACTS, e.code());
    assertEquals("library/src/test/resources/facts/bad/unknown-enum.yaml", first.file());
    assertEquals(
        e.getMessage(), String.join("\n", e.problems().stream().map(Problem::toString).toList()));
  }

  @Test
  void aMissingRuleDirectoryIsAnInvalidRulesProblem() {
    KoploperException e =
        assertThrows(
            KoploperException.class, () -> Advisor.fromDirectory(Path.of("no/such/rules")));
    assertEquals(Problem.Code.INVALID_RULES, e.code());
  }
}
