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
}
