package nl.koploper.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import nl.koploper.facts.FactChange;
import nl.koploper.facts.Facts;
import nl.koploper.facts.UncertainFacts;
import nl.koploper.facts.Uncertainty;

/**
 * How sure the advice is, given the uncertain facts of a region: the rules run on many samples of
 * the uncertain values (Monte Carlo, every stated possibility equally likely), and each
 * recommendation gets the probability that it appears, its median rank and 5–95 % rank interval
 * over the samples in which it appears, and the share of samples in which it has each priority.
 * Each uncertain fact gets its influence: how many rank places the advice moves, on average, when
 * that fact alone goes from one end of its range to the other while the others are as sampled.
 *
 * <p>The same facts, samples and seed give the same result, on any number of threads: samples are
 * drawn in fixed chunks, each chunk from its own generator split off the seed in order.
 *
 * @param region the region
 * @param benchmark the benchmark region, or null
 * @param ruleSet the rules that produced it
 * @param language the language of the titles
 * @param samples how many samples were assessed
 * @param seed the seed of the random draws
 * @param recommendations every recommendation that appeared in a sample: probability descending,
 *     then median rank, then code
 * @param uncertain the uncertain facts, the most influential first
 */
public record Sensitivity(
    RegionRef region,
    RegionRef benchmark,
    RuleSetInfo ruleSet,
    Language language,
    int samples,
    long seed,
    List<Outlook> recommendations,
    List<Influence> uncertain) {
  /** Most samples a run takes: a million runs take minutes, not hours. */
  public static final int MAX_SAMPLES = 1_000_000;

  /** The most regions whose rankings one run remembers (see {@code rank}). */
  private static final int MEMO_LIMIT = 4_096;

  /** Samples per chunk: the unit of work a thread takes, each with its own generator. */
  private static final int CHUNK = 256;

  /** At most this many of the samples serve as contexts to measure each fact's influence in. */
  private static final int INFLUENCE_CONTEXTS = 100;

  /**
   * Copies the lists, so the record is immutable.
   *
   * @param region the region
   * @param benchmark the benchmark region, or null
   * @param ruleSet the rules that produced it
   * @param language the language of the titles
   * @param samples how many samples were assessed
   * @param seed the seed of the random draws
   * @param recommendations every recommendation that appeared in a sample: probability descending,
   *     then median rank, then code
   * @param uncertain the uncertain facts, the most influential first
   */
  public Sensitivity {
    recommendations = List.copyOf(recommendations);
    uncertain = List.copyOf(uncertain);
  }

  /**
   * One recommendation over the samples.
   *
   * @param code its code
   * @param lesson its lesson
   * @param title its title in the result's language
   * @param probability the share of samples in which it appears, 0–1
   * @param medianRank its median rank over the samples in which it appears (nearest rank)
   * @param rankLow the 5th percentile of its rank (nearest rank)
   * @param rankHigh the 95th percentile of its rank (nearest rank)
   * @param priorities per priority, the share of all samples in which it appears with it; they add
   *     up to {@code probability}
   */
  public record Outlook(
      String code,
      int lesson,
      String title,
      double probability,
      int medianRank,
      int rankLow,
      int rankHigh,
      Map<Priority, Double> priorities) {
    /**
     * Copies the counts, so the record is immutable.
     *
     * @param code its code
     * @param lesson its lesson
     * @param title its title in the result's language
     * @param probability the share of samples in which it appears, 0–1
     * @param medianRank its median rank over the samples in which it appears (nearest rank)
     * @param rankLow the 5th percentile of its rank (nearest rank)
     * @param rankHigh the 95th percentile of its rank (nearest rank)
     * @param priorities per priority, the share of all samples in which it appears with it; they
     *     add up to {@code probability}
     */
    public Outlook {
      priorities = Collections.unmodifiableMap(new EnumMap<>(priorities));
    }
  }

  /**
   * What one uncertain fact does to the advice.
   *
   * @param fact its path
   * @param uncertainty as the fact file states it, such as {@code {between: [2, 12]}}
   * @param rankShift the mean number of rank places the advice moves when this fact goes from one
   *     end of its range to the other (a recommendation that comes or goes counts from one place
   *     below the last)
   * @param moves the recommendations that come, go or change score with it, by code
   */
  public record Influence(String fact, String uncertainty, double rankShift, List<String> moves) {
    /**
     * Copies the lists, so the record is immutable.
     *
     * @param fact its path
     * @param uncertainty as the fact file states it, such as {@code {between: [2, 12]}}
     * @param rankShift the mean number of rank places the advice moves when this fact goes from one
     *     end of its range to the other (a recommendation that comes or goes counts from one place
     *     below the last)
     * @param moves the recommendations that come, go or change score with it, by code
     */
    public Influence {
      moves = List.copyOf(moves);
    }
  }

  /**
   * Samples the uncertain facts and assesses every sample.
   *
   * @param advisor the rules
   * @param facts the region, with its uncertain values
   * @param benchmark the benchmark region, or null; it must be certain
   * @param language the language of the titles
   * @param samples how many samples, 1 to {@link #MAX_SAMPLES}
   * @param seed the seed of the random draws
   */
  static Sensitivity run(
      Advisor advisor,
      UncertainFacts facts,
      Facts benchmark,
      Language language,
      int samples,
      long seed) {
    Objects.requireNonNull(facts, "facts must not be null");
    Objects.requireNonNull(language, "language must not be null");
    if (samples < 1 || samples > MAX_SAMPLES) {
      throw new IllegalArgumentException(
          "samples must be from 1 to " + MAX_SAMPLES + ", not " + samples);
    }
    SplittableRandom root = new SplittableRandom(seed);
    int chunks = (samples + CHUNK - 1) / CHUNK;
    SplittableRandom[] generators = new SplittableRandom[chunks];
    for (int i = 0; i < chunks; i++) {
      generators[i] = root.split();
    }
    Map<Facts, List<AssessmentBuilder.Scored>> seen = new ConcurrentHashMap<>();
    List<List<List<AssessmentBuilder.Scored>>> byChunk =
        IntStream.range(0, chunks)
            .parallel()
            .mapToObj(
                i ->
                    chunk(
                        advisor,
                        facts,
                        benchmark,
                        generators[i],
                        Math.min(CHUNK, samples - i * CHUNK),
                        seen))
            .toList();
    List<Outlook> outlooks = outlooks(advisor, language, samples, byChunk);
    List<Influence> influences = influences(advisor, facts, benchmark, samples, root.split(), seen);
    Facts base = facts.base();
    return new Sensitivity(
        new RegionRef(base.region().code(), base.region().name()),
        benchmark == null
            ? null
            : new RegionRef(benchmark.region().code(), benchmark.region().name()),
        advisor.ruleSet(),
        language,
        samples,
        seed,
        outlooks,
        influences);
  }

  /**
   * One chunk of samples, drawn in order from its generator. They are assessed in an order that
   * keeps the possibilities of {@code oneOf} facts together, so that a warm rule session sees as
   * few sections change as it can, and a region drawn before is not assessed again; the rankings
   * come back in the order drawn. Neither changes a result: a ranking depends on the region alone.
   */
  private static List<List<AssessmentBuilder.Scored>> chunk(
      Advisor advisor,
      UncertainFacts facts,
      Facts benchmark,
      SplittableRandom random,
      int size,
      Map<Facts, List<AssessmentBuilder.Scored>> seen) {
    Facts[] drawn = new Facts[size];
    for (int j = 0; j < size; j++) {
      drawn[j] = facts.sample(random);
    }
    // the possibilities of oneOf facts first (few, and whole sections stay put while they hold),
    // then the numbers
    List<Uncertainty> keyed = new ArrayList<>();
    facts.uncertainties().stream().filter(u -> u instanceof Uncertainty.OneOf).forEach(keyed::add);
    facts.uncertainties().stream()
        .filter(u -> u instanceof Uncertainty.Between)
        .forEach(keyed::add);
    double[][] keys = new double[size][keyed.size()];
    for (int j = 0; j < size; j++) {
      for (int c = 0; c < keyed.size(); c++) {
        Uncertainty u = keyed.get(c);
        Object value = u.field().get(drawn[j]);
        keys[j][c] =
            u instanceof Uncertainty.OneOf o
                ? o.options().indexOf(value)
                : ((Number) value).doubleValue();
      }
    }
    Integer[] order = new Integer[size];
    for (int j = 0; j < size; j++) {
      order[j] = j;
    }
    Arrays.sort(order, (a, b) -> Arrays.compare(keys[a], keys[b]));
    List<List<AssessmentBuilder.Scored>> rankings =
        new ArrayList<>(Collections.nCopies(size, null));
    for (int j : order) {
      rankings.set(j, rank(advisor, drawn[j], benchmark, seen));
    }
    return rankings;
  }

  /**
   * A region's ranking, from the rules unless the same region was ranked before. Uncertain enums
   * and booleans draw the same region again and again: the memo of rankings saves a third of the
   * CPU time (measured 4 December 2026: sensitivity of facts/uncertain/netherlands-uncertain.yaml
   * against Flanders, 10,000 samples, three runs each, 3.0 s with it and 4.5 s without, 1.46x). It
   * holds at most {@link #MEMO_LIMIT} regions, since numbers drawn from a range rarely repeat and a
   * million samples must not keep a million regions.
   */
  private static List<AssessmentBuilder.Scored> rank(
      Advisor advisor,
      Facts region,
      Facts benchmark,
      Map<Facts, List<AssessmentBuilder.Scored>> seen) {
    List<AssessmentBuilder.Scored> ranking = seen.get(region);
    if (ranking == null) {
      ranking = advisor.rank(region, benchmark);
      if (seen.size() < MEMO_LIMIT) {
        seen.put(region, ranking);
      }
    }
    return ranking;
  }

  private static List<Outlook> outlooks(
      Advisor advisor,
      Language language,
      int samples,
      List<List<List<AssessmentBuilder.Scored>>> byChunk) {
    Map<String, List<AssessmentBuilder.Scored>> byCode = new TreeMap<>();
    for (List<List<AssessmentBuilder.Scored>> chunk : byChunk) {
      for (List<AssessmentBuilder.Scored> ranking : chunk) {
        for (AssessmentBuilder.Scored s : ranking) {
          byCode.computeIfAbsent(s.code(), c -> new ArrayList<>()).add(s);
        }
      }
    }
    List<Outlook> outlooks = new ArrayList<>();
    for (Map.Entry<String, List<AssessmentBuilder.Scored>> e : byCode.entrySet()) {
      List<AssessmentBuilder.Scored> seen = e.getValue();
      int[] ranks = seen.stream().mapToInt(AssessmentBuilder.Scored::rank).sorted().toArray();
      Map<Priority, Double> priorities = new EnumMap<>(Priority.class);
      for (Priority p : Priority.values()) {
        long n = seen.stream().filter(s -> s.priority() == p).count();
        priorities.put(p, (double) n / samples);
      }
      outlooks.add(
          new Outlook(
              e.getKey(),
              seen.get(0).advice().lesson(),
              advisor.title(e.getKey(), language),
              (double) seen.size() / samples,
              percentile(ranks, 50),
              percentile(ranks, 5),
              percentile(ranks, 95),
              priorities));
    }
    outlooks.sort(
        Comparator.comparingDouble(Outlook::probability)
            .reversed()
            .thenComparingInt(Outlook::medianRank)
            .thenComparing(Outlook::code));
    return outlooks;
  }

  /** The nearest-rank percentile of sorted values: the smallest value with p % at or below it. */
  static int percentile(int[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /**
   * Each uncertain fact's influence: in up to {@link #INFLUENCE_CONTEXTS} sampled regions, the fact
   * is set to each end of its range (each option of a {@code oneOf}) in turn, and the widest
   * difference between the rankings that gives is averaged.
   */
  private static List<Influence> influences(
      Advisor advisor,
      UncertainFacts facts,
      Facts benchmark,
      int samples,
      SplittableRandom contexts,
      Map<Facts, List<AssessmentBuilder.Scored>> seen) {
    int count = Math.min(samples, INFLUENCE_CONTEXTS);
    List<Facts> regions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      regions.add(facts.sample(contexts));
    }
    List<Uncertainty> uncertain = facts.uncertainties();
    List<Influence> influences =
        IntStream.range(0, uncertain.size())
            .parallel()
            .mapToObj(i -> influence(advisor, uncertain.get(i), regions, benchmark, seen))
            .toList();
    List<Influence> sorted = new ArrayList<>(influences);
    sorted.sort(
        Comparator.comparingDouble(Influence::rankShift).reversed().thenComparing(Influence::fact));
    return sorted;
  }

  private static Influence influence(
      Advisor advisor,
      Uncertainty u,
      List<Facts> regions,
      Facts benchmark,
      Map<Facts, List<AssessmentBuilder.Scored>> seen) {
    List<Object> ends =
        u instanceof Uncertainty.OneOf o
            ? o.options()
            : List.of(((Uncertainty.Between) u).low(), ((Uncertainty.Between) u).high());
    double total = 0;
    Set<String> moves = new TreeSet<>();
    for (Facts region : regions) {
      List<List<AssessmentBuilder.Scored>> rankings = new ArrayList<>();
      for (Object end : new LinkedHashSet<>(ends)) {
        rankings.add(rank(advisor, new FactChange(u.field(), end).apply(region), benchmark, seen));
      }
      int widest = 0;
      for (int a = 0; a < rankings.size(); a++) {
        for (int b = a + 1; b < rankings.size(); b++) {
          widest = Math.max(widest, distance(rankings.get(a), rankings.get(b)));
          moves.addAll(changed(rankings.get(a), rankings.get(b)));
        }
      }
      total += widest;
    }
    double shift = regions.isEmpty() ? 0 : Math.round(10.0 * total / regions.size()) / 10.0;
    return new Influence(u.field().path(), u.notation(), shift, List.copyOf(moves));
  }

  /**
   * The rank places between two rankings: the sum over every code in either of how far its rank
   * differs, a code missing from one ranking counting as one place below its last.
   */
  static int distance(List<AssessmentBuilder.Scored> a, List<AssessmentBuilder.Scored> b) {
    Map<String, Integer> ra = ranks(a);
    Map<String, Integer> rb = ranks(b);
    Set<String> codes = new TreeSet<>(ra.keySet());
    codes.addAll(rb.keySet());
    int sum = 0;
    for (String code : codes) {
      sum += Math.abs(ra.getOrDefault(code, a.size() + 1) - rb.getOrDefault(code, b.size() + 1));
    }
    return sum;
  }

  /** The codes that are in one ranking only, or in both with different scores. */
  private static Set<String> changed(
      List<AssessmentBuilder.Scored> a, List<AssessmentBuilder.Scored> b) {
    Map<String, Double> sa = new HashMap<>();
    a.forEach(s -> sa.put(s.code(), s.score()));
    Map<String, Double> sb = new HashMap<>();
    b.forEach(s -> sb.put(s.code(), s.score()));
    Set<String> codes = new TreeSet<>(sa.keySet());
    codes.addAll(sb.keySet());
    codes.removeIf(c -> sa.containsKey(c) && sa.get(c).equals(sb.get(c)));
    return codes;
  }

  private static Map<String, Integer> ranks(List<AssessmentBuilder.Scored> ranking) {
    Map<String, Integer> ranks = new HashMap<>();
    ranking.forEach(s -> ranks.put(s.code(), s.rank()));
    return ranks;
  }

  /** The recommendations' interval as written: {@code [p5, p95]}. */
  static List<Integer> interval(Outlook o) {
    return Arrays.asList(o.rankLow(), o.rankHigh());
  }
}
