package nl.koploper.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.koploper.engine.Outcome;
import nl.koploper.engine.RuleInfo;
import nl.koploper.engine.terms.Advice;
import nl.koploper.engine.terms.Factor;
import nl.koploper.engine.terms.Figure;
import nl.koploper.engine.terms.LessonScore;
import nl.koploper.engine.terms.PriorityCutoffs;
import nl.koploper.facts.FactSchema;
import nl.koploper.facts.Facts;

/**
 * Turns the rules' raw outcome into a ranked, explained {@link Assessment}. The judgement (which
 * recommendation, which factors, how many points, the cut-offs) is the rules'; this class only adds
 * the points up, sorts, and puts things into words.
 */
final class AssessmentBuilder {
  static final List<String> LESSON_KEYS =
      List.of(
          "knowledge-base",
          "valorisation",
          "early-funding",
          "financing-chain",
          "ecosystem",
          "clinical-research",
          "sector-position");

  /** Evidence in schema order; the rest only breaks ties, so that no order is left to chance. */
  private static final Comparator<nl.koploper.engine.terms.Evidence> EVIDENCE_ORDER =
      Comparator.comparingInt((nl.koploper.engine.terms.Evidence e) -> schemaIndex(e.fact()))
          .thenComparing(e -> String.valueOf(e.figure()))
          .thenComparing(e -> String.valueOf(e.value()))
          .thenComparing(e -> String.valueOf(e.expected()));

  private static final Map<String, Integer> SCHEMA_INDEX = new java.util.HashMap<>();
  private static final List<FactSchema.Field> FIELDS = FactSchema.fields();

  static {
    List<FactSchema.Field> fields = FIELDS;
    for (int i = 0; i < fields.size(); i++) {
      SCHEMA_INDEX.put(fields.get(i).path(), i);
    }
  }

  private static int schemaIndex(String fact) {
    return SCHEMA_INDEX.getOrDefault(fact, -1);
  }

  private final Wording words;
  private final RuleSetInfo ruleSet;

  AssessmentBuilder(Wording words, RuleSetInfo ruleSet) {
    this.words = words;
    this.ruleSet = ruleSet;
  }

  Assessment build(
      Facts facts, Outcome outcome, Facts benchmarkFacts, Outcome benchmark, Language language) {
    Map<String, List<Factor>> factors = byCode(outcome);
    Map<String, List<nl.koploper.engine.terms.Evidence>> evidence = new java.util.HashMap<>();
    for (nl.koploper.engine.terms.Evidence e : outcome.evidence()) {
      evidence.computeIfAbsent(e.code(), c -> new ArrayList<>()).add(e);
    }
    List<Recommendation> numbered = new ArrayList<>();
    for (Scored s : rank(outcome, factors)) {
      Advice advice = s.advice();
      numbered.add(
          new Recommendation(
              s.rank(),
              advice.code(),
              advice.lesson(),
              s.priority(),
              s.score(),
              text(advice, "title"),
              text(advice, "action"),
              text(advice, "rationale"),
              instruments(advice),
              evidence(evidence.getOrDefault(advice.code(), List.of()), benchmarkFacts, benchmark),
              breakdown(factors.getOrDefault(advice.code(), List.of())),
              advice.rule()));
    }
    return new Assessment(
        ref(facts),
        benchmarkFacts == null ? null : ref(benchmarkFacts),
        ruleSet,
        language,
        lessons(facts, outcome, benchmark),
        numbered,
        gaps(facts));
  }

  /**
   * A recommendation ranked and scored, without its texts: what an assessment's ranking rests on,
   * and all that sensitivity and explain need from the thousands of runs they make.
   */
  record Scored(int rank, Advice advice, double score, Priority priority) {
    String code() {
      return advice.code();
    }
  }

  /** The recommendations of an outcome, ranked: score descending, then lesson, then code. */
  static List<Scored> rank(Outcome outcome) {
    return rank(outcome, byCode(outcome));
  }

  private static Map<String, List<Factor>> byCode(Outcome outcome) {
    return outcome.factors().stream()
        .collect(Collectors.groupingBy(Factor::code, TreeMap::new, Collectors.toList()));
  }

