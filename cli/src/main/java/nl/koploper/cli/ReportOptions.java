package nl.koploper.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.koploper.api.Advisor;
import nl.koploper.api.InvalidRulesException;
import nl.koploper.api.Language;
import nl.koploper.facts.FactError;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import nl.koploper.facts.InvalidFactsException;
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

  @picocli.CommandLine.Mixin RuleTimeLimit timeLimit = new RuleTimeLimit();

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the result to FILE (whole or not at all) instead of standard output.")
  Path output;

  /**
   * The advisor of {@code --rules}, or the bundled one once its warm-up has finished.
   *
   * @throws InvalidRulesException when the rule set cannot be used
   */
  Advisor advisor() {
    if (rules == null) {
      Main.awaitWarmUp();
      return timeLimit.apply(Advisor.bundled());
    }
    return timeLimit.apply(Advisor.fromDirectory(rules));
  }

  /** For the commands that write text or JSON only: refuses any other {@code --format}. */
  void requireTextOrJson() {
    if (format != Choices.Format.TEXT && format != Choices.Format.JSON) {
      throw ExitCodes.invalidArgument(
          "--format is text or json, not " + format.name().toLowerCase(Locale.ROOT));
    }
  }

  /** For the commands that write text, JSON or HTML only: refuses any other {@code --format}. */
  void requireTextJsonOrHtml() {
    if (format == Choices.Format.MARKDOWN || format == Choices.Format.CSV) {
      throw ExitCodes.invalidArgument(
          "--format is text, json or html, not " + format.name().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Reads a fact file, or gives null for no file; an invalid file gives null too and adds its
   * errors, so that every file's errors are reported together by {@link #refuse}.
   */
  static Facts load(Path file, List<FactError> errors) {
    if (file == null) {
      return null;
    }
    try {
      return FactsLoader.load(file);
    } catch (InvalidFactsException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  /** Ends the command with every fact file's errors, if there are any. */
  static void refuse(List<FactError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidFactsException(errors);
    }
  }

  /**
   * Refuses, before any work, an {@code --output} that is not a regular file (or a new one) or that
   * is one of the command's input files (exit 2).
   */
  void checkOutput(Path... inputs) {
    String refused = Output.refusal(output, java.util.Arrays.asList(inputs), rules);
    if (refused != null) {
      throw ExitCodes.invalidArgument(refused);
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
