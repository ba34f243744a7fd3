package nl.koploper.engine.terms;

import java.util.List;

/**
 * Extra weight for every recommendation of a lesson, because the region's outcomes show that
 * lesson's symptom. A shared rule turns it into a {@link Factor} of each such recommendation.
 *
 * @param lesson the lesson it weighs on
 * @param key the catalogue key of the explanation
 * @param points the points added
 * @param args values for the explanation
 */
public record Leverage(int lesson, String key, double points, List<Object> args) {
  public Leverage {
    args = List.copyOf(args);
  }

  public static Leverage of(int lesson, String key, double points, Object... args) {
    return new Leverage(lesson, key, points, List.of(args));
  }
}
