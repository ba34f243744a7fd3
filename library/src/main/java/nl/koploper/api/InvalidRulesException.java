package nl.koploper.api;

import java.util.List;
import nl.koploper.problem.KoploperException;
import nl.koploper.problem.Problem;

/**
 * A rule set that cannot be used (it does not compile, is unsafe, or is incomplete); every problem
 * names its file and, where known, its line. No rule of it has run.
 */
public final class InvalidRulesException extends KoploperException {
  private static final long serialVersionUID = 1L;

  /**
   * The problems of a rule set.
   *
   * @param problems every problem found, at least one
   */
  public InvalidRulesException(List<Problem> problems) {
    super(problems);
  }
}
