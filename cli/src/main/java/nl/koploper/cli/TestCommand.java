package nl.koploper.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.koploper.api.Advisor;
import nl.koploper.api.RuleDescription;
import nl.koploper.api.RuleSetFailedException;
import nl.koploper.api.RulesDidNotSettleException;
import nl.koploper.facts.FactError;
import nl.koploper.policytest.InvalidPolicyTestException;
import nl.koploper.policytest.PolicyCase;
import nl.koploper.policytest.PolicySuite;
import nl.koploper.problem.KoploperException;
import nl.koploper.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koploper test [DIR]}: runs the policy tests beside a rule set. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = KoploperCommand.Version.class,
    description = {
      "Run the policy tests in DIR/tests (every *.yaml, also in subdirectories, in sorted order)"
          + " against the rule set in DIR.",
      "One line per case, PASS or FAIL; a failing case shows what was expected against what the"
          + " rules gave. Exit 1 when a case fails (or coverage is under --min-coverage), 2 for"
          + " an invalid test file, 3 for an invalid rule set."
    })
final class TestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The rule set directory; its tests are in DIR/tests (default: ./rules).")
  Path directory;

  @Option(
      names = "--coverage",
      description = "Report the share of rules that fired in some case, and those that did not.")
  boolean coverage;

  @Option(
      names = "--min-coverage",
      paramLabel = "PERCENT",
      description = "Fail (exit 1) when fewer than PERCENT %% of the rules fire in some case.")
  Double minCoverage;

  @picocli.CommandLine.Mixin RuleTimeLimit timeLimit = new RuleTimeLimit();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (directory == null) {
      directory = ProjectRules.here().orElse(null);
    }
    if (directory == null) {
      // The bundled rules have no tests in the jar: say where we looked and what to give instead.
      throw ExitCodes.invalidArgument(ProjectRules.NONE_FOR_TEST);
    }
    if (minCoverage != null && (minCoverage < 0 || minCoverage > 100 || minCoverage.isNaN())) {
      throw new ParameterException(
          spec.commandLine(), "--min-coverage takes a percentage from 0 to 100");
    }
    Advisor advisor = timeLimit.apply(Advisor.fromDirectory(directory));
    List<Path> files = PolicySuite.files(directory);
    if (files.isEmpty()) {
      throw new KoploperException(
          List.of(
              Problem.at(
                  Problem.Code.INVALID_POLICY_TEST,
                  directory.resolve("tests").toString(),
                  0,
                  "no policy tests (*.yaml) to run; write them beside the rules,"
                      + " one file per lesson (see docs/rules.md, \"Policy tests\")")));
    }
    List<PolicyCase> cases;
    try {
      cases =
          PolicySuite.read(directory, files, PolicySuite.codes(advisor), advisor.scoreFactors());
    } catch (InvalidPolicyTestException e) {
      long bad = e.errors().stream().map(FactError::file).distinct().count();
      throw new KoploperException(
          Stream.concat(
                  e.problems().stream(),
                  Stream.of(
                      Problem.of(
                          Problem.Code.INVALID_POLICY_TEST,
                          bad
                              + " of "
                              + files.size()
                              + (files.size() == 1 ? " test file" : " test files")
                              + " invalid")))
              .toList());
    }
    PolicySuite.Result result;
    try {
      result = PolicySuite.run(advisor, cases);
    } catch (RulesDidNotSettleException | RuleSetFailedException e) {
      throw new RuleSetFailedException(
          directory.toString(), "the rule set fails on a test case: " + e.getMessage());
    }
    report(result, out);
    boolean enough = minCoverage == null || result.covers(minCoverage);
    if (!enough) {
      out.println(
          "coverage "
              + percent(result)
              + " % is below the minimum of "
              + new java.math.BigDecimal(minCoverage.toString())
                  .stripTrailingZeros()
                  .toPlainString()
              + " %");
    }
    out.flush();
    return result.failed() == 0 && enough ? ExitCodes.OK : ExitCodes.INTERNAL;
  }

  private void report(PolicySuite.Result result, PrintWriter out) {
    for (PolicySuite.CaseResult c : result.cases()) {
      PolicyCase t = c.testCase();
      if (c.passed()) {
        out.println("PASS  " + t.file() + ": " + t.name());
      } else {
        out.println("FAIL  " + t.file() + ":" + t.line() + ": " + t.name());
        c.failures().forEach(f -> out.println("        " + f));
      }
    }
    out.println(result.passed() + " passed, " + result.failed() + " failed");
    if (coverage || minCoverage != null) {
      List<RuleDescription> uncovered = result.uncovered();
      int total = result.rules().size();
      out.print(
          "coverage: "
              + (total - uncovered.size())
              + " of "
              + total
              + " rules fired in some case ("
              + percent(result)
              + " %)");
      out.println(uncovered.isEmpty() ? "" : "; fired in no case:");
      uncovered.forEach(r -> out.println("  " + r.name() + "  [" + r.file() + "]"));
    }
  }

  /** Rounded down to one decimal, so 99.96 % never shows as 100.0 %. */
  private static String percent(PolicySuite.Result result) {
    int total = result.rules().size();
    int covered = total - result.uncovered().size();
    double tenths = Math.floor(1000.0 * covered / total);
    return String.format(Locale.ROOT, "%.1f", tenths / 10);
  }
}
