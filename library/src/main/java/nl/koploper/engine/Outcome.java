package nl.koploper.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.koploper.engine.terms.Advice;
import nl.koploper.engine.terms.Evidence;
import nl.koploper.engine.terms.Factor;
import nl.koploper.engine.terms.Figure;
import nl.koploper.engine.terms.Headline;
import nl.koploper.engine.terms.LessonScore;
import nl.koploper.engine.terms.PriorityCutoffs;

/**
 * What the rules concluded about one region: the engine's raw output, which the API ranks and
 * explains. Its conclusions are by code, in code order; lesson scores by lesson and figures by
 * name. {@code firedRules} names every rule that fired at least once (traced runs only).
 */
public final class Outcome {
  private final List<Conclusion> conclusions;
  private final List<LessonScore> lessonScores;
  private final List<Figure> figures;
  private final PriorityCutoffs cutoffs;
  private final List<Headline> headlines;
  private final SortedSet<String> firedRules;
  private List<Advice> advice;
  private List<Evidence> evidence;
  private List<Factor> factors;

  public Outcome(
      List<Conclusion> conclusions,
      List<LessonScore> lessonScores,
      List<Figure> figures,
      PriorityCutoffs cutoffs,
      java.util.Collection<String> firedRules) {
    this(conclusions, lessonScores, figures, cutoffs, List.of(), firedRules);
  }

  public Outcome(
      List<Conclusion> conclusions,
      List<LessonScore> lessonScores,
      List<Figure> figures,
      PriorityCutoffs cutoffs,
      List<Headline> headlines,
      java.util.Collection<String> firedRules) {
    this.headlines = List.copyOf(headlines);
    this.conclusions = List.copyOf(conclusions);
    this.lessonScores = List.copyOf(lessonScores);
    this.figures = List.copyOf(figures);
    this.cutoffs = cutoffs;
    this.firedRules = Collections.unmodifiableSortedSet(new TreeSet<>(firedRules));
  }

  /** What the rules concluded per recommendation code, in code order. */
  public List<Conclusion> conclusions() {
    return conclusions;
  }

  /** Every advice, in code order. */
  public List<Advice> advice() {
    List<Advice> all = advice;
    if (all == null) {
      List<Advice> list = new ArrayList<>(conclusions.size());
      for (Conclusion c : conclusions) {
        if (c.advice() != null) {
          list.add(c.advice());
        }
      }
      advice = all = List.copyOf(list);
    }
    return all;
  }

  /** Every piece of evidence, by code. */
  public List<Evidence> evidence() {
    List<Evidence> all = evidence;
    if (all == null) {
      evidence = all = flatten(Conclusion::evidence);
    }
    return all;
  }

  /** Every score factor, by code. */
  public List<Factor> factors() {
    List<Factor> all = factors;
    if (all == null) {
      factors = all = flatten(Conclusion::factors);
    }
    return all;
  }

  private <T> List<T> flatten(java.util.function.Function<Conclusion, List<T>> part) {
    List<T> list = new ArrayList<>();
    conclusions.forEach(c -> list.addAll(part.apply(c)));
    return List.copyOf(list);
  }

  public List<LessonScore> lessonScores() {
    return lessonScores;
  }

  public List<Figure> figures() {
    return figures;
  }

  /** The headline outcome figures the rules chose, in their order. */
  public List<Headline> headlines() {
    return headlines;
  }

  /** The priority cut-offs, or null when no rule set them. */
  public PriorityCutoffs cutoffs() {
    return cutoffs;
  }

  public SortedSet<String> firedRules() {
    return firedRules;
  }

  /** The same outcome without the names of the rules that fired. */
  public Outcome untraced() {
    return firedRules.isEmpty()
        ? this
        : new Outcome(conclusions, lessonScores, figures, cutoffs, headlines, List.of());
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Outcome other
            && conclusions.equals(other.conclusions)
            && lessonScores.equals(other.lessonScores)
            && figures.equals(other.figures)
            && Objects.equals(cutoffs, other.cutoffs)
            && headlines.equals(other.headlines)
            && firedRules.equals(other.firedRules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conclusions, lessonScores, figures, cutoffs, headlines, firedRules);
  }

  @Override
  public String toString() {
    return "Outcome[" + conclusions + ", " + lessonScores + ", " + figures + ", " + cutoffs + "]";
  }
}
