package nl.koploper.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.koploper.api.Advisor;
import nl.koploper.api.Assessment;
import nl.koploper.api.Language;
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
 * project directory: see the README, "Benchmarks".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessBenchmark {
  private Advisor advisor;
  private Facts netherlands;
  private Facts flanders;

  @Setup
  public void setUp() throws Exception {
    advisor = Advisor.bundled();
    netherlands = FactsLoader.load(Path.of("facts/netherlands.yaml"));
    flanders = FactsLoader.load(Path.of("facts/flanders.yaml"));
  }

  /** One region on its own: one rule session. */
  @Benchmark
  public Assessment assessAlone() {
    return advisor.assess(netherlands, null, Language.EN);
  }

  /** Against a benchmark: two rule sessions (benchmark first, then the region). */
  @Benchmark
  public Assessment assessAgainstBenchmark() {
    return advisor.assess(netherlands, flanders, Language.EN);
  }

  /**
   * The floor: the same shape of work in plain Java, a handful of the rules' checks written as
   * if-statements collecting codes and scores, without the engine or the texts.
   */
  @Benchmark
  public List<String> plainJavaBaseline() {
    List<String> codes = new ArrayList<>();
    Facts f = netherlands;
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
