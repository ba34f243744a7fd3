package nl.koploper.engine;

import java.util.List;
import nl.koploper.engine.terms.Advice;
import nl.koploper.engine.terms.Evidence;
import nl.koploper.engine.terms.Factor;
import nl.koploper.engine.terms.Figure;
import nl.koploper.engine.terms.LessonScore;
import nl.koploper.engine.terms.PriorityCutoffs;

/**
 * What the rules concluded about one region, unsorted: the engine's raw output, which the API ranks
 * and explains. {@code firedRules} names every rule that fired at least once.
 */
public record Outcome(
    List<Advice> advice,
    List<Evidence> evidence,
    List<Factor> factors,
    List<LessonScore> lessonScores,
    List<Figure> figures,
    PriorityCutoffs cutoffs,
    java.util.SortedSet<String> firedRules) {
  public Outcome {
    firedRules = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(firedRules));
    advice = List.copyOf(advice);
    evidence = List.copyOf(evidence);
    factors = List.copyOf(factors);
    lessonScores = List.copyOf(lessonScores);
    figures = List.copyOf(figures);
  }
}
