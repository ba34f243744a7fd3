package nl.koploper.api;

/** Priority tiers, highest first; a tier follows from the score by the rule set's cut-offs. */
public enum Priority {
  /** The most urgent tier. */
  CRITICAL,
  /** The second tier. */
  HIGH,
  /** The third tier. */
  MEDIUM,
  /** The least urgent tier. */
  LOW
}
