package nl.koploper.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.koploper.facts.FactChange;
import nl.koploper.facts.FactSchema;
import nl.koploper.facts.Facts;

/**
 * Why one recommendation fired for a region and ranks where it does, and how to make it go away:
 * the rule and its lesson, the facts it matched and every fact the rule reads (with the benchmark's
 * values), the score factor by factor, and the ways out, the smallest sets of changes to the facts
 * after which the rule no longer fires. Immutable; built by {@link #explain}.
 *
 * <p>The ways out are found by running the rules, not by reading them: see {@link #explain}.
 *
 * @param region the region
 * @param benchmark the benchmark region, or null
 * @param ruleSet the rules that produced it
 * @param language the language of its texts
 * @param recommendation the recommendation explained, as the assessment has it
 * @param recommendations how many recommendations the region has in all
 * @param above the recommendation ranked just above it, or null when it is first
 * @param below the recommendation ranked just below it, or null when it is last
 * @param lessonTitle its lesson's title
 * @param ruleFile the file of the rule that recommends it
 * @param reads the input facts the rule reads (and the evidence names), in schema order
 * @param clearedBy the ways out, fewest changes first, at most {@link #MAX_WAYS}; each checked with
 *     {@link WhatIf#run}
 * @param found how many ways out of that size the search found (more than listed when over {@link
 *     #MAX_WAYS})
 * @param searched how many times the search ran the rules
 * @param complete false when the cap on runs cut the search short: there may be other ways out, or
 *     smaller ones were not all looked at
 */
