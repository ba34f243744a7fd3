package nl.koploper.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be used: it does not compile, is empty, or its texts are missing. */
public final class RuleSetException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<RuleProblem> problems;

  public RuleSetException(List<RuleProblem> problems) {
    super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<RuleProblem> problems() {
    return problems;
  }
}
