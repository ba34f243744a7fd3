package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.koploper.problem.KoploperException;
import nl.koploper.problem.Problem;
import org.junit.jupiter.api.Test;

class ExitCodesTest {
  @Test
  void inputProblemsAreExitTwoAndRuleProblemsExitThree() {
    ExitCodes codes = new ExitCodes();
    for (Problem.Code code : Problem.Code.values()) {
      int expected =
          switch (code) {
            case INVALID_RULES, RULES_FAILED, RULES_DID_NOT_SETTLE -> 3;
            default -> 2;
          };
      assertEquals(
          expected,
          codes.getExitCode(new KoploperException(List.of(Problem.of(code, "m")))),
          code.id());
    }
  }

  @Test
  void anythingElseIsAnInternalErrorExitOne() {
    assertEquals(1, new ExitCodes().getExitCode(new IllegalStateException("bug")));
  }

  @Test
  void aMissingFactFileIsReportedWithoutAStackTraceUnlessVerbose() {
    CliRun quiet = CliRun.of("assess", "no/such/file.yaml");
    assertEquals(2, quiet.exitCode());
    assertEquals("no/such/file.yaml: no such file\n", quiet.err());
    CliRun verbose = CliRun.of("assess", "no/such/file.yaml", "--verbose");
    assertEquals(2, verbose.exitCode());
    assertTrue(verbose.err().contains("InvalidFactsException"), verbose.err());
    assertFalse(quiet.err().contains("\tat "));
  }
}
