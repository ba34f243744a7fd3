package nl.koploper.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.koploper.api.WhatIf;
import nl.koploper.facts.FactChange;
import nl.koploper.facts.FactError;
import nl.koploper.facts.Facts;
import nl.koploper.facts.InvalidFactsException;
import nl.koploper.report.WhatIfJson;
import nl.koploper.report.WhatIfReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code koploper what-if FACTS --set PATH=VALUE...}: what changing some facts does to the advice.
 */
@Command(
    name = "what-if",
    mixinStandardHelpOptions = true,
    versionProvider = KoploperCommand.Version.class,
    // Only text, json and html: the bundle describes ReportOptions' --format so for this command.
    resourceBundle = "nl.koploper.cli.TextJsonOrHtml",
    description = {
      "Assess a region as it is and with some facts changed, and show the difference: the "
          + "recommendations added, removed and moved, and the lessons' scores before and after.",
      "Each --set takes a fact path as in a fact file and a value as a fact file writes it "
          + "(BROAD, true, 3, 0.17, [Janssen, MSD]); PATH= with nothing after = makes the fact "
          + "unknown. The changes are made in order, to the region only.",
      "Writes text (default), json or html (a self-contained page with the same content)."
    })
final class WhatIfCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportOptions options;

  @Parameters(index = "0", paramLabel = "FACTS", description = "The region's fact file.")
  Path facts;

  @Option(
      names = "--set",
      required = true,
      paramLabel = "PATH=VALUE",
      // A line of its own for the example: the help wraps after any dot, also inside a path.
      description = {
        "A fact to change; repeatable. For example:",
        "earlyFunding.earlyRndSubsidies=BROAD"
      })
  List<String> sets;

  @Option(names = "--benchmark", paramLabel = "FACTS", description = "A benchmark region's facts.")
  Path benchmark;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    options.checkOutput(facts, benchmark);
    options.requireTextJsonOrHtml();
    List<FactError> errors = new ArrayList<>();
    List<FactChange> changes = List.of();
    Facts region = ReportOptions.load(facts, errors);
    Facts peer = ReportOptions.load(benchmark, errors);
    try {
      changes = FactChange.parseAll(sets);
    } catch (InvalidFactsException e) {
      errors.addAll(e.errors());
    }
    ReportOptions.refuse(errors);
    WhatIf whatIf = WhatIf.run(options.advisor(), region, peer, options.language, changes);
    String result =
        switch (options.format) {
          case JSON -> WhatIfJson.render(whatIf);
          case HTML -> WhatIfReport.html(whatIf);
          default -> WhatIfReport.text(whatIf);
        };
    return options.write(result, spec.commandLine().getOut(), err);
  }
}