public record Explanation(
    RegionRef region,
    RegionRef benchmark,
    RuleSetInfo ruleSet,
    Language language,
    Recommendation recommendation,
    int recommendations,
    Recommendation above,
    Recommendation below,
    String lessonTitle,
    String ruleFile,
    List<Reading> reads,
    List<WayOut> clearedBy,
    int found,
    int searched,
    boolean complete) {

  /** The most changes a way out may have. */
  public static final int MAX_CHANGES = WayOutSearch.MAX_CHANGES;

  /** The most ways out listed. */
  public static final int MAX_WAYS = 10;

  /** How many runs of the rules the search may make unless told otherwise. */
  public static final int DEFAULT_SEARCH_CAP = 5_000;

  /**
   * Checks the parts and copies the lists.
   *
   * @param region the region
   * @param benchmark the benchmark region, or null
   * @param ruleSet the rules that produced it
   * @param language the language of its texts
   * @param recommendation the recommendation explained, as the assessment has it
   * @param recommendations how many recommendations the region has in all
   * @param above the recommendation ranked just above it, or null when it is first
   * @param below the recommendation ranked just below it, or null when it is last
   * @param lessonTitle its lesson's title
   * @param ruleFile the file of the rule that recommends it
   * @param reads the input facts the rule reads (and the evidence names), in schema order
   * @param clearedBy the ways out, fewest changes first, at most {@link #MAX_WAYS}; each checked
   *     with {@link WhatIf#run}
   * @param found how many ways out of that size the search found (more than listed when over {@link
   *     #MAX_WAYS})
   * @param searched how many times the search ran the rules
   * @param complete false when the cap on runs cut the search short: there may be other ways out,
   *     or smaller ones were not all looked at
   */
  public Explanation {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(recommendation, "recommendation");
    reads = List.copyOf(reads);
    clearedBy = List.copyOf(clearedBy);
  }

  /**
   * An input fact the rule reads.
   *
   * @param fact its path
   * @param value the region's value, or null when unknown
   * @param benchmark the benchmark's value, or null (no benchmark, or unknown there)
   */
  public record Reading(String fact, Object value, Object benchmark) {
    /**
     * Checks that the fact is named.
     *
     * @param fact its path
     * @param value the region's value, or null when unknown
     * @param benchmark the benchmark's value, or null (no benchmark, or unknown there)
     */
    public Reading {
      Objects.requireNonNull(fact, "fact");
    }
  }

  /**
   * A set of changes to the region's facts after which the recommendation no longer fires, and no
   * smaller part of it does that.
   *
   * @param changes the changes, in schema order of their facts
   */
  public record WayOut(List<WhatIf.Change> changes) {
    /**
     * Copies the changes; a way out makes at least one.
     *
     * @param changes the changes, in schema order of their facts
     */
    public WayOut {
      changes = List.copyOf(changes);
      if (changes.isEmpty()) {
        throw new IllegalArgumentException("a way out makes at least one change");
      }
    }

    /**
     * The changes as {@link FactChange}s, to apply or hand to {@link WhatIf#run}.
     *
     * @return the changes as fact changes, to apply or to pass to {@link WhatIf}
     */
    public List<FactChange> factChanges() {
      return changes.stream().map(c -> FactChange.of(c.fact(), c.to())).toList();
    }

    /**
     * The {@code --set PATH=VALUE} arguments of {@code koploper what-if} that make the changes.
     *
     * @return the changes as {@code PATH=VALUE} arguments of {@code --set}
     */
    public List<String> setArguments() {
      return factChanges().stream().map(FactChange::toArgument).toList();
    }
  }

  /**
   * Explains a recommendation, searching at most {@link #DEFAULT_SEARCH_CAP} runs for ways out.
   *
   * @see #explain(Advisor, Facts, Facts, String, Language, int)
   * @param advisor the advisor whose rules to explain
   * @param facts the region
   * @param benchmark the benchmark region, or null
   * @param code the recommendation's code
   * @param language the language of the texts
   * @return the explanation
   */
  public static Explanation explain(
      Advisor advisor, Facts facts, Facts benchmark, String code, Language language) {
    return explain(advisor, facts, benchmark, code, language, DEFAULT_SEARCH_CAP);
  }

  /**
   * Explains why the recommendation {@code code} fired for a region (against a benchmark when one
   * is given), and finds the ways out.
   *
   * <p>The ways out change only facts the recommending rule reads or its evidence names, and only
   * facts the region knows. Each fact's candidate changes follow from its type in the schema: every
   * other value of an ordinal scale (nearest first), the other boolean, the empty list of names, a
   * number moved up or down to the value where the recommendation stops firing (found by bisection
   * within the field's range). All single changes are tried first, then pairs on distinct facts,
   * then triples ({@link #MAX_CHANGES}); the first size at which any set clears the recommendation
   * is the answer, every set of it that no smaller part of it also clears, sorted by fact (schema
   * order) and nearness, and each checked once more with {@link WhatIf#run}, the code path of
   * {@code koploper what-if}.
   *
   * @param cap the most runs of the rules the search may make (at least 1)
   * @param advisor the advisor whose rules to explain
   * @param facts the region
   * @param benchmark the benchmark region, or null
   * @param code the recommendation's code
   * @param language the language of the texts
   * @return the explanation
   * @throws NotRecommendedException when the code did not fire for this input, or no rule of the
   *     set recommends under it
   * @throws RulesDidNotSettleException when the rules loop
   * @throws RuleSetFailedException when a rule fails while running
   */
  public static Explanation explain(
      Advisor advisor, Facts facts, Facts benchmark, String code, Language language, int cap) {
    Objects.requireNonNull(advisor, "advisor must not be null");
    Objects.requireNonNull(facts, "facts must not be null");
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(language, "language must not be null");
    if (cap < 1) {
      throw new IllegalArgumentException("the search cap must be at least 1, not " + cap);
    }
    Assessment assessment = advisor.assess(facts, benchmark, language);
    List<Recommendation> all = assessment.recommendations();
    int index = indexOf(all, code);
    List<RuleDescription> rules = advisor.rules(language);
    if (index < 0) {
      throw notRecommended(assessment, rules, code);
    }
    Recommendation r = all.get(index);
    RuleDescription rule =
        rules.stream()
            .filter(d -> code.equals(d.code()) && d.name().equals(r.rule()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no rule " + r.rule() + " in the set"));
    List<FactSchema.Field> varied = factsOf(rule, r);
    WayOutSearch.Result search =
        new WayOutSearch(advisor, facts, benchmark, code, cap).search(varied);
    List<WayOut> ways = new ArrayList<>();
    for (List<FactChange> way : search.ways()) {
      if (ways.size() == MAX_WAYS) {
        break;
      }
      WhatIf checked = WhatIf.run(advisor, facts, benchmark, language, way);
      if (checked.after(code) == null) {
        ways.add(new WayOut(checked.changes()));
      }
    }
    List<Reading> reads = new ArrayList<>();
    for (FactSchema.Field field : varied) {
      reads.add(
          new Reading(
              field.path(), field.get(facts), benchmark == null ? null : field.get(benchmark)));
    }
    return new Explanation(
        assessment.region(),
        assessment.benchmark(),
        assessment.ruleSet(),
        language,
        r,
        all.size(),
        index == 0 ? null : all.get(index - 1),
        index == all.size() - 1 ? null : all.get(index + 1),
        assessment.lessons().get(r.lesson() - 1).title(),
        rule.file(),
        reads,
        ways,
        search.ways().size(),
        search.runs(),
        search.complete());
  }

  /** The facts the rule reads and the evidence names, in schema order. */
  private static List<FactSchema.Field> factsOf(RuleDescription rule, Recommendation r) {
    Set<String> paths = new LinkedHashSet<>(rule.reads());
    r.evidence().forEach(e -> paths.add(e.fact()));
    return FactSchema.fields().stream().filter(f -> paths.contains(f.path())).toList();
  }

  private static int indexOf(List<Recommendation> all, String code) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  private static NotRecommendedException notRecommended(
      Assessment assessment, List<RuleDescription> rules, String code) {
    List<String> codes =
        rules.stream().map(RuleDescription::code).filter(Objects::nonNull).sorted().toList();
    if (!codes.contains(code)) {
      return NotRecommendedException.unknown(code, codes);
    }
    String who = assessment.region().name() + " (" + assessment.region().code() + ")";
    if (assessment.benchmark() != null) {
      RegionRef b = assessment.benchmark();
      who += " against " + b.name() + " (" + b.code() + ")";
    }
    return NotRecommendedException.notFired(
        code, who, assessment.recommendations().stream().map(Recommendation::code).toList());
  }
}
