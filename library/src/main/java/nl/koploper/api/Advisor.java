package nl.koploper.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.koploper.engine.Outcome;
import nl.koploper.engine.RuleFiles;
import nl.koploper.engine.RuleInfo;
import nl.koploper.engine.RuleSet;
import nl.koploper.engine.RuleSetDefect;
import nl.koploper.engine.RuleSetException;
import nl.koploper.engine.RunawayRulesException;
import nl.koploper.engine.session.RunWatch;
import nl.koploper.facts.Facts;
import nl.koploper.facts.UncertainFacts;
import nl.koploper.problem.Problem;

/**
 * Assesses regions against the seven lessons. Build one once (the rules are compiled then) and call
 * {@link #assess} from any number of threads: each call has its own rule session, and the results
 * are immutable.
 *
 * <pre>{@code
 * Advisor advisor = Advisor.bundled();
 * Assessment result = advisor.assess(FactsLoader.load(Path.of("facts/netherlands.yaml")),
 *     FactsLoader.load(Path.of("facts/flanders.yaml")), Language.EN);
 * result.recommendations().forEach(r -> System.out.println(r.rank() + " " + r.title()));
 * }</pre>
 */
public final class Advisor {
  private static volatile Advisor bundled;

  private final RuleSet rules;
  private final RuleSetInfo info;
  private final Map<Language, Wording> wordings = new EnumMap<>(Language.class);

