package nl.koploper.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.koploper.api.Comparison;
import nl.koploper.facts.FactError;
import nl.koploper.facts.Facts;
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
    options.checkOutput(files.toArray(Path[]::new));
    if (top < 1) {
      throw ExitCodes.invalidArgument("--top must be at least 1, not " + top);
    }
    List<FactError> errors = new ArrayList<>();
    List<Facts> regions = new ArrayList<>();
    for (Path file : files) {
      regions.add(ReportOptions.load(file, errors));
    }
    ReportOptions.refuse(errors);
    Comparison comparison;
    try {
      comparison = options.advisor().compare(regions, options.language, top);
    } catch (IllegalArgumentException e) {
      throw ExitCodes.invalidArgument(e.getMessage());
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
