package nl.koploper.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompileErrorLineTest {
  private static final String DRL =
      String.join(
          "\n",
          "rule \"R\"",
          "when",
          "then",
          "  // helper(); in a comment does not count",
          "  int x = helper();",
          "end",
          "rule \"S\"",
          "then",
          "  helper();",
          "end");

  @Test
  void anErrorQuotingAMethodPointsAtTheLineThatCallsIt() {
    assertEquals(
        5,
        RuleBase.offendingLine(
            DRL, 1, "Rule Compilation error The method helper() is undefined for the type X"));
  }

  @Test
  void anErrorQuotingNoNameStaysAtTheRuleHeader() {
    assertEquals(
        1,
        RuleBase.offendingLine(
            DRL, 1, "Rule Compilation error Type mismatch: cannot convert from String to int"));
  }

  @Test
  void theSearchStopsAtTheEndOfTheRule() {
    assertEquals(
        1, RuleBase.offendingLine(DRL, 1, "Rule Compilation error other cannot be resolved"));
  }
}
