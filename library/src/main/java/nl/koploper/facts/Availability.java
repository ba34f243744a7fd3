package nl.koploper.facts;

/**
 * How available an instrument is, such as subsidies for early R&amp;D (lesson 3). Declared weakest
 * first, so {@code compareTo} orders the scale.
 */
public enum Availability {
  /** Not available. */
  NONE,
  /** Available to few. */
  SCARCE,
  /** Available. */
  AVAILABLE,
  /** Broadly available. */
  BROAD
}
