package nl.koploper.api;

import java.util.List;

/**
 * One ranked recommendation, with everything needed to defend it.
 *
 * @param rank 1 for the first
 * @param code stable code {@code L<lesson>.<NAME>}
 * @param lesson 1–7
 * @param priority the tier of {@code score}
 * @param score 0–100, the sum of {@code scoreBreakdown}'s points, clamped
 * @param title short title
 * @param action what to do, one sentence
 * @param rationale why, in the report's terms
 * @param instruments instruments that worked elsewhere
 * @param evidence the facts that made it fire
 * @param scoreBreakdown the factors of its score, largest first
 * @param rule the name of the rule that fired, as written in the rule set (a stable identifier)
 * @param actors who can act on it, in the vocabulary's order
 * @param ruleName the rule's name in the result's language ({@code @nl} in Dutch)
 */
public record Recommendation(
    int rank,
    String code,
    int lesson,
    Priority priority,
    double score,
    String title,
    String action,
    String rationale,
    List<String> instruments,
    List<Evidence> evidence,
    List<ScoreFactor> scoreBreakdown,
    String rule,
    List<Actor> actors,
    String ruleName) {
  /**
   * Copies the lists, so the record is immutable.
   *
   * @param rank 1 for the first
   * @param code stable code {@code L<lesson>.<NAME>}
   * @param lesson 1–7
   * @param priority the tier of {@code score}
   * @param score 0–100, the sum of {@code scoreBreakdown}'s points, clamped
   * @param title short title
   * @param action what to do, one sentence
   * @param rationale why, in the report's terms
   * @param instruments instruments that worked elsewhere
   * @param evidence the facts that made it fire
   * @param scoreBreakdown the factors of its score, largest first
   * @param rule the name of the rule that fired
   * @param actors who can act on it
   * @param ruleName the rule's name in the result's language
   */
  public Recommendation {
    instruments = List.copyOf(instruments);
    evidence = List.copyOf(evidence);
    scoreBreakdown = List.copyOf(scoreBreakdown);
    actors = List.copyOf(actors);
  }

  /** A recommendation that names no actors (made outside a rule set, as in tests). */
  public Recommendation(
      int rank,
      String code,
      int lesson,
      Priority priority,
      double score,
      String title,
      String action,
      String rationale,
      List<String> instruments,
      List<Evidence> evidence,
      List<ScoreFactor> scoreBreakdown,
      String rule) {
    this(
        rank,
        code,
        lesson,
        priority,
        score,
        title,
        action,
        rationale,
        instruments,
        evidence,
        scoreBreakdown,
        rule,
        List.of(),
        rule);
  }

  /** Whether one of {@code codes} can act on it. */
  public boolean actionableBy(java.util.Collection<String> codes) {
    return actors.stream().anyMatch(a -> codes.contains(a.code()));
  }

  /** The same recommendation at another rank. */
  public Recommendation withRank(int newRank) {
    return new Recommendation(
        newRank,
        code,
        lesson,
        priority,
        score,
        title,
        action,
        rationale,
        instruments,
        evidence,
        scoreBreakdown,
        rule,
        actors,
        ruleName);
  }

  /**
   * Whether it rests only on estimates: every fact its rule read to fire (the facts its evidence
   * names) is an estimate. False when it names no evidence.
   */
  public boolean restsOnEstimates() {
    return !evidence.isEmpty() && evidence.stream().allMatch(Evidence::estimate);
  }
}
