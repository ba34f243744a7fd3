package nl.koploper.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.koploper.api.Explanation;
import nl.koploper.facts.FactError;
import nl.koploper.facts.Facts;
import nl.koploper.report.ExplainedFiles;
import nl.koploper.report.ExplanationJson;
import nl.koploper.report.ExplanationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koploper explain FACTS CODE}: why one recommendation fired, and the ways out of it. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = KoploperCommand.Version.class,
    // Only text, json and html: the bundle describes ReportOptions' --format so for this command.
    resourceBundle = "nl.koploper.cli.TextJsonOrHtml",
    description = {
      "Explain why a recommendation fired for a region and ranks where it does: its rule and "
          + "lesson, the facts it matched and all the rule reads (beside the benchmark's), its "
          + "score factor by factor.",
      "And the ways out: the smallest sets of changes to the facts after which it no longer "
          + "fires, found by running the rules (single changes first, then pairs, then triples; "
          + "a number moved to its threshold) and each checked with what-if, shown as a "
          + "what-if command to run.",
      "Writes text (default), json or html (a self-contained page with the same content)."
    })
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportOptions options;

  @Parameters(index = "0", paramLabel = "FACTS", description = "The region's fact file.")
  Path facts;

  @Parameters(
      index = "1",
      paramLabel = "CODE",
      description = {"The code of a recommendation it got, such as", "L3.EARLY_RND_SUBSIDIES."})
  String code;

  @Option(names = "--benchmark", paramLabel = "FACTS", description = "A benchmark region's facts.")
  Path benchmark;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    options.checkOutput(facts, benchmark);
    options.requireTextJsonOrHtml();
    List<FactError> errors = new ArrayList<>();
    Facts region = ReportOptions.load(facts, errors);
    Facts peer = ReportOptions.load(benchmark, errors);
    ReportOptions.refuse(errors);
    Explanation explanation =
        Explanation.explain(options.advisor(), region, peer, code, options.language);
    ExplainedFiles files =
        new ExplainedFiles(
            facts.toString(),
            benchmark == null ? null : benchmark.toString(),
            options.rules == null ? null : options.rules.toString());
    String result =
        switch (options.format) {
          case JSON -> ExplanationJson.render(explanation, files);
          // on a page read in a browser as in a terminal, each way out shows its what-if command
          case HTML -> ExplanationReport.html(explanation, files, null);
          default -> ExplanationReport.text(explanation, files);
        };
    return options.write(result, spec.commandLine().getOut(), err);
  }
}
