package nl.koploper.facts;

/**
 * Whether a framework exists: planned, or in place (lesson 6). Declared weakest first, so {@code
 * compareTo} orders the scale.
 */
public enum Readiness {
  /** None. */
  NONE,
  /** Planned. */
  PLANNED,
  /** In place. */
  IN_PLACE
}
