package nl.koploper.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.koploper.api.Advisor;
import nl.koploper.api.Comparison;
import nl.koploper.api.RuleSetFailedException;
import nl.koploper.api.RulesDidNotSettleException;
import nl.koploper.facts.FactError;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import nl.koploper.facts.InvalidFactsException;
import nl.koploper.report.ComparisonHtml;
import nl.koploper.report.ComparisonJson;
import nl.koploper.report.ComparisonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koploper compare FACTS FACTS...}: regions side by side, ranked. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = KoploperCommand.Version.class,
    description = {
      "Compare regions side by side: each is assessed on its own with the same rules; they are "
          + "ranked by the mean of their lesson scores, with their top recommendations."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportOptions options;

  @Parameters(arity = "2..*", paramLabel = "FACTS", description = "Two or more fact files.")
  List<Path> files;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "3",
      description = "How many recommendations to show per region (default 3).")
  int top;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (top < 1) {
      err.println("--top must be at least 1, not " + top);
      return ExitCodes.INVALID_INPUT;
    }
    List<Facts> regions = new ArrayList<>();
    boolean invalid = false;
    for (Path file : files) {
      try {
        regions.add(FactsLoader.load(file));
      } catch (InvalidFactsException e) {
        e.errors().stream().map(FactError::toString).forEach(err::println);
        invalid = true;
      }
    }
    if (invalid) {
      return ExitCodes.INVALID_INPUT;
    }
    Advisor advisor = options.advisor(err);
    if (advisor == null) {
      return ExitCodes.INVALID_RULES;
    }
    Comparison comparison;
    try {
      comparison = advisor.compare(regions, options.language, top);
    } catch (IllegalArgumentException e) {
      err.println("koploper compare: " + e.getMessage());
      return ExitCodes.INVALID_INPUT;
    } catch (RulesDidNotSettleException | RuleSetFailedException e) {
      err.println("koploper: " + e.getMessage());
      return ExitCodes.INVALID_RULES;
    }
    return options.write(render(comparison), spec.commandLine().getOut(), err);
  }

  private String render(Comparison comparison) {
    switch (options.format) {
      case JSON:
        return ComparisonJson.render(comparison);
      case MARKDOWN:
        return ComparisonReport.markdown(comparison);
      case CSV:
        return ComparisonReport.csv(comparison);
      case HTML:
        return ComparisonHtml.render(comparison);
      default:
        return ComparisonReport.text(comparison);
    }
  }
}
