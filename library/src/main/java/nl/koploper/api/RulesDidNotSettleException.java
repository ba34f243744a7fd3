package nl.koploper.api;

import java.util.List;
import nl.koploper.problem.KoploperException;
import nl.koploper.problem.Problem;

/**
 * The rules kept firing past a limit (a rule that keeps changing its own facts); nothing was
 * assessed.
 */
public final class RulesDidNotSettleException extends KoploperException {
  private static final long serialVersionUID = 1L;

  /**
   * Rules that did not settle.
   *
   * @param message which limit was passed and which rule fired most
   */
  public RulesDidNotSettleException(String message) {
    super(List.of(Problem.of(Problem.Code.RULES_DID_NOT_SETTLE, message)));
  }
}
