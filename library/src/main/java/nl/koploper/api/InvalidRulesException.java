package nl.koploper.api;

import java.util.List;

/** A rule set that cannot be used; every problem names its file and, where known, its line. */
public final class InvalidRulesException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  public InvalidRulesException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem as {@code file:line: message}. */
  public List<String> problems() {
    return problems;
  }
}
