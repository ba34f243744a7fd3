package nl.koploper.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.koploper.facts.FactChange;
import nl.koploper.facts.Facts;

/**
 * What changes in the advice when some facts of a region change: the assessment before and after,
 * and the recommendations the changes add, remove or move. Immutable; built by {@link #run} (which
 * assesses twice) or {@link #of} from two assessments an embedder already has.
 *
 * @param changes the changes, in the order they were made
 * @param before the assessment of the facts as given
 * @param after the assessment with the changes made
 * @param added codes of recommendations only {@code after} has, in its rank order
 * @param removed codes of recommendations only {@code before} has, in its rank order
 * @param moved recommendations in both whose rank or score differ, in {@code after}'s rank order
 */
public record WhatIf(
    List<Change> changes,
    Assessment before,
    Assessment after,
    List<String> added,
    List<String> removed,
    List<Move> moved) {

  /**
   * One fact changed.
   *
   * @param fact its path, such as {@code earlyFunding.earlyRndSubsidies}
   * @param from its value before this change, or null when unknown
   * @param to its value after, or null when made unknown
   * @param fromEstimate whether the value before was an estimate
   * @param toEstimate whether the value after is an estimate ({@code --set 'PATH={estimate: …}'})
   */
  public record Change(
      String fact, Object from, Object to, boolean fromEstimate, boolean toEstimate) {
    /**
     * Checks that the fact is named, and that only a known value is an estimate.
     *
     * @param fact its path, such as {@code earlyFunding.earlyRndSubsidies}
     * @param from its value before this change, or null when unknown
     * @param to its value after, or null when made unknown
     * @param fromEstimate whether the value before was an estimate
     * @param toEstimate whether the value after is an estimate
     */
    public Change {
      Objects.requireNonNull(fact, "fact");
      if ((from == null && fromEstimate) || (to == null && toEstimate)) {
        throw new IllegalArgumentException(fact + ": an unknown value is not an estimate");
      }
    }

    /**
     * A change between two certain values (or unknown).
     *
     * @param fact its path, such as {@code earlyFunding.earlyRndSubsidies}
     * @param from its value before this change, or null when unknown
     * @param to its value after, or null when made unknown
     */
    public Change(String fact, Object from, Object to) {
      this(fact, from, to, false, false);
    }
  }

  /**
   * A recommendation in both assessments whose rank or score changed.
   *
   * @param code its code
   * @param fromRank its rank before
   * @param toRank its rank after
   * @param fromScore its score before
   * @param toScore its score after
   */
  public record Move(String code, int fromRank, int toRank, double fromScore, double toScore) {
    /**
     * Checks that the code is given.
     *
     * @param code its code
     * @param fromRank its rank before
     * @param toRank its rank after
     * @param fromScore its score before
     * @param toScore its score after
     */
    public Move {
      Objects.requireNonNull(code, "code");
    }
  }

  /**
   * Checks the parts and copies the lists.
   *
   * @param changes the changes, in the order they were made
   * @param before the assessment of the facts as given
   * @param after the assessment with the changes made
   * @param added codes of recommendations only {@code after} has, in its rank order
   * @param removed codes of recommendations only {@code before} has, in its rank order
   * @param moved recommendations in both whose rank or score differ, in {@code after}'s rank order
   */
  public WhatIf {
    changes = List.copyOf(changes);
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    moved = List.copyOf(moved);
  }

  /**
   * Assesses the facts as given and with the changes made (in order, on the region only, never on
   * the benchmark) with the same rules, and compares the two.
   *
   * @param benchmark the benchmark region, or null
   * @param advisor the advisor to assess with
   * @param facts the region before the changes
   * @param changes the changes, in order; a later change of the same fact wins
   * @param language the language of the texts
   * @return the assessments before and after and what moved
   * @throws RulesDidNotSettleException when the rules loop
   * @throws RuleSetFailedException when a rule fails while running
   */
  public static WhatIf run(
      Advisor advisor, Facts facts, Facts benchmark, Language language, List<FactChange> changes) {
    Objects.requireNonNull(advisor, "advisor must not be null");
    Objects.requireNonNull(facts, "facts must not be null");
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("a what-if needs at least one change");
    }
    List<Change> made = new ArrayList<>();
    Facts changed = facts;
    for (FactChange change : changes) {
      made.add(
          new Change(
              change.path(),
              change.from(changed),
              change.value(),
              changed.isEstimate(change.path()),
              change.estimate()));
      changed = change.apply(changed);
    }
    return of(
        made,
        advisor.assess(facts, benchmark, language),
        advisor.assess(changed, benchmark, language));
  }

  /**
   * Compares two assessments of the same region, in the same language, by the same rules.
   *
   * @param changes the changes that lead from before to after
   * @param before the assessment before
   * @param after the assessment after
   * @return what was added, removed and moved
   * @throws IllegalArgumentException when they are of different regions, languages or rule sets
   */
  public static WhatIf of(List<Change> changes, Assessment before, Assessment after) {
    if (!before.region().equals(after.region())
        || before.language() != after.language()
        || !before.ruleSet().equals(after.ruleSet())) {
      throw new IllegalArgumentException(
          "a what-if compares two assessments of one region, in one language, by one rule set");
    }
    Map<String, Recommendation> was = byCode(before);
    Map<String, Recommendation> now = byCode(after);
    List<String> added = new ArrayList<>();
    List<Move> moved = new ArrayList<>();
    for (Recommendation r : after.recommendations()) {
      Recommendation old = was.get(r.code());
      if (old == null) {
        added.add(r.code());
      } else if (old.rank() != r.rank() || old.score() != r.score()) {
        moved.add(new Move(r.code(), old.rank(), r.rank(), old.score(), r.score()));
      }
    }
    List<String> removed =
        before.recommendations().stream()
            .map(Recommendation::code)
            .filter(code -> !now.containsKey(code))
            .toList();
    return new WhatIf(changes, before, after, added, removed, moved);
  }

  /**
   * Whether the changes leave the advice as it was: nothing added, removed or moved.
   *
   * @return whether the same recommendations are made, in the same order, with the same scores
   */
  public boolean adviceUnchanged() {
    return added.isEmpty() && removed.isEmpty() && moved.isEmpty();
  }

  /**
   * The recommendation of {@code before} with this code, or null.
   *
   * @param code a recommendation's code
   * @return the recommendation before the changes, or null when it was not made
   */
  public Recommendation before(String code) {
    return byCode(before).get(code);
  }

  /**
   * The recommendation of {@code after} with this code, or null.
   *
   * @param code a recommendation's code
   * @return the recommendation after the changes, or null when it is not made
   */
  public Recommendation after(String code) {
    return byCode(after).get(code);
  }

  private static Map<String, Recommendation> byCode(Assessment a) {
    Map<String, Recommendation> map = new LinkedHashMap<>();
    a.recommendations().forEach(r -> map.put(r.code(), r));
    return map;
  }
}
