package nl.koploper.engine.terms;

/** Arithmetic the rules share, so each rule states its judgement and not its sums. */
public final class Scale {
  private Scale() {}

  /**
   * How far an ordinal value falls short of a target, from 0 (meets it) to 1 (the lowest step):
   * SCARCE against AVAILABLE on NONE &lt; SCARCE &lt; AVAILABLE &lt; BROAD is 0.5.
   */
  public static <E extends Enum<E>> double shortfall(E value, E target) {
    if (value.compareTo(target) >= 0 || target.ordinal() == 0) {
      return 0;
    }
    return (double) (target.ordinal() - value.ordinal()) / target.ordinal();
  }

  /** Where an ordinal value stands on its scale, from 0 (lowest) to 1 (highest). */
  public static <E extends Enum<E>> double position(E value) {
    int steps = value.getDeclaringClass().getEnumConstants().length - 1;
    return steps == 0 ? 1 : (double) value.ordinal() / steps;
  }

  /** How far a number falls short of a target it should reach, 0 (meets it) to 1 (zero). */
  public static double shortfall(double value, double target) {
    return value >= target ? 0 : (target - value) / target;
  }

  /** How far a number exceeds a ceiling it should stay under, as a fraction of the value. */
  public static double excess(double value, double ceiling) {
    return value <= ceiling ? 0 : (value - ceiling) / value;
  }

  /** {@code value / target}, capped to 0..1: how much of a target is reached. */
  public static double reached(double value, double target) {
    return Math.max(0, Math.min(1, value / target));
  }

  /** Rounds points to one decimal, so scores print the same everywhere. */
  public static double points(double points) {
    return Math.round(points * 10) / 10.0;
  }

  /**
   * The mean of numbers, added smallest first whatever order they come in: the same numbers give
   * the same mean to the last bit.
   */
  public static double mean(java.util.List<?> values) {
    double[] sorted = new double[values.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = ((Number) values.get(i)).doubleValue();
    }
    java.util.Arrays.sort(sorted);
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    return sorted.length == 0 ? Double.NaN : sum / sorted.length;
  }
}
