package nl.koploper.facts;

/**
 * How the regional development agencies' funds work together (lesson 4). Declared weakest first, so
 * {@code compareTo} orders the scale.
 */
public enum Coordination {
  /** Each fund on its own. */
  FRAGMENTED,
  /** Some funds coordinate. */
  PARTIAL,
  /** The funds invest jointly. */
  JOINT
}
