package nl.koploper.engine;

/** The rules kept firing past the limit: a rule set that loops. */
public final class RunawayRulesException extends RuleSetDefect {
  private static final long serialVersionUID = 1L;
  private final String rule;

  public RunawayRulesException(String rule, int limit) {
    super(
        "the rules fired more than "
            + limit
            + " times without settling; rule '"
            + rule
            + "' fired most often: it probably keeps changing its own facts");
    this.rule = rule;
  }

  /** The rule that fired most often. */
  public String rule() {
    return rule;
  }
}
