package nl.koploper.api;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An assessment together with the rules that fired for the region (not for its benchmark): what
 * policy tests measure rule coverage with.
 *
 * @param assessment the assessment, as {@link Advisor#assess} gives it
 * @param firedRules the names of the rules that fired at least once for the region
 */
public record TracedAssessment(Assessment assessment, SortedSet<String> firedRules) {
  /**
   * Copies the rule names into a sorted set.
   *
   * @param assessment the assessment, as {@link Advisor#assess} gives it
   * @param firedRules the names of the rules that fired at least once for the region
   */
  public TracedAssessment {
    firedRules = Collections.unmodifiableSortedSet(new TreeSet<>(firedRules));
  }
}
