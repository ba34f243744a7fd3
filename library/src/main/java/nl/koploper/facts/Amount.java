package nl.koploper.facts;

/**
 * A three-step amount: capital on offer, visibility of success stories. Declared weakest first, so
 * {@code compareTo} orders the scale.
 */
public enum Amount {
  /** Little. */
  LOW,
  /** Some. */
  MEDIUM,
  /** Much. */
  HIGH
}
