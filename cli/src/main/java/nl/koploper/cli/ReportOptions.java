package nl.koploper.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import nl.koploper.api.Advisor;
import nl.koploper.api.InvalidRulesException;
import nl.koploper.api.Language;
import picocli.CommandLine.Option;

/**
 * The options every command that writes a report shares ({@code --format}, {@code --lang}, {@code
 * --rules}, {@code --output}), and what they mean: which advisor to use and where the result goes.
 */
final class ReportOptions {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Choices.FormatConverter.class,
      description = "text (default), json, markdown, csv or html.")
  Choices.Format format;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      converter = Choices.LanguageConverter.class,
      description = "en (default) or nl.")
  Language language;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "A rule set directory instead of the bundled rules (compiled at start).")
  Path rules;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the result to FILE (whole or not at all) instead of standard output.")
  Path output;

  /**
   * The advisor of {@code --rules}, or the bundled one once its warm-up has finished; null after
   * reporting a rule set that cannot be used.
   */
  Advisor advisor(PrintWriter err) {
    try {
      if (rules == null) {
        Main.awaitWarmUp();
        return Advisor.bundled();
      }
      return Advisor.fromDirectory(rules);
    } catch (InvalidRulesException e) {
      e.problems().forEach(err::println);
      return null;
    }
  }

  /**
   * For the commands that write text or JSON only: whether {@code --format} is one of them; if not,
   * says so on {@code err}.
   */
  boolean textOrJson(String command, PrintWriter err) {
    if (format == Choices.Format.TEXT || format == Choices.Format.JSON) {
      return true;
    }
    err.println(
        "koploper "
            + command
            + ": --format is text or json, not "
            + format.name().toLowerCase(java.util.Locale.ROOT));
    return false;
  }

  /**
   * Reads a fact file, or gives null for no file; an invalid file gives null too and adds its
   * errors, so that every file's errors are reported together.
   */
  static nl.koploper.facts.Facts load(
      Path file, java.util.List<nl.koploper.facts.FactError> errors) {
    if (file == null) {
      return null;
    }
    try {
      return nl.koploper.facts.FactsLoader.load(file);
    } catch (nl.koploper.facts.InvalidFactsException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  /** Writes the result to {@code --output} or standard output; returns the exit code. */
  int write(String result, PrintWriter out, PrintWriter err) {
    String failure = Output.write(result, output, out);
    if (failure != null) {
      err.println(failure);
      return ExitCodes.INVALID_INPUT;
    }
    return ExitCodes.OK;
  }
}
