package nl.koploper.facts;

import nl.koploper.problem.Problem;

/**
 * One problem in a fact file, for people: where it is and what was expected.
 *
 * @param file the file as the user named it
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when the problem concerns the whole file
 * @param path the field path, such as {@code earlyFunding.earlyRndSubsidies}, or empty
 * @param message what is wrong and what was expected
 */
public record FactError(String file, int line, int column, String path, String message) {

  /**
   * This error as Koploper's one problem type.
   *
   * @param code the kind of problem: invalid facts, an invalid argument, an invalid policy test
   * @return the problem, at the same place
   */
  public Problem toProblem(Problem.Code code) {
    return new Problem(code, file, line, line > 0 ? column : 0, path, message);
  }

  /** {@code file:line:col: path: message}, the form editors and terminals link to. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line).append(':').append(column);
    }
    s.append(": ");
    if (!path.isEmpty()) {
      s.append(path).append(": ");
    }
    return s.append(message).toString();
  }
}
