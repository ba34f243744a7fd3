package nl.koploper.cli;

import java.util.List;
import java.util.Optional;
import nl.koploper.facts.Suggestions;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Adds a "did you mean" to an unknown option that picocli has none for. Picocli suggests only the
 * options that share the misspelt one's first two letters, so {@code --benchmrk} gets {@code
 * --benchmark} but {@code --fromat} gets nothing; here the closest option by edit distance (as fact
 * files' unknown fields get) fills that gap. Everything else, and the printing, stays picocli's.
 */
final class NearOptions implements IParameterExceptionHandler {
  private final IParameterExceptionHandler standard;

  NearOptions(IParameterExceptionHandler standard) {
    this.standard = standard;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) throws Exception {
    if (ex instanceof UnmatchedArgumentException unmatched
        && unmatched.isUnknownOption()
        && unmatched.getSuggestions().isEmpty()) {
      Optional<String> near = near(unmatched);
      if (near.isPresent()) {
        return standard.handleParseException(new Suggested(unmatched, near.get()), args);
      }
    }
    return standard.handleParseException(ex, args);
  }

  /** The visible long option closest to the first unknown one, if one is close enough. */
  private static Optional<String> near(UnmatchedArgumentException unmatched) {
    String given = unmatched.getUnmatched().get(0);
    int equals = given.indexOf('=');
    String name = equals < 0 ? given : given.substring(0, equals);
    if (!name.startsWith("--")) {
      return Optional.empty();
    }
    List<String> names =
        unmatched.getCommandLine().getCommandSpec().options().stream()
            .filter(option -> !option.hidden())
            .map(OptionSpec::longestName)
            .filter(n -> n.startsWith("--"))
            .toList();
    return Suggestions.closest(name, names);
  }

  /** Picocli's own exception with the suggestion it could not find, printed the way it prints. */
  private static final class Suggested extends UnmatchedArgumentException {
    private static final long serialVersionUID = 1L;
    private final String message;
    private final List<String> suggestions;

    Suggested(UnmatchedArgumentException original, String suggestion) {
      super(original.getCommandLine(), original.getUnmatched());
      this.message = original.getMessage();
      this.suggestions = List.of(suggestion);
    }

    @Override
    public String getMessage() {
      return message;
    }

    @Override
    public List<String> getSuggestions() {
      return suggestions;
    }
  }
}
