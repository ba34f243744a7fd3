package nl.koploper.policytest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.koploper.api.Advisor;
import nl.koploper.api.Language;
import nl.koploper.api.RuleDescription;
import nl.koploper.api.TracedAssessment;
import nl.koploper.facts.FactError;

/**
 * The policy tests of a rule set directory: every {@code tests/**}{@code /*.yaml} under it, in
 * sorted order, run against the rule set, with the rules that fired in no case.
 */
public final class PolicySuite {
  private PolicySuite() {}

  /** What one case gave. */
  public record CaseResult(PolicyCase testCase, List<String> failures, SortedSet<String> fired) {
    public CaseResult {
      failures = List.copyOf(failures);
      fired = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(fired));
    }

    public boolean passed() {
      return failures.isEmpty();
    }
  }

  /** What the whole suite gave, and which rules of the set fired in no case. */
  public record Result(List<CaseResult> cases, List<RuleDescription> rules) {
    public Result {
      cases = List.copyOf(cases);
      rules = List.copyOf(rules);
    }

    public long passed() {
      return cases.stream().filter(CaseResult::passed).count();
    }

    public long failed() {
      return cases.size() - passed();
    }

    /** The rules that fired in no case, in the catalogue's order (lesson, file, name). */
    public List<RuleDescription> uncovered() {
      Set<String> fired = new TreeSet<>();
      cases.forEach(c -> fired.addAll(c.fired()));
      return rules.stream().filter(r -> !fired.contains(r.name())).toList();
    }

    /** Whether at least {@code percent} of the rules fired in some case. */
    public boolean covers(double percent) {
      return 100.0 * (rules.size() - uncovered().size()) >= percent * rules.size();
    }
  }

  /**
   * The test files under {@code directory/tests}, sorted by their path below it; empty when there
   * is no such directory.
   */
  public static List<Path> files(Path directory) {
    Path tests = directory.resolve("tests");
    if (!Files.isDirectory(tests)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(tests)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(p -> tests.relativize(p).toString().replace('\\', '/')))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + tests, e);
    }
  }

  /**
   * Reads every test file, reporting the problems of all of them at once. Test files and the fact
   * files they name are read only inside the project, the rule directory's parent.
   *
   * @param ruleDirectory the rule set's directory
   * @param codes the recommendation codes of the rule set under test
   * @param factors the score factors of the rule set under test ({@link Advisor#scoreFactors})
   * @throws InvalidPolicyTestException with every problem of every file
   */
  public static List<PolicyCase> read(
      Path ruleDirectory, List<Path> files, Set<String> codes, Set<String> factors)
      throws InvalidPolicyTestException {
    List<PolicyCase> cases = new ArrayList<>();
    List<FactError> errors = new ArrayList<>();
    Map<Path, Object> factFiles = new HashMap<>();
    for (Path file : files) {
      try {
        cases.addAll(
            PolicyTestReader.read(ruleDirectory, file, file.toString(), codes, factors, factFiles));
      } catch (InvalidPolicyTestException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidPolicyTestException(errors);
    }
    return cases;
  }

  /** The recommendation codes of an advisor's rule set: what test files may name. */
  public static Set<String> codes(Advisor advisor) {
    return advisor.rules(Language.EN).stream()
        .map(RuleDescription::code)
        .filter(Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Runs the cases in order.
   *
   * @throws nl.koploper.api.RulesDidNotSettleException when the rules loop on a case's facts
   * @throws nl.koploper.api.RuleSetFailedException when a rule fails on them
   */
  public static Result run(Advisor advisor, List<PolicyCase> cases) {
    List<CaseResult> results = new ArrayList<>();
    for (PolicyCase c : cases) {
      TracedAssessment traced = advisor.assessTraced(c.facts(), c.benchmark(), Language.EN);
      List<String> failures =
          c.expectations().stream()
              .map(e -> e.check(traced.assessment()))
              .flatMap(Optional::stream)
              .toList();
      results.add(new CaseResult(c, failures, traced.firedRules()));
    }
    return new Result(results, advisor.rules(Language.EN));
  }
}