  /**
   * The benchmark's own outcome by its facts: a benchmark is assessed the same way every time, and
   * most callers ask against one or two (a sensitivity run asks thousands of times).
   */
  private final Map<Facts, Outcome> benchmarks =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Facts, Outcome> eldest) {
              return size() > 8;
            }
          });

  /** How long one run of the rules may take before it is stopped. */
  private final java.time.Duration ruleTimeLimit;

  private Advisor(RuleSet rules) {
    this(rules, nl.koploper.engine.session.RunWatch.DEFAULT_LIMIT);
  }

  private Advisor(RuleSet rules, java.time.Duration ruleTimeLimit) {
    this.rules = rules;
    this.ruleTimeLimit = ruleTimeLimit;
    this.info = AssessmentBuilder.info(rules);
    for (Language language : Language.values()) {
      java.util.Map<String, String> names = new java.util.HashMap<>();
      for (nl.koploper.engine.RuleInfo rule : rules.rules().rules()) {
        names.put(
            rule.name(),
            language == Language.NL && rule.dutch() != null ? rule.dutch() : rule.name());
      }
      wordings.put(language, new Wording(language, rules.texts(language.tag()), names));
    }
  }

  /**
   * The advisor with the rule set bundled in Koploper; built once per JVM.
   *
   * @return the shared advisor of the bundled rules
   */
  public static Advisor bundled() {
    Advisor advisor = bundled;
    if (advisor == null) {
      synchronized (Advisor.class) {
        advisor = bundled;
        if (advisor == null) {
          try {
            advisor = new Advisor(RuleSet.bundled());
          } catch (RuleSetException e) {
            throw new IllegalStateException(
                "the bundled rule set is invalid:\n" + e.getMessage(), e);
          }
          bundled = advisor;
        }
      }
    }
    return advisor;
  }

  /**
   * An advisor with the rule set of a directory ({@code *.drl} and {@code texts.*.properties}).
   *
   * @param directory a directory of rules, such as {@code rules}
   * @return an advisor of those rules
   * @throws InvalidRulesException when it does not compile, is empty, or lacks texts
   */
  public static Advisor fromDirectory(Path directory) throws InvalidRulesException {
    Objects.requireNonNull(directory, "directory");
    try {
      return new Advisor(RuleSet.load(RuleFiles.fromDirectory(directory)));
    } catch (RuleSetException e) {
      throw new InvalidRulesException(
          e.problems().stream()
              .map(r -> Problem.at(Problem.Code.INVALID_RULES, r.file(), r.line(), r.message()))
              .toList());
    }
  }

  /**
   * The same advisor with another wall-clock limit on each run of the rules (default 5 seconds): a
   * run that takes longer is stopped with {@link RuleSetFailedException} naming the rule.
   *
   * @param limit the longest one run of the rules may take
   * @return an advisor with the same rules and that limit
   * @throws IllegalArgumentException when the limit is not positive
   */
  public Advisor withRuleTimeLimit(Duration limit) {
    Objects.requireNonNull(limit, "limit must not be null");
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("the rule time limit must be positive, not " + limit);
    }
    return new Advisor(rules, limit);
  }

  /**
   * For a process that owns its JVM (the command line): what to say when some run of the rules in
   * this JVM is more than {@code grace} past its time limit, stuck where no check between firings
   * reaches. Java cannot stop such a thread; the process can end itself.
   *
   * @param grace how long past its limit a run may be before it counts as stuck
   * @return the message naming the stuck run's rule, or empty when none is stuck
   */
  public static Optional<String> overdueRun(Duration grace) {
    return RunWatch.overdue(grace).map(Throwable::getMessage);
  }

  /**
   * Which rules this advisor uses.
   *
   * @return the rule set's source, checksum and number of rules
   */
  public RuleSetInfo ruleSet() {
    return info;
  }

  /**
   * Every rule of the set, by lesson, file and name, with the facts it reads.
   *
   * @param language the language of the titles
   * @return the rules, sorted by lesson, file and name
   */
  public List<RuleDescription> rules(Language language) {
    Objects.requireNonNull(language, "language must not be null");
    List<RuleDescription> all = new ArrayList<>();
    for (RuleInfo rule : rules.rules().rules()) {
      String title =
          rule.code() == null ? null : rules.texts(language.tag()).get(rule.code() + ".title");
      all.add(
          new RuleDescription(
              rule.name(),
              rule.file(),
              rule.lesson(),
              rule.code(),
              title,
              rules.reads(rule),
              wordings.get(language).actors(nl.koploper.engine.terms.Advice.actors(rule.actors())),
              wordings.get(language).ruleName(rule.name())));
    }
    all.sort(
        Comparator.comparingInt(RuleDescription::lesson)
            .thenComparing(RuleDescription::file)
            .thenComparing(RuleDescription::name));
    return all;
  }

  /**
   * Assesses a region on its own, in English.
   *
   * @param facts the region
   * @return the assessment
   */
  public Assessment assess(Facts facts) {
    return assess(facts, null, Language.EN);
  }

  /**
   * Assesses a region against a benchmark region, in English.
   *
   * @param facts the region
   * @param benchmark the benchmark region, or null
   * @return the assessment
   */
  public Assessment assess(Facts facts, Facts benchmark) {
    return assess(facts, benchmark, Language.EN);
  }

  /**
   * Compares regions: each is assessed on its own with these rules, and they are ranked by the mean
   * of their known lesson scores (a region with none known comes last), then by code.
   *
   * @param regions two or more regions with distinct codes
   * @param language the language of the texts
   * @param top how many recommendations to keep per region (at least 1)
   * @return the regions ranked, each with its top recommendations
   * @throws IllegalArgumentException when fewer than two regions are given or a code repeats
   */
  public Comparison compare(List<Facts> regions, Language language, int top) {
    Objects.requireNonNull(regions, "regions must not be null");
    Objects.requireNonNull(language, "language must not be null");
    if (regions.size() < 2) {
      throw new IllegalArgumentException("a comparison needs at least two regions");
    }
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, not " + top);
    }
    Set<String> codes = new HashSet<>();
    for (Facts facts : regions) {
      if (!codes.add(facts.region().code())) {
        throw new IllegalArgumentException(
            "region " + facts.region().code() + " is given more than once");
      }
    }
    List<Assessment> assessments = new ArrayList<>();
    for (Facts facts : regions) {
      assessments.add(assess(facts, null, language));
    }
    return Ranking.compare(assessments, info, language, top);
  }

  /**
   * Assesses a region, against a benchmark region when one is given.
   *
   * @param facts the region; not null
   * @param benchmark the benchmark region, or null
   * @param language the language of the result's texts; not null
   * @return the assessment
   * @throws RulesDidNotSettleException when the rules loop
   * @throws RuleSetFailedException when a rule fails while running, or a text it needs is missing
   */
  public Assessment assess(Facts facts, Facts benchmark, Language language) {
    return evaluate(facts, benchmark, language, false).assessment();
  }

  /**
   * Assesses a region like {@link #assess(Facts, Facts, Language)} and also names the rules that
   * fired for it: for policy tests and rule coverage. Slower: it runs a fresh rule session.
   *
   * @param facts the region
   * @param benchmark the benchmark region, or null
   * @param language the language of the texts
   * @return the assessment and the names of the rules that fired for the region
   */
  public TracedAssessment assessTraced(Facts facts, Facts benchmark, Language language) {
    return evaluate(facts, benchmark, language, true);
  }

  private TracedAssessment evaluate(
      Facts facts, Facts benchmark, Language language, boolean traced) {
    Objects.requireNonNull(facts, "facts must not be null");
    Objects.requireNonNull(language, "language must not be null");
    try {
      Outcome theirs = benchmark == null ? null : benchmarkOutcome(benchmark);
      Outcome ours =
          traced
              ? rules.rules().trace(facts, benchmark, theirs, ruleTimeLimit)
              : rules.rules().run(facts, benchmark, theirs, ruleTimeLimit);
      return new TracedAssessment(
          new AssessmentBuilder(wordings.get(language), info)
              .build(facts, ours, benchmark, theirs, language),
          ours.firedRules());
    } catch (RunawayRulesException e) {
      throw new RulesDidNotSettleException(e.getMessage());
    } catch (RuleSetDefect e) {
      throw new RuleSetFailedException(e.getMessage());
    }
  }

  /**
   * The ranking alone, without texts: the same codes, scores, priorities and ranks as {@link
   * #assess} gives, at a fraction of the cost. For the thousands of runs of sensitivity and
   * explain.
   */
  List<AssessmentBuilder.Scored> rank(Facts facts, Facts benchmark) {
    try {
      Outcome theirs = benchmark == null ? null : benchmarkOutcome(benchmark);
      return AssessmentBuilder.rank(rules.rules().run(facts, benchmark, theirs, ruleTimeLimit));
    } catch (RunawayRulesException e) {
      throw new RulesDidNotSettleException(e.getMessage());
    } catch (RuleSetDefect e) {
      throw new RuleSetFailedException(e.getMessage());
    }
  }

  /**
   * How sure the advice is, given the uncertain values of a region's facts: see {@link
   * Sensitivity}. Uses every core; the same input and seed give the same result.
   *
   * @param facts the region with its uncertain values ({@code FactsLoader.loadUncertain})
   * @param benchmark the benchmark region, or null
   * @param language the language of the titles
   * @param samples how many samples to assess, 1 to {@link Sensitivity#MAX_SAMPLES}
   * @param seed the seed of the random draws
   * @return how often each recommendation is made and at which priority, and which uncertain facts
   *     move it
   */
  public Sensitivity sensitivity(
      UncertainFacts facts, Facts benchmark, Language language, int samples, long seed) {
    return Sensitivity.run(this, facts, benchmark, language, samples, seed);
  }

  /**
   * Why one recommendation fired and ranks where it does, and the smallest sets of changes to the
   * facts after which it no longer fires: see {@link Explanation}.
   *
   * @param facts the region
   * @param benchmark the benchmark region, or null
   * @param code the recommendation's code, such as {@code L3.EARLY_RND_SUBSIDIES}
   * @param language the language of the texts
   * @return the explanation
   * @throws NotRecommendedException when the code did not fire for this input, or no rule has it
   */
  public Explanation explain(Facts facts, Facts benchmark, String code, Language language) {
    return Explanation.explain(this, facts, benchmark, code, language);
  }

  /**
   * The score factors this rule set explains ({@code gap}, {@code valley-of-death}, ...), sorted:
   * every name a recommendation's score breakdown can show, read from its text catalogue.
   *
   * @return the factor names, sorted
   */
  public SortedSet<String> scoreFactors() {
    SortedSet<String> names = new TreeSet<>();
    for (String key : wordings.get(Language.EN).texts().keys()) {
      if (key.startsWith("factor.")) {
        names.add(key.substring("factor.".length()));
      }
    }
    return Collections.unmodifiableSortedSet(names);
  }

  /**
   * The actors a recommendation can name, in the fixed order of the vocabulary, with their names in
   * a language: what {@link Assessment#onlyFor(List)} takes.
   */
  public List<Actor> actors(Language language) {
    Objects.requireNonNull(language, "language must not be null");
    return wordings.get(language).actors();
  }

  /**
   * The actor of a code, such as {@code regional}.
   *
   * @throws IllegalArgumentException naming the vocabulary when the code is not in it
   */
  public Actor actor(String code, Language language) {
    Objects.requireNonNull(code, "code must not be null");
    return actors(language).stream()
        .filter(a -> a.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'"
                        + code
                        + "' is not an actor; one of "
                        + String.join(", ", nl.koploper.engine.terms.Advice.ACTORS)));
  }

  /**
   * A value of an ordinal scale as this rule set's reports write it in a language: {@code SCARCE}
   * is "schaars" in Dutch; English, and a rule set without that word, keep the name.
   *
   * @param name the value's name as fact files write it, such as {@code SCARCE}
   * @param language the language
   * @return the word
   */
  public String scaleValue(String name, Language language) {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(language, "language must not be null");
    return wordings.get(language).texts().find("value." + name).orElse(name);
  }

  /** A recommendation's title in a language. */
  String title(String code, Language language) {
    return wordings.get(language).texts().get(code + ".title");
  }

  private Outcome benchmarkOutcome(Facts benchmark) {
    Outcome outcome = benchmarks.get(benchmark);
    if (outcome == null) {
      outcome = rules.rules().run(benchmark, null, null, ruleTimeLimit);
      benchmarks.put(benchmark, outcome);
    }
    return outcome;
  }
}
