package nl.koploper.facts;

/**
 * How valorisation and technology-transfer offices are funded (lesson 2). Declared weakest first,
 * so {@code compareTo} orders the scale.
 */
public enum TtoFunding {
  /** Funded project by project. */
  PROJECT_BASED,
  /** Partly structural, partly by project. */
  MIXED,
  /** Structurally funded. */
  STRUCTURAL
}