  private static List<Scored> rank(Outcome outcome, Map<String, List<Factor>> factors) {
    PriorityCutoffs cutoffs = outcome.cutoffs();
    if (cutoffs == null) {
      throw new nl.koploper.engine.RuleSetDefect(
          "the rule set sets no priority cut-offs: no rule inserts PriorityCutoffs");
    }
    List<Scored> scored = new ArrayList<>();
    for (Advice advice : distinct(outcome.advice())) {
      double score = score(factors.getOrDefault(advice.code(), List.of()));
      scored.add(new Scored(0, advice, score, tier(score, cutoffs)));
    }
    scored.sort(SCORED_ORDER);
    List<Scored> ranked = new ArrayList<>(scored.size());
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      ranked.add(new Scored(i + 1, s.advice(), s.score(), s.priority()));
    }
    return ranked;
  }

  private static final Comparator<Scored> SCORED_ORDER =
      Comparator.comparingDouble(Scored::score)
          .reversed()
          .thenComparingInt((Scored s) -> s.advice().lesson())
          .thenComparing(Scored::code);

  /**
   * The sum of the factors' points, each rounded to a tenth as the breakdown shows it, added in a
   * fixed order (largest first) so that no rounding depends on how the factors were found; then
   * clamped to 0–100.
   */
  private static double score(List<Factor> factors) {
    double[] points = new double[factors.size()];
    for (int i = 0; i < points.length; i++) {
      points[i] = tenths(factors.get(i).points());
    }
    java.util.Arrays.sort(points);
    double sum = 0;
    for (int i = points.length - 1; i >= 0; i--) {
      sum += points[i];
    }
    return tenths(Math.max(0, Math.min(100, sum)));
  }

  private static double tenths(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /** One advice per code: two rules with the same code would be a defect caught by the linter. */
  private static List<Advice> distinct(List<Advice> advice) {
    Map<String, Advice> byCode = new TreeMap<>();
    for (Advice a : advice) {
      byCode.merge(a.code(), a, (x, y) -> x.rule().compareTo(y.rule()) <= 0 ? x : y);
    }
    return List.copyOf(byCode.values());
  }

  private List<ScoreFactor> breakdown(List<Factor> factors) {
    return factors.stream()
        .map(f -> new ScoreFactor(f.key(), tenths(f.points()), words.factor(f.key(), f.args())))
        .sorted(
            Comparator.comparingDouble((ScoreFactor f) -> -f.points())
                .thenComparing(ScoreFactor::factor)
                .thenComparing(ScoreFactor::why))
        .toList();
  }

  private static Priority tier(double score, PriorityCutoffs cutoffs) {
    if (score >= cutoffs.critical()) {
      return Priority.CRITICAL;
    }
    if (score >= cutoffs.high()) {
      return Priority.HIGH;
    }
    return score >= cutoffs.medium() ? Priority.MEDIUM : Priority.LOW;
  }

  private String text(Advice advice, String key) {
    return words.text(advice.code(), key);
  }

  private List<String> instruments(Advice advice) {
    return words.instruments(advice.code());
  }

  private List<Evidence> evidence(
      List<nl.koploper.engine.terms.Evidence> evidence, Facts benchmarkFacts, Outcome benchmark) {
    return evidence.stream()
        .distinct()
        .sorted(EVIDENCE_ORDER)
        .map(
            e -> {
              String unit = e.figure() != null ? e.figure() : e.expected().unit();
              String theirs =
                  benchmarkValue(e, benchmarkFacts, benchmark)
                      .map(v -> words.value(v, unit))
                      .orElse(null);
              return new Evidence(
                  e.fact(), words.value(e.value(), unit), words.expectation(e.expected()), theirs);
            })
        .toList();
  }

  private static Optional<Object> benchmarkValue(
      nl.koploper.engine.terms.Evidence e, Facts benchmarkFacts, Outcome benchmark) {
    if (benchmarkFacts == null) {
      return Optional.empty();
    }
    if (e.figure() != null) {
      return benchmark.figures().stream()
          .filter(f -> f.name().equals(e.figure()))
          .map(Figure::value)
          .map(v -> (Object) v)
          .findFirst();
    }
    return benchmarkFacts.value(e.fact());
  }

  private List<LessonResult> lessons(Facts facts, Outcome outcome, Outcome benchmark) {
    List<LessonResult> lessons = new ArrayList<>();
    for (int n = 1; n <= 7; n++) {
      int lesson = n;
      int total = 0;
      int known = 0;
      for (FactSchema.Field f : FIELDS) {
        if (f.lesson() == lesson) {
          total++;
          known += f.get(facts) == null ? 0 : 1;
        }
      }
      lessons.add(
          new LessonResult(
              n,
              LESSON_KEYS.get(n - 1),
              words.texts().get("lesson." + n + ".title"),
              score(outcome, n),
              benchmark == null ? null : score(benchmark, n),
              total == 0 ? 0 : Math.round(1000.0 * known / total) / 1000.0));
    }
    return lessons;
  }

  private static Double score(Outcome outcome, int lesson) {
    return outcome.lessonScores().stream()
        .filter(s -> s.lesson() == lesson)
        .map(LessonScore::score)
        .findFirst()
        .orElse(null);
  }

  private static List<DataGap> gaps(Facts facts) {
    List<DataGap> gaps = new ArrayList<>();
    for (FactSchema.Field field : FIELDS) {
      boolean identity = field.section().equals("region") && !field.name().equals("population");
      if (!identity && field.get(facts) == null) {
        gaps.add(new DataGap(field.lesson() == 0 ? null : field.lesson(), field.path()));
      }
    }
    gaps.sort(Comparator.comparing((DataGap g) -> g.lesson() == null ? 8 : g.lesson()));
    return gaps;
  }

  private static RegionRef ref(Facts facts) {
    return new RegionRef(facts.region().code(), facts.region().name());
  }

  static RuleSetInfo info(nl.koploper.engine.RuleSet rules) {
    List<RuleInfo> all = rules.rules().rules();
    return new RuleSetInfo(
        rules.rules().files().source(), rules.rules().files().sha256(), all.size());
  }
}
