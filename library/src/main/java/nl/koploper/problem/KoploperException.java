package nl.koploper.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Something Koploper cannot do with what it was given: every problem found, each with its code and
 * location. Its subclasses say which step refused (facts, rules, policy tests, a run of the rules);
 * a program that only reports problems catches this one type. Unchecked, so that the same type can
 * come out of loading, compiling and assessing alike.
 */
public class KoploperException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems found; never empty. */
  private final transient List<Problem> problems;

  /**
   * An exception carrying the problems found.
   *
   * @param problems every problem found, at least one
   * @throws IllegalArgumentException when there is no problem
   */
  public KoploperException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an exception carries at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in the order found (file order within a file).
   *
   * @return the problems, at least one
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The code of the first problem: what kind of refusal this is.
   *
   * @return the code
   */
  public Problem.Code code() {
    return problems.get(0).code();
  }
}
