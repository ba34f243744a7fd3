package nl.koploper.problem;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem, for people and for programs: what kind it is, where it is and what was expected.
 *
 * @param code what kind of problem this is; stable across releases
 * @param file the file as the user named it, or empty when the problem is not in a file
 * @param line 1-based line, or 0 when the problem concerns the whole file or no file
 * @param column 1-based column, or 0 when unknown
 * @param path the field path, such as {@code earlyFunding.earlyRndSubsidies}, or empty
 * @param message what is wrong and what was expected
 */
public record Problem(Code code, String file, int line, int column, String path, String message) {

  /** What kind of problem; {@link #id()} is the stable name programs match on. */
  public enum Code {
    /** A fact file, or facts built in code, that cannot be used. */
    INVALID_FACTS,
    /** An argument that cannot be used, such as a {@code --set} value or a code to explain. */
    INVALID_ARGUMENT,
    /** A policy test file that cannot be run. */
    INVALID_POLICY_TEST,
    /** A rule set that does not compile, is unsafe or is incomplete. */
    INVALID_RULES,
    /** A rule set that compiled but failed while running. */
    RULES_FAILED,
    /** A rule set that kept firing past its limits. */
    RULES_DID_NOT_SETTLE,
    /** An explanation asked for a recommendation that was not made. */
    NOT_RECOMMENDED;

    /**
     * The code as programs see it in JSON and logs.
     *
     * @return the name in lower case with hyphens, such as {@code invalid-facts}
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Checks the parts.
   *
   * @param code what kind of problem this is
   * @param file the file as the user named it, or empty
   * @param line 1-based line, or 0
   * @param column 1-based column, or 0
   * @param path the field path, or empty
   * @param message what is wrong and what was expected
   * @throws NullPointerException when a part is null
   * @throws IllegalArgumentException when a line or column is negative, or a column is given
   *     without a line
   */
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0 || (line == 0 && column > 0)) {
      throw new IllegalArgumentException(
          "a problem's line and column are 1-based or 0 (unknown), and a column needs a line; got "
              + line
              + ":"
              + column);
    }
  }

  /**
   * A problem that is not in a file.
   *
   * @param code what kind of problem
   * @param message what is wrong
   * @return the problem
   */
  public static Problem of(Code code, String message) {
    return new Problem(code, "", 0, 0, "", message);
  }

  /**
   * A problem at a line of a file, without a column or a field.
   *
   * @param code what kind of problem
   * @param file the file as the user named it
   * @param line 1-based line, or 0 when unknown
   * @param message what is wrong
   * @return the problem
   */
  public static Problem at(Code code, String file, int line, String message) {
    return new Problem(code, file, line, 0, "", message);
  }

  /**
   * {@code file:line:col: path: message}, the form editors and terminals link to; the parts that
   * are unknown are left out.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    if (!file.isEmpty()) {
      s.append(": ");
    }
    if (!path.isEmpty()) {
      s.append(path).append(": ");
    }
    return s.append(message).toString();
  }
}
