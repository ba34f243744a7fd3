package nl.koploper.facts;

/**
 * How technical universities and academic medical centres work together (lesson 1). Declared
 * weakest first, so {@code compareTo} orders the scale.
 */
public enum Collaboration {
  /** No collaboration. */
  NONE,
  /** Collaboration project by project. */
  AD_HOC,
  /** Structural collaboration. */
  STRUCTURAL,
  /** Collaboration in shared institutes on one site. */
  COLOCATED
}
