package nl.koploper.facts;

import java.util.List;
import nl.koploper.problem.KoploperException;
import nl.koploper.problem.Problem;

/** A fact file (or facts built in code) that cannot be used; nothing was assessed from it. */
public final class InvalidFactsException extends KoploperException {
  private static final long serialVersionUID = 1L;

  private final transient List<FactError> errors;

  /**
   * The problems of one or more fact files.
   *
   * @param errors every problem found, at least one
   */
  public InvalidFactsException(List<FactError> errors) {
    super(errors.stream().map(e -> e.toProblem(Problem.Code.INVALID_FACTS)).toList());
    this.errors = List.copyOf(errors);
  }

  /**
   * Every problem found, in file order, as the fact loader reports them.
   *
   * @return the errors; {@link #problems()} gives the same as {@link Problem}s
   */
  public List<FactError> errors() {
    return errors;
  }
}
