package nl.koploper.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.koploper.api.Assessment;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import nl.koploper.report.CsvReport;
import nl.koploper.report.HtmlReport;
import nl.koploper.report.JsonReport;
import nl.koploper.report.MarkdownReport;
import nl.koploper.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koploper assess FACTS}: the ranked, explained recommendations for a region. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    versionProvider = KoploperCommand.Version.class,
    description = {
      "Assess a region against the seven lessons: ranked recommendations with their evidence, "
          + "score breakdown and instruments, the lessons' maturity scores and the data gaps.",
      "With --benchmark, the benchmark region is assessed with the same rules; where its own "
          + "figures show a lesson did not set it apart, priorities drop.",
      "With --actor, only the recommendations that actor can act on are kept; the header says "
          + "which were left out."
    })
final class AssessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportOptions options;

  @Parameters(index = "0", paramLabel = "FACTS", description = "The region's fact file.")
  Path facts;

  @Option(names = "--benchmark", paramLabel = "FACTS", description = "A benchmark region's facts.")
  Path benchmark;

  @Option(
      names = "--actor",
      paramLabel = "ACTOR",
      description =
          "Keep only what this actor can act on: eu, national, regional, rom, institutions or "
              + "sector (repeatable: what any of them can act on).")
  java.util.List<String> actors = new java.util.ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    options.checkOutput(facts, benchmark);
    Facts region = FactsLoader.load(facts);
    Facts peer = benchmark == null ? null : FactsLoader.load(benchmark);
    java.util.List<nl.koploper.api.Actor> only = new java.util.ArrayList<>();
    for (String actor : actors) {
      try {
        only.add(options.advisor().actor(actor, options.language));
      } catch (IllegalArgumentException e) {
        throw ExitCodes.invalidArgument("--actor: " + e.getMessage());
      }
    }
    Assessment assessment = options.advisor().assess(region, peer, options.language);
    if (!only.isEmpty()) {
      assessment = assessment.onlyFor(only);
    }
    String result =
        switch (options.format) {
          case TEXT -> TextReport.render(assessment);
          case JSON -> JsonReport.render(assessment);
          case MARKDOWN -> MarkdownReport.render(assessment);
          case CSV -> CsvReport.render(assessment);
          case HTML -> HtmlReport.render(assessment);
        };
    return options.write(result, spec.commandLine().getOut(), err);
  }
}
