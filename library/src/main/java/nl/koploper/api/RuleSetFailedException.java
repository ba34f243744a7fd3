package nl.koploper.api;

/**
 * The rule set compiled but failed while running: a rule's action threw, a text it needs is
 * missing, or it sets no priority cut-offs. The message names the rule or the text.
 */
public final class RuleSetFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleSetFailedException(String message) {
    super(message);
  }
}
