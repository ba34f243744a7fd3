package nl.koploper.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.koploper.facts.FactSchema;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import nl.koploper.facts.InvalidFactsException;
import nl.koploper.facts.UncertainFacts;
import nl.koploper.problem.KoploperException;
import nl.koploper.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koploper validate FACTS...}: checks fact files and reports every bad one. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = KoploperCommand.Version.class,
    description = {
      "Check fact files (YAML or JSON) against the schema koploper/facts/v1.",
      "Every bad file is reported, each problem as file:line:column: field: what was expected.",
      "Uncertain values ({oneOf: [A, B]}, {between: [low, high]}) are accepted and counted: "
          + "they are for koploper sensitivity; the other commands refuse them.",
      "Standard output gets one line per file only when all are valid."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FACTS", description = "Fact files to check.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> verdicts = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int invalid = 0;
    for (Path file : files) {
      try {
        verdicts.add(file + ": valid (" + summary(FactsLoader.loadUncertain(file)) + ")");
      } catch (InvalidFactsException e) {
        invalid++;
        problems.addAll(e.problems());
      }
    }
    if (invalid > 0) {
      problems.add(
          Problem.of(
              Problem.Code.INVALID_FACTS,
              invalid
                  + " of "
                  + files.size()
                  + (files.size() == 1 ? " file" : " files")
                  + " invalid"));
      throw new KoploperException(problems);
    }
    verdicts.forEach(out::println);
    return ExitCodes.OK;
  }

  private static String summary(UncertainFacts uncertain) {
    int n = uncertain.uncertainties().size();
    String uncertainty =
        n == 0
            ? ""
            : "; "
                + n
                + (n == 1 ? " uncertain value" : " uncertain values")
                + " (for koploper sensitivity)";
    return summary(uncertain.base()) + uncertainty;
  }

  private static String summary(Facts facts) {
    List<FactSchema.Field> fields = FactSchema.fields();
    long known = fields.stream().filter(f -> f.get(facts) != null).count();
    long estimates = fields.stream().filter(f -> facts.isEstimate(f.path())).count();
    String year = facts.region().year() == null ? "" : ", " + facts.region().year();
    return facts.region().code()
        + " "
        + facts.region().name()
        + year
        + "; "
        + known
        + " of "
        + fields.size()
        + " facts known"
        + (estimates == 0
            ? ""
            : ", " + estimates + (estimates == 1 ? " of them an estimate" : " of them estimates"));
  }
}
