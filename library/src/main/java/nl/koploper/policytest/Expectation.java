package nl.koploper.policytest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.koploper.api.Assessment;
import nl.koploper.api.LessonResult;
import nl.koploper.api.Priority;
import nl.koploper.api.Recommendation;
import nl.koploper.api.ScoreFactor;

/**
 * One thing a policy test expects of an assessment. {@link #check} says, when it is not met, what
 * was expected against what the rules gave, in words an analyst can act on.
 */
public sealed interface Expectation {
  /** Empty when met; else one readable sentence: the expected against the actual. */
  Optional<String> check(Assessment assessment);

  /** The recommendation is made. */
  record Present(String code) implements Expectation {
    @Override
    public Optional<String> check(Assessment a) {
      return find(a, code).isPresent()
          ? Optional.empty()
          : Optional.of("expected " + code + " present; " + recommended(a));
    }
  }

  /** The recommendation is not made. */
  record Absent(String code) implements Expectation {
    @Override
    public Optional<String> check(Assessment a) {
      return find(a, code)
          .map(r -> "expected " + code + " absent; it is recommended, " + placed(r));
    }
  }

  /** The recommendation is made with this priority tier. */
  record PriorityIs(String code, Priority priority) implements Expectation {
    @Override
    public Optional<String> check(Assessment a) {
      String expected = "expected " + code + " at priority " + priority + "; ";
      Optional<Recommendation> r = find(a, code);
      if (r.isEmpty()) {
        return Optional.of(expected + "it is not recommended; " + recommended(a));
      }
      return r.get().priority() == priority
          ? Optional.empty()
          : Optional.of(expected + "it is " + placed(r.get()) + ": " + breakdown(r.get()));
    }
  }

  /** The recommendation is made with a score in a range. */
  record ScoreIn(String code, Range range) implements Expectation {
    @Override
    public Optional<String> check(Assessment a) {
      String expected = "expected " + code + " score " + range + "; ";
      Optional<Recommendation> r = find(a, code);
      if (r.isEmpty()) {
        return Optional.of(expected + "it is not recommended; " + recommended(a));
      }
      return range.contains(r.get().score())
          ? Optional.empty()
          : Optional.of(expected + "it is " + number(r.get().score()) + ": " + breakdown(r.get()));
    }
  }

  /** The recommendation's score is made of exactly these factors (in any order). */
  record FactorsAre(String code, Set<String> factors) implements Expectation {
    public FactorsAre {
      factors = Set.copyOf(factors);
    }

    @Override
    public Optional<String> check(Assessment a) {
      String expected =
          "expected " + code + " factors " + String.join(", ", new TreeSet<>(factors));
      Optional<Recommendation> r = find(a, code);
      if (r.isEmpty()) {
        return Optional.of(expected + "; it is not recommended; " + recommended(a));
      }
      Set<String> actual =
          r.get().scoreBreakdown().stream().map(ScoreFactor::factor).collect(Collectors.toSet());
      return actual.equals(factors)
          ? Optional.empty()
          : Optional.of(expected + "; actual: " + breakdown(r.get()));
    }
  }

  /** Both are recommended and the first ranks above the second. */
  record RanksAbove(String first, String second) implements Expectation {
    @Override
    public Optional<String> check(Assessment a) {
      String expected = "expected " + first + " to rank above " + second + "; ";
      Optional<Recommendation> one = find(a, first);
      Optional<Recommendation> two = find(a, second);
      if (one.isEmpty() || two.isEmpty()) {
        String missing = one.isEmpty() ? first : second;
        return Optional.of(expected + missing + " is not recommended; " + recommended(a));
      }
      if (one.get().rank() < two.get().rank()) {
        return Optional.empty();
      }
      return Optional.of(
          expected
              + first
              + " is "
              + placed(one.get())
              + ", "
              + second
              + " is "
              + placed(two.get()));
    }
  }

  /** A lesson's maturity score lies in a range. */
  record LessonScoreIn(int lesson, Range range) implements Expectation {
    @Override
    public Optional<String> check(Assessment a) {
      Double score = lessonOf(a, lesson).score();
      if (score != null && range.contains(score)) {
        return Optional.empty();
      }
      return Optional.of(
          "expected lesson "
              + lesson
              + " score "
              + range
              + "; it is "
              + (score == null ? "unknown (no fact of the lesson is known)" : number(score)));
    }
  }

  /** Nothing of a lesson is known, so it has no maturity score. */
  record LessonScoreUnknown(int lesson) implements Expectation {
    @Override
    public Optional<String> check(Assessment a) {
      Double score = lessonOf(a, lesson).score();
      return score == null
          ? Optional.empty()
          : Optional.of("expected lesson " + lesson + " score unknown; it is " + number(score));
    }
  }

  /** A closed range of scores, 0–100; {@code min == max} asks for one exact (rounded) score. */
  record Range(double min, double max) {
    public Range {
      if (min > max) {
        throw new IllegalArgumentException("min " + min + " is above max " + max);
      }
    }

    public boolean contains(double value) {
      return value >= min && value <= max;
    }

    @Override
    public String toString() {
      return min == max ? number(min) : "from " + number(min) + " to " + number(max);
    }
  }

  private static Optional<Recommendation> find(Assessment a, String code) {
    return a.recommendations().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  private static LessonResult lessonOf(Assessment a, int number) {
    return a.lessons().stream().filter(l -> l.number() == number).findFirst().orElseThrow();
  }

  /** "recommended: L4.A (CRITICAL 98.0), L3.B (HIGH 55.0)", in rank order. */
  private static String recommended(Assessment a) {
    List<Recommendation> all = a.recommendations();
    if (all.isEmpty()) {
      return "nothing is recommended";
    }
    return "recommended: "
        + all.stream()
            .map(r -> r.code() + " (" + r.priority() + " " + number(r.score()) + ")")
            .collect(Collectors.joining(", "));
  }

  /** "HIGH 55.0 at rank 2". */
  private static String placed(Recommendation r) {
    return r.priority() + " " + number(r.score()) + " at rank " + r.rank();
  }

  /** "gap +40.0, low-coverage -10.0". */
  private static String breakdown(Recommendation r) {
    return r.scoreBreakdown().stream()
        .map(f -> f.factor() + " " + (f.points() >= 0 ? "+" : "") + number(f.points()))
        .collect(Collectors.joining(", "));
  }

  /** One decimal, always a point: the same on every machine. */
  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
