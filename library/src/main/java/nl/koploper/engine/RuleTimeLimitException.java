package nl.koploper.engine;

/** A run of the rules went past its wall-clock limit: stopped, naming the rule that was running. */
public final class RuleTimeLimitException extends RuleSetDefect {
  private static final long serialVersionUID = 1L;
  private final String rule;

  public RuleTimeLimitException(String rule, java.time.Duration limit) {
    super(
        "rule \""
            + rule
            + "\" was still running when the rules reached their time limit of "
            + RuleTimeLimitException.seconds(limit)
            + "; stopped (raise it with --rule-time-limit)");
    this.rule = rule;
  }

  static String seconds(java.time.Duration limit) {
    double s = limit.toMillis() / 1000.0;
    return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
  }

  /** The rule that was running or about to fire. */
  public String rule() {
    return rule;
  }
}
