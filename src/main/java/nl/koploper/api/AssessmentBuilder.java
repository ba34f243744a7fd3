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
  private static final Comparator<Recommendation> ORDER =
      Comparator.comparingDouble(Recommendation::score)
          .reversed()
          .thenComparingInt(Recommendation::lesson)
          .thenComparing(Recommendation::code);

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
    PriorityCutoffs cutoffs = outcome.cutoffs();
    if (cutoffs == null) {
      throw new nl.koploper.engine.RuleSetDefect(
          "the rule set sets no priority cut-offs: no rule inserts PriorityCutoffs");
    }
    List<Recommendation> ranked = new ArrayList<>();
    Map<String, List<Factor>> factors =
        outcome.factors().stream()
            .collect(Collectors.groupingBy(Factor::code, TreeMap::new, Collectors.toList()));
    for (Advice advice : distinct(outcome.advice())) {
      List<ScoreFactor> breakdown = breakdown(factors.getOrDefault(advice.code(), List.of()));
      double sum = breakdown.stream().mapToDouble(ScoreFactor::points).sum();
      double score = Math.round(Math.max(0, Math.min(100, sum)) * 10) / 10.0;
      ranked.add(
          new Recommendation(
              0,
              advice.code(),
              advice.lesson(),
              tier(score, cutoffs),
              score,
              text(advice, "title"),
              text(advice, "action"),
              text(advice, "rationale"),
              instruments(advice),
              evidence(advice, outcome, benchmarkFacts, benchmark),
              breakdown,
              advice.rule()));
    }
    ranked.sort(ORDER);
    List<Recommendation> numbered = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      Recommendation r = ranked.get(i);
      numbered.add(
          new Recommendation(
              i + 1,
              r.code(),
              r.lesson(),
              r.priority(),
              r.score(),
              r.title(),
              r.action(),
              r.rationale(),
              r.instruments(),
              r.evidence(),
              r.scoreBreakdown(),
              r.rule()));
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
        .map(
            f ->
                new ScoreFactor(
                    f.key(), Math.round(f.points() * 10) / 10.0, words.factor(f.key(), f.args())))
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
    return words.texts().get(advice.code() + "." + key);
  }

  private List<String> instruments(Advice advice) {
    return words.instruments(advice.code());
  }

  private List<Evidence> evidence(
      Advice advice, Outcome outcome, Facts benchmarkFacts, Outcome benchmark) {
    return outcome.evidence().stream()
        .filter(e -> e.code().equals(advice.code()))
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
