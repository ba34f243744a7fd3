package nl.koploper.cli;

/** The exit codes of SPEC.md. */
final class ExitCodes {
  static final int OK = 0;

  /** A bug, or (for {@code test}) failing cases. */
  static final int INTERNAL = 1;

  /** A usage error or invalid input; nothing was written to the output. */
  static final int INVALID_INPUT = 2;

  /** The rule set does not compile or is invalid. */
  static final int INVALID_RULES = 3;

  private ExitCodes() {}
}
