package nl.koploper.facts;

/**
 * How technical universities and academic medical centres work together (lesson 1). Declared
 * weakest first, so {@code compareTo} orders the scale.
 */
public enum Collaboration {
  NONE,
  AD_HOC,
  STRUCTURAL,
  COLOCATED
}
