package nl.koploper.engine;

import java.util.List;

/**
 * Drools has no sandbox: a DRL file can run any Java. This check refuses a rule set that reaches
 * beyond what rules need (the fact model, the terms, arithmetic, strings and collections) before
 * any of it runs: first the DRL text, before it is compiled ({@link DrlSafetyScan}), then the Java
 * Drools compiled from it, before a session exists ({@link BytecodeSafetyScan}). What each allows
 * is in {@link SafetyPolicy}.
 */
final class RuleSafety {
  private RuleSafety() {}

  /** Refuses unsafe DRL text; nothing is compiled before this passes. */
  static void checkText(RuleFiles files) throws RuleSetException {
    refuseAny(DrlSafetyScan.scan(files));
  }

  /** Refuses unsafe compiled code; nothing of the rule base has run before this passes. */
  static void checkCompiled(RuleBase rules) throws RuleSetException {
    refuseAny(BytecodeSafetyScan.scan(rules.files(), rules.packages()));
  }

  private static void refuseAny(List<RuleProblem> problems) throws RuleSetException {
    if (!problems.isEmpty()) {
      problems.sort(
          java.util.Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
      throw new RuleSetException(problems);
    }
  }
}
