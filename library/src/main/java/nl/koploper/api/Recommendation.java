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
 * @param rule the name of the rule that fired
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
    String rule) {
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
   */
  public Recommendation {
    instruments = List.copyOf(instruments);
    evidence = List.copyOf(evidence);
    scoreBreakdown = List.copyOf(scoreBreakdown);
  }

  /**
   * Whether it rests only on estimates: every fact its rule read to fire (the facts its evidence
   * names) is an estimate. False when it names no evidence.
   */
  public boolean restsOnEstimates() {
    return !evidence.isEmpty() && evidence.stream().allMatch(Evidence::estimate);
  }
}
