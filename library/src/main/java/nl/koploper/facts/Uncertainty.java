package nl.koploper.facts;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import nl.koploper.facts.FactSchema.Field;
import nl.koploper.facts.ValueType.Choice;
import nl.koploper.facts.ValueType.Decimal;
import nl.koploper.facts.ValueType.Flag;
import nl.koploper.facts.ValueType.Whole;

/**
 * A fact whose value a fact file gives as uncertain, for {@code koploper sensitivity}: one of
 * several values ({@code {oneOf: [A, B]}}, enums and booleans) or a number in a range ({@code
 * {between: [low, high]}}). Each draws a value of its field's type, every possibility equally
 * likely.
 */
public sealed interface Uncertainty {
  /**
   * The fact that is uncertain.
   *
   * @return the uncertain fact
   */
  Field field();

  /**
   * 1-based line in the fact file, or 0 when not read from a file.
   *
   * @return the line of the value in its file
   */
  int line();

  /**
   * 1-based column in the fact file, or 0 when not read from a file.
   *
   * @return the column of the value in its file
   */
  int column();

  /**
   * One value, drawn uniformly: as the loader would hold it for this field.
   *
   * @param random the source of randomness
   * @return one possible value
   */
  Object draw(SplittableRandom random);

  /**
   * The uncertainty as written in a fact file, such as {@code {oneOf: [LOW, MEDIUM]}}.
   *
   * @return the value as the file writes it
   */
  String notation();

  /**
   * One of several values, each equally likely.
   *
   * @param options at least two different values of the field's type
   */
  record OneOf(Field field, List<Object> options, int line, int column) implements Uncertainty {
    /**
     * Checks that the fact is an enum or a boolean and the values fit it.
     *
     * @param field the uncertain fact
     * @param options at least two different values of the field's type
     * @param line the line of the value in its file
     * @param column the column of the value in its file
     */
    public OneOf {
      Objects.requireNonNull(field, "field");
      if (!(field.type() instanceof Choice) && !(field.type() instanceof Flag)) {
        throw new IllegalArgumentException(
            field.path() + ": oneOf is for enums and booleans, not " + field.type().expected());
      }
      options = options.stream().map(o -> FactChange.normalised(field, o)).toList();
      if (new HashSet<>(options).size() != options.size() || options.size() < 2) {
        throw new IllegalArgumentException(
            field.path() + ": oneOf needs at least two different values, got " + options);
      }
    }

    @Override
    public Object draw(SplittableRandom random) {
      return options.get(random.nextInt(options.size()));
    }

    @Override
    public String notation() {
      return "{oneOf: ["
          + options.stream().map(FactChange::notation).collect(Collectors.joining(", "))
          + "]}";
    }
  }

  /**
   * A number from {@code low} to {@code high}, inclusive, uniformly; a whole-number field draws
   * whole numbers.
   */
  record Between(Field field, Number low, Number high, int line, int column)
      implements Uncertainty {
    /**
     * Checks that the fact is a number and the range fits it.
     *
     * @param field the uncertain fact
     * @param low the lowest possible value
     * @param high the highest possible value
     * @param line the line of the value in its file
     * @param column the column of the value in its file
     */
    public Between {
      Objects.requireNonNull(field, "field");
      if (!(field.type() instanceof Whole) && !(field.type() instanceof Decimal)) {
        throw new IllegalArgumentException(
            field.path() + ": between is for numbers, not " + field.type().expected());
      }
      low = (Number) FactChange.normalised(field, Objects.requireNonNull(low, "low"));
      high = (Number) FactChange.normalised(field, Objects.requireNonNull(high, "high"));
      if (low.doubleValue() > high.doubleValue()) {
        throw new IllegalArgumentException(
            field.path() + ": the low bound " + low + " is above the high bound " + high);
      }
    }

    @Override
    public Object draw(SplittableRandom random) {
      if (field.type() instanceof Whole whole) {
        long drawn = random.nextLong(low.longValue(), high.longValue() + 1);
        return whole.wide() ? (Object) drawn : (Object) (int) drawn;
      }
      double from = low.doubleValue();
      double to = high.doubleValue();
      return from == to ? from : Math.min(to, from + random.nextDouble() * (to - from));
    }

    @Override
    public String notation() {
      return "{between: [" + FactChange.notation(low) + ", " + FactChange.notation(high) + "]}";
    }
  }
}
