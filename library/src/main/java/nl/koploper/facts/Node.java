package nl.koploper.facts;

import java.util.List;

/**
 * A parsed fact file before it is checked against the schema: YAML and JSON both read into these
 * nodes, each with the position it starts at, so one binder checks both formats alike.
 */
sealed interface Node {
  Position position();

  /** The size of the node with every alias expanded: what binding it would cost. */
  long weight();

  /** What kind of value this is, for messages ("a list", "a mapping", "'abc'"). */
  String describe();

  /** A 1-based line and column in a fact file. */
  record Position(int line, int column) {
    static final Position START = new Position(1, 1);
  }

  /** A mapping; entries keep file order, duplicates included (the binder reports them). */
  record MapNode(Position position, List<Entry> entries, long weight) implements Node {
    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key and its value. */
  record Entry(ScalarNode key, Node value) {}

  /** A sequence. */
  record SeqNode(Position position, List<Node> items, long weight) implements Node {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar as written. {@code plain} is true for YAML plain scalars and for JSON numbers,
   * booleans and null: only plain scalars can be numbers or booleans.
   */
  record ScalarNode(Position position, String text, boolean plain) implements Node {
    @Override
    public long weight() {
      return 1;
    }

    @Override
    public String describe() {
      String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
      return plain ? "'" + shown + "'" : "the quoted text \"" + shown + "\"";
    }
  }
}
