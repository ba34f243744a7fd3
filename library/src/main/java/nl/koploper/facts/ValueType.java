package nl.koploper.facts;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** What a fact field accepts. The loader checks every value against its field's type. */
public sealed interface ValueType {

  /**
   * A short phrase for error messages: what a value of this type looks like.
   *
   * @return the phrase, such as {@code a whole number from 0 to 200}
   */
  String expected();

  /** One value of an ordered enum such as {@link Availability}. */
  record Choice(Class<? extends Enum<?>> type) implements ValueType {
    /**
     * The names of the enum's constants, weakest first.
     *
     * @return the names
     */
    public List<String> names() {
      return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    @Override
    public String expected() {
      return "one of " + String.join(", ", names());
    }
  }

  /** A whole number in {@code [min, max]}; read as a {@code Long} or an {@code Integer}. */
  record Whole(long min, long max, boolean wide) implements ValueType {
    @Override
    public String expected() {
      return "a whole number from " + min + " to " + max;
    }
  }

  /** A finite decimal number in {@code [min, max]}, read as a {@code Double}. */
  record Decimal(double min, double max) implements ValueType {
    @Override
    public String expected() {
      return "a number from " + plain(min) + " to " + plain(max);
    }

    static String plain(double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
  }

  /** {@code true} or {@code false}, nothing else. */
  record Flag() implements ValueType {
    @Override
    public String expected() {
      return "true or false";
    }
  }

  /** Text of at most {@code maxLength} characters, matching {@code pattern} when it is set. */
  record Text(int maxLength, Pattern pattern, String patternDescription) implements ValueType {
    @Override
    public String expected() {
      return pattern == null ? "text" : patternDescription;
    }
  }

  /** A list of distinct, non-empty texts. */
  record TextList(int maxItems, int maxLength) implements ValueType {
    @Override
    public String expected() {
      return "a list of names";
    }
  }
}
