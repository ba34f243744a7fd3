package nl.koploper.policytest;

import java.util.List;
import java.util.stream.Collectors;
import nl.koploper.facts.FactError;

/** A policy test file that cannot be run; every problem names file, line, column and field. */
public final class InvalidPolicyTestException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<FactError> errors;

  public InvalidPolicyTestException(List<FactError> errors) {
    super(errors.stream().map(FactError::toString).collect(Collectors.joining("\n")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid file has at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  /** Every problem found, in file order. */
  public List<FactError> errors() {
    return errors;
  }
}
