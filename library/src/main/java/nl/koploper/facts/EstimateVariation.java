package nl.koploper.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.koploper.facts.FactSchema.Field;
import nl.koploper.facts.ValueType.Choice;
import nl.koploper.facts.ValueType.Decimal;
import nl.koploper.facts.ValueType.Flag;
import nl.koploper.facts.ValueType.Whole;

/**
 * The uncertainty an estimate stands for, one step of its scale either way, for {@code sensitivity
 * --vary-estimates}: an enum its neighbours and itself ({@code LOW} → {@code {oneOf: [LOW,
 * MEDIUM]}}, {@code MEDIUM} → {@code {oneOf: [LOW, MEDIUM, HIGH]}}), a boolean both values, a
 * number the estimate ± a relative range (whole numbers widened to whole bounds), kept within the
 * field's range. A list of names and a number of zero have no step and stay as they are.
 */
final class EstimateVariation {
  private EstimateVariation() {}

  /**
   * The uncertainty of an estimated value, or empty when it has no step either way.
   *
   * @param relative the relative range for numbers, such as 0.25 for ±25 %
   */
  static Optional<Uncertainty> of(Field field, Object value, double relative) {
    ValueType type = field.type();
    if (type instanceof Choice) {
      Enum<?> e = (Enum<?>) value;
      Object[] scale = e.getDeclaringClass().getEnumConstants();
      List<Object> options = new ArrayList<>();
      for (int i = Math.max(0, e.ordinal() - 1);
          i <= Math.min(scale.length - 1, e.ordinal() + 1);
          i++) {
        options.add(scale[i]);
      }
      return Optional.of(new Uncertainty.OneOf(field, options, 0, 0));
    }
    if (type instanceof Flag) {
      return Optional.of(new Uncertainty.OneOf(field, List.of(false, true), 0, 0));
    }
    if (type instanceof Whole whole) {
      long v = ((Number) value).longValue();
      long low = Math.max(whole.min(), (long) Math.floor(v * (1 - relative)));
      long high = Math.min(whole.max(), (long) Math.ceil(v * (1 + relative)));
      return low == high
          ? Optional.empty()
          : Optional.of(new Uncertainty.Between(field, low, high, 0, 0));
    }
    if (type instanceof Decimal decimal) {
      double v = ((Number) value).doubleValue();
      double low = Math.max(decimal.min(), v * (1 - relative));
      double high = Math.min(decimal.max(), v * (1 + relative));
      return low == high
          ? Optional.empty()
          : Optional.of(new Uncertainty.Between(field, low, high, 0, 0));
    }
    return Optional.empty();
  }
}
