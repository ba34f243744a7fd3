package nl.koploper.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.koploper.api.Explanation;
import nl.koploper.api.Language;

/**
 * The files an explanation was made from, as the user named them on the command line, so that each
 * way out can be shown as a {@code koploper what-if} command to paste and run.
 *
 * @param facts the region's fact file
 * @param benchmark the benchmark's fact file, or null
 * @param rules the rule directory of {@code --rules}, or null for the bundled rules
 */
public record ExplainedFiles(String facts, String benchmark, String rules) {
  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_.,:/=+@%-]+");

  /**
   * Checks that the facts file is named.
   *
   * @param facts the region's fact file
   * @param benchmark the benchmark's fact file, or null
   * @param rules the rule directory of {@code --rules}, or null for the bundled rules
   */
  public ExplainedFiles {
    java.util.Objects.requireNonNull(facts, "facts");
  }

  /**
   * {@code koploper what-if FACTS --set PATH=VALUE... [--benchmark FACTS] [--rules DIR] [--lang
   * nl]}, quoted for a POSIX shell: the command that makes the changes of a way out.
   *
   * @param way the way out
   * @param language the language of the command
   * @return the command line
   */
  public String whatIf(Explanation.WayOut way, Language language) {
    List<String> words = new ArrayList<>(List.of("koploper", "what-if", quoted(facts)));
    words.addAll(way.setArguments());
    if (benchmark != null) {
      words.add("--benchmark " + quoted(benchmark));
    }
    if (rules != null) {
      words.add("--rules " + quoted(rules));
    }
    if (language != Language.EN) {
      words.add("--lang " + language.tag());
    }
    return String.join(" ", words);
  }

  private static String quoted(String word) {
    return SHELL_SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
