package nl.koploper.engine.terms;

/**
 * What a lesson expects of a fact; the report renders it in the reader's language ("AVAILABLE or
 * better", "AVAILABLE of beter").
 *
 * @param relation how the value should relate to the target
 * @param target the target value: an enum constant, a number or a boolean
 * @param unit the unit of a numeric target (a key of the text catalogue), or null
 */
public record Expect(Relation relation, Object target, String unit) {
  /** How a value should relate to its target. */
  public enum Relation {
    AT_LEAST,
    AT_MOST,
    EQUALS
  }

  public static Expect atLeast(Object target) {
    return new Expect(Relation.AT_LEAST, target, null);
  }

  public static Expect atLeast(Object target, String unit) {
    return new Expect(Relation.AT_LEAST, target, unit);
  }

  public static Expect atMost(Object target, String unit) {
    return new Expect(Relation.AT_MOST, target, unit);
  }

  public static Expect is(Object target) {
    return new Expect(Relation.EQUALS, target, null);
  }

  /**
   * Whether a value meets this expectation: the benchmark's own value, say. Enums compare on their
   * scale, numbers as numbers, a list by its length; anything else only by equality.
   */
  public boolean metBy(Object value) {
    Object v = value instanceof java.util.List<?> list ? list.size() : value;
    int order;
    if (v instanceof Number n && target instanceof Number t) {
      order = Double.compare(n.doubleValue(), t.doubleValue());
    } else if (v instanceof Enum<?> e
        && target instanceof Enum<?> t
        && e.getDeclaringClass() == t.getDeclaringClass()) {
      order = Integer.compare(e.ordinal(), t.ordinal());
    } else {
      return relation == Relation.EQUALS && target.equals(v);
    }
    switch (relation) {
      case AT_LEAST:
        return order >= 0;
      case AT_MOST:
        return order <= 0;
      default:
        return order == 0;
    }
  }
}
