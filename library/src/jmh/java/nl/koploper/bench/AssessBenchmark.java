package nl.koploper.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.koploper.api.Advisor;
import nl.koploper.api.Assessment;
import nl.koploper.api.Language;
import nl.koploper.api.TracedAssessment;
import nl.koploper.facts.Amount;
import nl.koploper.facts.Availability;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the public API: assessments per second, beside a plain-Java baseline of the same
 * shape (read the facts, check them, collect recommendations) that shows the floor. Run from the
 * project directory with {@code -t 1} and {@code -t 2}: see docs/performance.md.
 *
 * <p>The inputs vary the way Koploper's own callers vary them: {@code assessScenario} cycles through
 * the Netherlands with one section taken from another region (what {@code what-if}, {@code explain}
 * and {@code sensitivity} do: a few facts change between calls), {@code assessRegions} through three
 * different regions (every section changes), {@code assessSame} repeats one region.
 */
// Twenty seconds of warm-up: Drools' code keeps getting faster for about fifteen (measured: five
// iterations of two seconds still climbed from 1,300 to 5,400 operations a second).
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
// Three forks: one fork's figures moved by half from one run to the next on the 2-core machine
// (assessScenario: 17,133 ± 9,917 in one run, 11,151 ± 2,842 in the next, with no change to the
// assessment code).
@Fork(3)
public class AssessBenchmark {

  /** The regions, loaded once for every thread. */
  @State(Scope.Benchmark)
  public static class Regions {
    Advisor advisor;
    Facts netherlands;
    Facts flanders;
    List<Facts> regions;
    List<Facts> scenarios;

    @Setup
    public void setUp() throws Exception {
      advisor = Advisor.bundled();
      netherlands = FactsLoader.load(Path.of("facts/netherlands.yaml"));
      flanders = FactsLoader.load(Path.of("facts/flanders.yaml"));
      Facts denmark = FactsLoader.load(Path.of("facts/denmark.yaml"));
      regions = List.of(netherlands, flanders, denmark);
      scenarios = new ArrayList<>();
      for (Facts other : List.of(flanders, denmark)) {
        Facts n = netherlands;
        scenarios.add(with(n, other, 1));
        scenarios.add(with(n, other, 2));
        scenarios.add(with(n, other, 3));
        scenarios.add(with(n, other, 4));
        scenarios.add(with(n, other, 5));
        scenarios.add(with(n, other, 6));
        scenarios.add(with(n, other, 7));
        scenarios.add(with(n, other, 8));
      }
    }

    /** The Netherlands with section {@code s} (1–8: the lessons, then outcomes) from another. */
    private static Facts with(Facts n, Facts o, int s) {
      return new Facts(
          null,
          n.region(),
          List.of(),
          s == 1 ? o.knowledgeBase() : n.knowledgeBase(),
          s == 2 ? o.valorisation() : n.valorisation(),
          s == 3 ? o.earlyFunding() : n.earlyFunding(),
          s == 4 ? o.financingChain() : n.financingChain(),
          s == 5 ? o.ecosystem() : n.ecosystem(),
          s == 6 ? o.clinicalResearch() : n.clinicalResearch(),
          s == 7 ? o.sectorPosition() : n.sectorPosition(),
          s == 8 ? o.outcomes() : n.outcomes());
    }
  }

  /** Each thread's place in the cycle of inputs. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /** One region after another, each differing from the last in one section. */
  @Benchmark
  public Assessment assessScenario(Regions r, Cursor c) {
    Facts facts = r.scenarios.get(c.next++ % r.scenarios.size());
    return r.advisor.assess(facts, null, Language.EN);
  }

  /** The same, against Flanders as the benchmark. */
  @Benchmark
  public Assessment assessScenarioAgainstBenchmark(Regions r, Cursor c) {
    Facts facts = r.scenarios.get(c.next++ % r.scenarios.size());
    return r.advisor.assess(facts, r.flanders, Language.EN);
  }

  /** Three different regions in turn: every section changes from one call to the next. */
  @Benchmark
  public Assessment assessRegions(Regions r, Cursor c) {
    return r.advisor.assess(r.regions.get(c.next++ % 3), null, Language.EN);
  }

  /**
   * The same inputs as {@code assessScenario}, each in a fresh rule session (the path policy tests
   * take, since they also name the rules that fired): what a stateless session per call costs.
   */
  @Benchmark
  public TracedAssessment assessFresh(Regions r, Cursor c) {
    Facts facts = r.scenarios.get(c.next++ % r.scenarios.size());
    return r.advisor.assessTraced(facts, null, Language.EN);
  }

  /** One region again and again. */
  @Benchmark
  public Assessment assessSame(Regions r) {
    return r.advisor.assess(r.netherlands, null, Language.EN);
  }

  /**
   * The floor: the same shape of work in plain Java, a handful of the rules' checks written as
   * if-statements collecting codes and scores, without the engine or the texts, on the same inputs.
   */
  @Benchmark
  public List<String> plainJavaBaseline(Regions r, Cursor c) {
    List<String> codes = new ArrayList<>();
    Facts f = r.scenarios.get(c.next++ % r.scenarios.size());
    if (f.earlyFunding().earlyRndSubsidies() != null
        && f.earlyFunding().earlyRndSubsidies().compareTo(Availability.AVAILABLE) < 0) {
      codes.add("L3.EARLY_RND_SUBSIDIES:" + (20 + 20 * 0.5));
    }
    if (Boolean.FALSE.equals(f.earlyFunding().industryPhdMandates())) {
      codes.add("L3.INDUSTRY_PHD_MANDATES:30");
    }
    if (f.financingChain().patientPublicCapital() == Amount.LOW) {
      codes.add("L4.PATIENT_PUBLIC_CAPITAL:40");
    }
    if (Boolean.FALSE.equals(f.clinicalResearch().generalRulesStreamlined())) {
      codes.add("L6.STREAMLINE_TRIAL_RULES:30");
    }
    codes.sort(null);
    return codes;
  }
}
