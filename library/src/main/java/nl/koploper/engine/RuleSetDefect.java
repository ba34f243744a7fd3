package nl.koploper.engine;

/**
 * A rule set that compiled but fails when it runs: a rule's action throws, a text it needs is
 * missing, or it sets no priority cut-offs. A defect of the rules, not of the facts.
 */
public class RuleSetDefect extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleSetDefect(String message, Throwable cause) {
    super(message, cause);
  }

  public RuleSetDefect(String message) {
    super(message);
  }
}
