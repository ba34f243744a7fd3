package nl.koploper.api;

/** The rules kept firing without end (a rule that keeps changing its own facts). */
public final class RulesDidNotSettleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RulesDidNotSettleException(String message) {
    super(message);
  }
}
