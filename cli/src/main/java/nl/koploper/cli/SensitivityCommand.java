package nl.koploper.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.koploper.api.Sensitivity;
import nl.koploper.facts.FactError;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import nl.koploper.facts.InvalidFactsException;
import nl.koploper.facts.UncertainFacts;
import nl.koploper.facts.Uncertainty;
import nl.koploper.report.SensitivityJson;
import nl.koploper.report.SensitivityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koploper sensitivity FACTS}: how sure the advice is, given the uncertain facts. */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    versionProvider = KoploperCommand.Version.class,
    description = {
      "Assess many samples of a region whose fact file gives some values as uncertain "
          + "({oneOf: [A, B]} for enums and booleans, {between: [low, high]} for numbers), and "
          + "show for each recommendation how often it appears, its median rank and 5–95 %% rank "
          + "interval, and how often it has each priority; then which uncertain fact moves the "
          + "advice most.",
      "Every possibility is equally likely. The same --seed gives the same result. Uses every "
          + "core.",
      "With --vary-estimates, every value the file writes as {estimate: VALUE} is varied by one "
          + "step of its scale as well: an enum over its neighbours and itself, a boolean over "
          + "both, a number over ± --estimate-range percent of itself.",
      "Writes text (default) or json."
    })
final class SensitivityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportOptions options;

  @Parameters(
      index = "0",
      paramLabel = "FACTS",
      description = "The region's fact file, with uncertain values.")
  Path facts;

  @Option(names = "--benchmark", paramLabel = "FACTS", description = "A benchmark region's facts.")
  Path benchmark;

  @Option(
      names = "--samples",
      paramLabel = "N",
      defaultValue = "10000",
      description = "How many samples to assess (1 to 1000000; default ${DEFAULT-VALUE}).")
  int samples;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "The seed of the random draws (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--vary-estimates",
      description =
          "Vary every estimate ({estimate: VALUE}) by one step of its scale, without writing "
              + "oneOf or between: enums over their neighbours and themselves, booleans over both, "
              + "numbers over ± --estimate-range.")
  boolean varyEstimates;

  @Option(
      names = "--estimate-range",
      paramLabel = "PERCENT",
      defaultValue = "25",
      description =
          "How far --vary-estimates varies an estimated number, in percent of itself either way "
              + "(above 0, at most 100; default ${DEFAULT-VALUE}).")
  double estimateRange;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    options.requireTextOrJson();
    if (samples < 1 || samples > Sensitivity.MAX_SAMPLES) {
      throw ExitCodes.invalidArgument(
          "--samples must be from 1 to " + Sensitivity.MAX_SAMPLES + ", not " + samples);
    }
    if (!(estimateRange > 0 && estimateRange <= 100)) {
      throw ExitCodes.invalidArgument(
          "--estimate-range must be above 0 and at most 100 (percent), not " + estimateRange);
    }
    if (!varyEstimates
        && spec.commandLine().getParseResult().hasMatchedOption("--estimate-range")) {
      throw ExitCodes.invalidArgument("--estimate-range only applies with --vary-estimates");
    }
    List<FactError> errors = new ArrayList<>();
    UncertainFacts region = null;
    Facts peer = null;
    try {
      region = FactsLoader.loadUncertain(facts);
    } catch (InvalidFactsException e) {
      errors.addAll(e.errors());
    }
    try {
      if (benchmark != null) {
        UncertainFacts theirs = FactsLoader.loadUncertain(benchmark);
        for (Uncertainty u : theirs.uncertainties()) {
          errors.add(
              new FactError(
                  benchmark.toString(),
                  u.line(),
                  u.column(),
                  u.field().path(),
                  "the benchmark must be certain: only the region's facts may be uncertain;"
                      + " give the benchmark one value here"));
        }
        peer = theirs.base();
      }
    } catch (InvalidFactsException e) {
      errors.addAll(e.errors());
    }
    ReportOptions.refuse(errors);
    if (varyEstimates) {
      region = region.varyingEstimates(estimateRange / 100);
    }
    Sensitivity result =
        options.advisor().sensitivity(region, peer, options.language, samples, seed);
    String text =
        options.format == Choices.Format.JSON
            ? SensitivityJson.render(result)
            : SensitivityReport.text(result);
    return options.write(text, spec.commandLine().getOut(), err);
  }
}
