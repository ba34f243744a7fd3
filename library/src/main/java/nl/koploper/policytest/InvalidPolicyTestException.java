package nl.koploper.policytest;

import java.util.List;
import nl.koploper.facts.FactError;
import nl.koploper.problem.KoploperException;
import nl.koploper.problem.Problem;

/** A policy test file that cannot be run; every problem names file, line, column and field. */
public final class InvalidPolicyTestException extends KoploperException {
  private static final long serialVersionUID = 1L;

  private final transient List<FactError> errors;

  /**
   * The problems of one or more policy test files.
   *
   * @param errors every problem found, at least one
   */
  public InvalidPolicyTestException(List<FactError> errors) {
    super(errors.stream().map(e -> e.toProblem(Problem.Code.INVALID_POLICY_TEST)).toList());
    this.errors = List.copyOf(errors);
  }

  /**
   * Every problem found, in file order.
   *
   * @return the errors; {@link #problems()} gives the same as {@link Problem}s
   */
  public List<FactError> errors() {
    return errors;
  }
}
