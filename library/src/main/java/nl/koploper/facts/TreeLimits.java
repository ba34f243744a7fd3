package nl.koploper.facts;

/**
 * Limits that keep a hostile file cheap to refuse. The schema nests three levels deep (sections,
 * the sources list, a source); uncertain values add two more.
 */
final class TreeLimits {
  static final int MAX_DEPTH = 8;
  static final int MAX_SCALAR_CHARS = 10_000;

  /** Nodes after expanding every alias: far above any real file, far below an alias bomb. */
  static final long MAX_WEIGHT = 20_000;

  private TreeLimits() {}
}
