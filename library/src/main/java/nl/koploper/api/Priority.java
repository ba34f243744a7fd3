package nl.koploper.api;

/** Priority tiers, highest first; a tier follows from the score by the rule set's cut-offs. */
public enum Priority {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW
}
