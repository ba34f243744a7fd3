package nl.koploper.api;

import java.util.List;
import nl.koploper.facts.Suggestions;
import nl.koploper.problem.KoploperException;
import nl.koploper.problem.Problem;

/**
 * An explanation was asked for a recommendation that did not fire for the input: either the rule
 * set has a rule with that code that did not fire ({@link #known()}), or no rule of the set
 * recommends under that code at all. The message says which, and names the codes to choose from.
 */
public final class NotRecommendedException extends KoploperException {
  private static final long serialVersionUID = 1L;

  /** The recommendation code asked for. */
  private final String recommendationCode;

  /** Whether the rule set has a rule with that code. */
  private final boolean known;

  /** The codes to choose from. */
  private final transient List<String> choices;

  private NotRecommendedException(
      String message, String recommendationCode, boolean known, List<String> choices) {
    super(List.of(Problem.of(Problem.Code.NOT_RECOMMENDED, message)));
    this.recommendationCode = recommendationCode;
    this.known = known;
    this.choices = List.copyOf(choices);
  }

  /**
   * A code of the rule set that did not fire for this region; {@code fired} are the ones that did.
   */
  static NotRecommendedException notFired(String code, String who, List<String> fired) {
    String message =
        fired.isEmpty()
            ? code + " was not recommended for " + who + "; nothing was recommended for it"
            : code
                + " was not recommended for "
                + who
                + "; its recommendations are: "
                + String.join(", ", fired);
    return new NotRecommendedException(message, code, true, fired);
  }

  /** A code no rule of the set recommends under; {@code codes} are the ones it has. */
  static NotRecommendedException unknown(String code, List<String> codes) {
    String hint = Suggestions.closest(code, codes).map(c -> "; did you mean " + c + "?").orElse("");
    String message =
        code
            + " is not a recommendation code of this rule set"
            + hint
            + (hint.isEmpty() ? "; " : " ")
            + (hint.isEmpty() ? "its codes are: " : "Its codes are: ")
            + String.join(", ", codes);
    return new NotRecommendedException(message, code, false, codes);
  }

  /**
   * The recommendation code asked for.
   *
   * @return the code, such as {@code L3.EARLY_RND_SUBSIDIES}
   */
  public String recommendationCode() {
    return recommendationCode;
  }

  /**
   * Whether a rule of the set recommends under this code (it just did not fire for this input).
   *
   * @return true when the rule set has the code
   */
  public boolean known() {
    return known;
  }

  /**
   * The codes to choose from.
   *
   * @return those that fired when {@link #known()}, else all the set's codes
   */
  public List<String> choices() {
    return choices;
  }
}
