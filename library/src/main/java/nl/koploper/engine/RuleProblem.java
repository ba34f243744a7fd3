package nl.koploper.engine;

/**
 * One problem of a rule set, for people: {@code rules/lesson-3.drl:14: message}.
 *
 * @param file the rule file, as the user names it
 * @param line 1-based line, or 0 when unknown
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, String message) {
  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + message;
  }
}
