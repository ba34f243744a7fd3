package nl.koploper.api;

import java.util.List;
import nl.koploper.problem.KoploperException;
import nl.koploper.problem.Problem;

/**
 * The rule set compiled but failed while running: a rule's action threw, a text it needs is
 * missing, or it sets no priority cut-offs. The message names the rule or the text.
 */
public final class RuleSetFailedException extends KoploperException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure of the rules while running.
   *
   * @param message what failed, naming the rule or the text
   */
  public RuleSetFailedException(String message) {
    this("", message);
  }

  /**
   * A failure of the rules of a directory while running.
   *
   * @param file the rule set's directory or file, as the user named it; empty when bundled
   * @param message what failed, naming the rule or the text
   */
  public RuleSetFailedException(String file, String message) {
    super(List.of(Problem.at(Problem.Code.RULES_FAILED, file, 0, message)));
  }
}
