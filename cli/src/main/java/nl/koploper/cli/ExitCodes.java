package nl.koploper.cli;

import nl.koploper.problem.KoploperException;
import nl.koploper.problem.Problem;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParameterException;

/**
 * The exit codes of the contract (docs/contract.md), and the one place that decides which exception
 * ends in which of them.
 */
final class ExitCodes implements IExitCodeExceptionMapper {
  static final int OK = 0;

  /** A bug, or (for {@code test}) failing cases. */
  static final int INTERNAL = 1;

  /** A usage error or invalid input; nothing was written to the output. */
  static final int INVALID_INPUT = 2;

  /** The rule set does not compile, is invalid, or failed while running. */
  static final int INVALID_RULES = 3;

  @Override
  public int getExitCode(Throwable exception) {
    if (exception instanceof KoploperException k) {
      return of(k.code());
    }
    // picocli's own usage errors: unknown options, missing or malformed arguments.
    return exception instanceof ParameterException ? INVALID_INPUT : INTERNAL;
  }

  /** The exit code of a kind of problem. */
  static int of(Problem.Code code) {
    return switch (code) {
      case INVALID_FACTS, INVALID_ARGUMENT, INVALID_POLICY_TEST, NOT_RECOMMENDED -> INVALID_INPUT;
      case INVALID_RULES, RULES_FAILED, RULES_DID_NOT_SETTLE -> INVALID_RULES;
    };
  }

  /** A usage problem found by a command itself (exit 2), printed as {@code koploper CMD: …}. */
  static KoploperException invalidArgument(String message) {
    return new KoploperException(
        java.util.List.of(Problem.of(Problem.Code.INVALID_ARGUMENT, message)));
  }
}
