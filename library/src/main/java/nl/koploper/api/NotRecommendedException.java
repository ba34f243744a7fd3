package nl.koploper.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An explanation was asked for a recommendation that did not fire for the input: either the rule
 * set has a rule with that code that did not fire ({@link #known()}), or no rule of the set
 * recommends under that code at all. The message says which, and names the codes to choose from.
 */
public final class NotRecommendedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final boolean known;
  private final List<String> choices;

  private NotRecommendedException(
      String message, String code, boolean known, List<String> choices) {
    super(message);
    this.code = code;
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
    String hint = closest(code, codes).map(c -> "; did you mean " + c + "?").orElse("");
    String message =
        code
            + " is not a recommendation code of this rule set"
            + hint
            + (hint.isEmpty() ? "; " : " ")
            + (hint.isEmpty() ? "its codes are: " : "Its codes are: ")
            + String.join(", ", codes);
    return new NotRecommendedException(message, code, false, codes);
  }

  /** The code asked for. */
  public String code() {
    return code;
  }

  /** Whether a rule of the set recommends under this code (it just did not fire for this input). */
  public boolean known() {
    return known;
  }

  /** The codes to choose from: those that fired when {@link #known()}, else all the set's codes. */
  public List<String> choices() {
    return choices;
  }

  private static java.util.Optional<String> closest(String given, List<String> codes) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : codes) {
      int d = distance(given.toUpperCase(Locale.ROOT), candidate.toUpperCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, Math.min(4, given.length() / 4));
    return bestDistance <= allowed
        ? java.util.Optional.of(Objects.requireNonNull(best))
        : java.util.Optional.empty();
  }

  /** Levenshtein distance, two rows at a time. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
