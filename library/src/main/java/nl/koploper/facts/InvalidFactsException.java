package nl.koploper.facts;

import java.util.List;
import java.util.stream.Collectors;

/** A fact file that cannot be used; nothing was assessed from it. */
public final class InvalidFactsException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<FactError> errors;

  public InvalidFactsException(List<FactError> errors) {
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
