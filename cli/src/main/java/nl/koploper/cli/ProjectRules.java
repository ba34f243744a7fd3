package nl.koploper.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The rule set {@code rules check} and {@code test} use when given no directory: {@code ./rules},
 * as in a clone of the project. Outside one there is none; {@code rules check} then checks the
 * bundled rules (what {@code assess} runs with, as {@code rules list} lists them), and {@code test}
 * says where it looked, since the bundled rules carry no policy tests.
 */
final class ProjectRules {
  /** What {@code test} says without a DIR where there is no {@code ./rules}. */
  static final String NONE_FOR_TEST =
      "no rule set to test: there is no directory "
          + Path.of("rules").toAbsolutePath()
          + "; run it where the rules are, or give their directory: koploper test DIR"
          + " (the policy tests in DIR/tests)";

  private ProjectRules() {}

  /** {@code ./rules} when it is a directory. */
  static Optional<Path> here() {
    Path rules = Path.of("rules");
    return Files.isDirectory(rules) ? Optional.of(rules) : Optional.empty();
  }
}
