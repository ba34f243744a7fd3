package nl.koploper.api;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.koploper.engine.Conclusion;
import nl.koploper.engine.Outcome;
import nl.koploper.engine.RuleInfo;
import nl.koploper.engine.RuleSet;
import nl.koploper.engine.RuleSetDefect;
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

  private static final Map<String, Integer> SCHEMA_INDEX = new HashMap<>();
  private static final List<FactSchema.Field> FIELDS = FactSchema.fields();

  private final Wording words;
  private final RuleSetInfo ruleSet;

  static {
    List<FactSchema.Field> fields = FIELDS;
    for (int i = 0; i < fields.size(); i++) {
      SCHEMA_INDEX.put(fields.get(i).path(), i);
    }
  }

  private static int schemaIndex(String fact) {
    return SCHEMA_INDEX.getOrDefault(fact, -1);
  }

  AssessmentBuilder(Wording words, RuleSetInfo ruleSet) {
    this.words = words;
    this.ruleSet = ruleSet;
  }

  Assessment build(
      Facts facts, Outcome outcome, Facts benchmarkFacts, Outcome benchmark, Language language) {
    List<Scored> ranked = rank(outcome);
    List<Recommendation> numbered = new ArrayList<>(ranked.size());
    Wording.Against against = new Wording.Against(benchmarkFacts);
    for (Scored s : ranked) {
      Advice advice = s.advice();
      Body body = words.body(s.conclusion(), against, c -> body(c, benchmarkFacts, benchmark));
      numbered.add(
          new Recommendation(
              s.rank(),
              advice.code(),
              advice.lesson(),
              s.priority(),
              s.score(),
              body.title(),
              body.action(),
              body.rationale(),
              body.instruments(),
              marked(body.evidence(), facts, benchmarkFacts),
              body.breakdown(),
              advice.rule(),
              words.actors(advice.actors()),
              words.ruleName(advice.rule())));
    }
    Known known = Known.of(facts);
    return new Assessment(
        ref(facts),
        benchmarkFacts == null ? null : ref(benchmarkFacts),
        ruleSet,
        language,
        lessons(known, outcome, benchmark),
        numbered,
        known.gaps(),
        outcomes(outcome, benchmark),
        null);
  }

  /**
   * The headline figures the rules chose, the region's beside the benchmark's. A figure the region
   * cannot derive still has its row, with an unknown value.
   */
  private List<OutcomeFigure> outcomes(Outcome outcome, Outcome benchmark) {
    List<OutcomeFigure> rows = new ArrayList<>();
    for (nl.koploper.engine.terms.Headline h : outcome.headlines()) {
      Double own = figure(outcome, h.figure());
      Double theirs = benchmark == null ? null : figure(benchmark, h.figure());
      Double ratio = own == null || theirs == null || theirs == 0 ? null : own / theirs;
      rows.add(
          new OutcomeFigure(
              h.figure(),
              words.texts().get("outcome." + h.figure()),
              own,
              theirs,
              ratio,
              words.texts().get("unit." + h.figure()),
              h.facts()));
    }
    return rows;
  }

  private static Double figure(Outcome outcome, String name) {
    for (Figure f : outcome.figures()) {
      if (f.name().equals(name)) {
        return f.value();
      }
    }
    return null;
  }

  /**
   * What a recommendation says apart from its rank: its texts, its evidence and its score in words.
   * It follows from the rules' conclusion about its code (and the benchmark), so it is worded once
   * and remembered by that conclusion ({@link Wording#body}).
   */
  record Body(
      String title,
      String action,
      String rationale,
      List<String> instruments,
      List<Evidence> evidence,
      List<ScoreFactor> breakdown) {
    Body {
      // lists List.copyOf keeps as they are, so each Recommendation shares them without a copy
      instruments = List.copyOf(instruments);
      evidence = List.copyOf(evidence);
      breakdown = List.copyOf(breakdown);
    }
  }

  private Body body(Conclusion conclusion, Facts benchmarkFacts, Outcome benchmark) {
    String code = conclusion.code();
    return new Body(
        words.text(code, "title"),
        words.text(code, "action"),
        words.text(code, "rationale"),
        words.instruments(code),
        evidence(conclusion.evidence(), benchmarkFacts, benchmark),
        breakdown(conclusion.factors()));
  }

  /**
   * Evidence with its estimate marks. Done after wording, not in it: the worded body is remembered
   * by the rules' conclusion, which is the same for a value whether or not it is an estimate.
   */
  private static List<Evidence> marked(List<Evidence> evidence, Facts facts, Facts benchmark) {
    boolean ours = !facts.estimates().isEmpty();
    boolean theirs = benchmark != null && !benchmark.estimates().isEmpty();
    if (!ours && !theirs) {
      return evidence;
    }
    List<Evidence> marked = new ArrayList<>(evidence.size());
    for (Evidence e : evidence) {
      marked.add(
          new Evidence(
              e.fact(),
              e.value(),
              e.expected(),
              e.benchmark(),
              ours && isEstimate(facts, e.fact()),
              theirs && e.benchmark() != null && isEstimate(benchmark, e.fact())));
    }
    return marked;
  }

  private static boolean isEstimate(Facts facts, String fact) {
    return SCHEMA_INDEX.containsKey(fact) && facts.isEstimate(fact);
  }

  /**
   * A recommendation ranked and scored, without its texts: what an assessment's ranking rests on,
   * and all that sensitivity and explain need from the thousands of runs they make.
   */
  record Scored(int rank, Conclusion conclusion, Priority priority) {
    Advice advice() {
      return conclusion.advice();
    }

    String code() {
      return conclusion.code();
    }

    double score() {
      return conclusion.score();
    }
  }

  /** The recommendations of an outcome, ranked: score descending, then lesson, then code. */
  static List<Scored> rank(Outcome outcome) {
    PriorityCutoffs cutoffs = outcome.cutoffs();
    if (cutoffs == null) {
      throw new RuleSetDefect(
          "the rule set sets no priority cut-offs: no rule inserts PriorityCutoffs");
    }
    List<Conclusion> advised = new ArrayList<>(outcome.conclusions().size());
    for (Conclusion c : outcome.conclusions()) {
      if (c.advice() != null) {
        advised.add(c);
      }
    }
    advised.sort(RANK_ORDER);
    List<Scored> ranked = new ArrayList<>(advised.size());
    for (int i = 0; i < advised.size(); i++) {
      Conclusion c = advised.get(i);
      ranked.add(new Scored(i + 1, c, tier(c.score(), cutoffs)));
    }
    return ranked;
  }

  /** Score descending, then lesson, then code. */
  private static final Comparator<Conclusion> RANK_ORDER =
      (a, b) -> {
        int byScore = Double.compare(b.score(), a.score());
        if (byScore != 0) {
          return byScore;
        }
        int byLesson = Integer.compare(a.advice().lesson(), b.advice().lesson());
        return byLesson != 0 ? byLesson : a.code().compareTo(b.code());
      };

  private static double tenths(double value) {
    return Conclusion.tenths(value);
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

  private List<LessonResult> lessons(Known known, Outcome outcome, Outcome benchmark) {
    Double[] ours = scores(outcome);
    Double[] theirs = benchmark == null ? new Double[8] : scores(benchmark);
    List<LessonResult> lessons = new ArrayList<>(7);
    for (int n = 1; n <= 7; n++) {
      lessons.add(
          new LessonResult(
              n,
              LESSON_KEYS.get(n - 1),
              words.lessonTitle(n),
              ours[n],
              theirs[n],
              known.coverage(n)));
    }
    return lessons;
  }

  /** Each lesson's score (index 1–7), the first an outcome gives for it, or null. */
  private static Double[] scores(Outcome outcome) {
    Double[] scores = new Double[8];
    for (LessonScore s : outcome.lessonScores()) {
      if (s.lesson() >= 1 && s.lesson() <= 7 && scores[s.lesson()] == null) {
        scores[s.lesson()] = s.score();
      }
    }
    return scores;
  }

  /**
   * Which of a region's facts are known, and what follows from that alone: each lesson's share of
   * known facts and the list of data gaps. Worked out for each assessment: a memo of these shapes
   * was measured (4 December 2026, sensitivity with 10,000 samples, CPU time, three runs each) to
   * save nothing measurable, so it went.
   */
  private record Known(double[] coverage, List<DataGap> gaps) {
    static Known of(Facts facts) {
      BitSet mask = new BitSet(FIELDS.size());
      for (int i = 0; i < FIELDS.size(); i++) {
        if (FIELDS.get(i).get(facts) != null) {
          mask.set(i);
        }
      }
      return shape(mask);
    }

    double coverage(int lesson) {
      return coverage[lesson];
    }

    private static Known shape(BitSet mask) {
      double[] coverage = new double[8];
      for (int lesson = 1; lesson <= 7; lesson++) {
        int total = 0;
        int known = 0;
        for (int i = 0; i < FIELDS.size(); i++) {
          if (FIELDS.get(i).lesson() == lesson) {
            total++;
            known += mask.get(i) ? 1 : 0;
          }
        }
        coverage[lesson] = total == 0 ? 0 : Math.round(1000.0 * known / total) / 1000.0;
      }
      List<DataGap> gaps = new ArrayList<>();
      for (int i = 0; i < FIELDS.size(); i++) {
        FactSchema.Field field = FIELDS.get(i);
        boolean identity = field.section().equals("region") && !field.name().equals("population");
        if (!identity && !mask.get(i)) {
          gaps.add(new DataGap(field.lesson() == 0 ? null : field.lesson(), field.path()));
        }
      }
      gaps.sort(Comparator.comparing((DataGap g) -> g.lesson() == null ? 8 : g.lesson()));
      return new Known(coverage, List.copyOf(gaps));
    }
  }

  private static RegionRef ref(Facts facts) {
    return new RegionRef(facts.region().code(), facts.region().name());
  }

  static RuleSetInfo info(RuleSet rules) {
    List<RuleInfo> all = rules.rules().rules();
    return new RuleSetInfo(
        rules.rules().files().source(), rules.rules().files().sha256(), all.size());
  }
}
