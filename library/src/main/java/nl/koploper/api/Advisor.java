package nl.koploper.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.koploper.engine.Outcome;
import nl.koploper.engine.RuleFiles;
import nl.koploper.engine.RuleSet;
import nl.koploper.engine.RuleSetDefect;
import nl.koploper.engine.RuleSetException;
import nl.koploper.engine.RunawayRulesException;
import nl.koploper.facts.Facts;
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
  private final java.util.Map<Language, Wording> wordings = new java.util.EnumMap<>(Language.class);

  /**
   * The benchmark's own outcome by its facts: a benchmark is assessed the same way every time, and
   * most callers ask against one or two (a sensitivity run asks thousands of times).
   */
  private final java.util.Map<Facts, Outcome> benchmarks =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<Facts, Outcome> eldest) {
              return size() > 8;
            }
          });

  private Advisor(RuleSet rules) {
    this.rules = rules;
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

  /** The advisor with the rule set bundled in Koploper; built once per JVM. */
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

  /** Which rules this advisor uses. */
  public RuleSetInfo ruleSet() {
    return info;
  }

  /** Every rule of the set, by lesson, file and name, with the facts it reads. */
  public List<RuleDescription> rules(Language language) {
    Objects.requireNonNull(language, "language must not be null");
    List<RuleDescription> all = new ArrayList<>();
    for (nl.koploper.engine.RuleInfo rule : rules.rules().rules()) {
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
        java.util.Comparator.comparingInt(RuleDescription::lesson)
            .thenComparing(RuleDescription::file)
            .thenComparing(RuleDescription::name));
    return all;
  }

  /** Assesses a region on its own, in English. */
  public Assessment assess(Facts facts) {
    return assess(facts, null, Language.EN);
  }

  /** Assesses a region against a benchmark region, in English. */
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
   * @throws RulesDidNotSettleException when the rules loop
   * @throws RuleSetFailedException when a rule fails while running, or a text it needs is missing
   */
  public Assessment assess(Facts facts, Facts benchmark, Language language) {
    return evaluate(facts, benchmark, language, false).assessment();
  }

  /**
   * Assesses a region like {@link #assess(Facts, Facts, Language)} and also names the rules that
   * fired for it: for policy tests and rule coverage. Slower: it runs a fresh rule session.
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
              ? rules.rules().trace(facts, benchmark, theirs)
              : rules.rules().run(facts, benchmark, theirs);
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
      return AssessmentBuilder.rank(rules.rules().run(facts, benchmark, theirs));
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
   */
  public Sensitivity sensitivity(
      nl.koploper.facts.UncertainFacts facts,
      Facts benchmark,
      Language language,
      int samples,
      long seed) {
    return Sensitivity.run(this, facts, benchmark, language, samples, seed);
  }

  /**
   * Why one recommendation fired and ranks where it does, and the smallest sets of changes to the
   * facts after which it no longer fires: see {@link Explanation}.
   *
   * @throws NotRecommendedException when the code did not fire for this input, or no rule has it
   */
  public Explanation explain(Facts facts, Facts benchmark, String code, Language language) {
    return Explanation.explain(this, facts, benchmark, code, language);
  }

  /**
   * The score factors this rule set explains ({@code gap}, {@code valley-of-death}, ...), sorted:
   * every name a recommendation's score breakdown can show, read from its text catalogue.
   */
  public java.util.SortedSet<String> scoreFactors() {
    java.util.SortedSet<String> names = new java.util.TreeSet<>();
    for (String key : wordings.get(Language.EN).texts().keys()) {
      if (key.startsWith("factor.")) {
        names.add(key.substring("factor.".length()));
      }
    }
    return java.util.Collections.unmodifiableSortedSet(names);
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

  /** A recommendation's title in a language. */
  String title(String code, Language language) {
    return wordings.get(language).texts().get(code + ".title");
  }

  private Outcome benchmarkOutcome(Facts benchmark) {
    Outcome outcome = benchmarks.get(benchmark);
    if (outcome == null) {
      outcome = rules.rules().run(benchmark, null, null);
      benchmarks.put(benchmark, outcome);
    }
    return outcome;
  }
}
