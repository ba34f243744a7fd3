package nl.koploper.engine.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.koploper.engine.Conclusion;
import nl.koploper.engine.Outcome;
import nl.koploper.engine.terms.Advice;
import nl.koploper.engine.terms.Evidence;
import nl.koploper.engine.terms.Factor;
import nl.koploper.engine.terms.Figure;
import nl.koploper.engine.terms.Headline;
import nl.koploper.engine.terms.LessonScore;
import nl.koploper.engine.terms.PriorityCutoffs;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * The rules' conclusions in one session, kept up to date as Drools inserts and withdraws them, so
 * that reading a run's {@link Outcome} costs what changed rather than a scan of every object in the
 * session. A code nothing happened to keeps its {@link Conclusion} instance from one run to the
 * next, and a run that changed nothing returns the previous outcome itself.
 *
 * <p>Used by one thread at a time, like the session it listens to.
 */
final class Conclusions implements RuleRuntimeEventListener {
  private static final Comparator<LessonScore> LESSON_ORDER =
      Comparator.comparingInt(LessonScore::lesson).thenComparingDouble(LessonScore::score);
  private static final Comparator<Figure> FIGURE_ORDER =
      Comparator.comparing(Figure::name)
          .thenComparingDouble(Figure::value)
          .thenComparing(f -> String.valueOf(f.fact()));
  private static final Comparator<PriorityCutoffs> CUTOFF_ORDER =
      Comparator.comparingDouble(PriorityCutoffs::critical)
          .thenComparingDouble(PriorityCutoffs::high)
          .thenComparingDouble(PriorityCutoffs::medium);

  /** What the rules said about one code, and its conclusion while that stays unchanged. */
  private static final class Code {
    final List<Advice> advice = new ArrayList<>(1);
    final List<Evidence> evidence = new ArrayList<>(2);
    final List<Factor> factors = new ArrayList<>(4);
    Conclusion conclusion;

    boolean isEmpty() {
      return advice.isEmpty() && evidence.isEmpty() && factors.isEmpty();
    }
  }

  private final Map<String, Code> codes = new TreeMap<>();
  private final List<LessonScore> lessonScores = new ArrayList<>();
  private final List<Figure> figures = new ArrayList<>();
  private final List<PriorityCutoffs> cutoffs = new ArrayList<>(1);
  private final List<Headline> headlines = new ArrayList<>(4);
  private static final Comparator<Headline> HEADLINE_ORDER =
      Comparator.comparingInt(Headline::order)
          .thenComparing(Headline::figure)
          .thenComparing(h -> String.valueOf(h.facts()));
  private boolean changed = true;
  private Outcome last;

  /**
   * Set when Drools withdrew something this listener never saw: it should not happen, but if it
   * does, the next outcome is read afresh from the session's objects rather than trusted.
   */
  private boolean lost;

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    add(event.getObject());
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    remove(event.getOldObject());
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    remove(event.getOldObject());
    add(event.getObject());
  }

  private void add(Object o) {
    if (o instanceof Advice a) {
      code(a.code()).advice.add(a);
    } else if (o instanceof Evidence e) {
      code(e.code()).evidence.add(e);
    } else if (o instanceof Factor f) {
      code(f.code()).factors.add(f);
    } else if (o instanceof LessonScore s) {
      lessonScores.add(s);
    } else if (o instanceof Figure f) {
      figures.add(f);
    } else if (o instanceof PriorityCutoffs c) {
      cutoffs.add(c);
    } else if (o instanceof Headline h) {
      headlines.add(h);
    } else {
      return;
    }
    changed = true;
  }

  private void remove(Object o) {
    boolean found;
    if (o instanceof Advice a) {
      found = removeFrom(a.code(), c -> c.advice, a);
    } else if (o instanceof Evidence e) {
      found = removeFrom(e.code(), c -> c.evidence, e);
    } else if (o instanceof Factor f) {
      found = removeFrom(f.code(), c -> c.factors, f);
    } else if (o instanceof LessonScore s) {
      found = removeSame(lessonScores, s);
    } else if (o instanceof Figure f) {
      found = removeSame(figures, f);
    } else if (o instanceof PriorityCutoffs c) {
      found = removeSame(cutoffs, c);
    } else if (o instanceof Headline h) {
      found = removeSame(headlines, h);
    } else {
      return;
    }
    lost |= !found;
    changed = true;
  }

  private Code code(String code) {
    Code c = codes.computeIfAbsent(code, k -> new Code());
    c.conclusion = null;
    return c;
  }

  private boolean removeFrom(
      String key, java.util.function.Function<Code, List<?>> part, Object o) {
    Code code = codes.get(key);
    if (code == null || !removeSame(part.apply(code), o)) {
      return false;
    }
    code.conclusion = null;
    if (code.isEmpty()) {
      codes.remove(key);
    }
    return true;
  }

  /** Removes the very object Drools withdraws: equal ones may stand for other reasons. */
  private static boolean removeSame(List<?> list, Object o) {
    for (int i = list.size() - 1; i >= 0; i--) {
      if (list.get(i) == o) {
        list.remove(i);
        return true;
      }
    }
    return false;
  }

  /** Forgets everything and reads the conclusions among {@code objects} (a session's). */
  void readAll(Collection<?> objects) {
    codes.clear();
    lessonScores.clear();
    figures.clear();
    cutoffs.clear();
    headlines.clear();
    objects.forEach(this::add);
    lost = false;
    changed = true;
  }

  /** Whether the listener missed a withdrawal and must read the session afresh. */
  boolean lost() {
    return lost;
  }

  /**
   * The outcome of a session's objects, read in one pass: the reference the listener is held
   * against in tests.
   */
  static Outcome scan(Collection<?> objects) {
    Conclusions c = new Conclusions();
    c.readAll(objects);
    return c.outcome(Set.of());
  }

  /** The outcome as it stands; the same instance as last time when nothing changed since. */
  Outcome outcome(Set<String> fired) {
    if (!changed && last != null && fired.isEmpty()) {
      return last;
    }
    List<Conclusion> conclusions = new ArrayList<>(codes.size());
    for (Map.Entry<String, Code> e : codes.entrySet()) {
      Code c = e.getValue();
      if (c.conclusion == null) {
        c.conclusion = Conclusion.of(e.getKey(), c.advice, c.evidence, c.factors);
      }
      conclusions.add(c.conclusion);
    }
    List<LessonScore> scores = new ArrayList<>(lessonScores);
    scores.sort(LESSON_ORDER);
    List<Figure> sortedFigures = new ArrayList<>(figures);
    sortedFigures.sort(FIGURE_ORDER);
    PriorityCutoffs cutoff = cutoffs.stream().min(CUTOFF_ORDER).orElse(null);
    List<Headline> sortedHeadlines = new ArrayList<>(headlines);
    sortedHeadlines.sort(HEADLINE_ORDER);
    Outcome outcome =
        new Outcome(conclusions, scores, sortedFigures, cutoff, sortedHeadlines, fired);
    if (fired.isEmpty()) {
      last = outcome;
      changed = false;
    }
    return outcome;
  }
}
