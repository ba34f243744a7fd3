package nl.koploper.facts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.koploper.facts.Node.Entry;
import nl.koploper.facts.Node.MapNode;
import nl.koploper.facts.Node.Position;
import nl.koploper.facts.Node.ScalarNode;
import nl.koploper.facts.Node.SeqNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads YAML into {@link Node}s from the parser's event stream, not its object constructor: so
 * nothing is typed the YAML 1.1 way, tags and multiple documents are refused, aliases resolve to
 * their anchor's node (and are refused when they would expand beyond {@link TreeLimits}), and depth
 * is checked before it can exhaust the stack.
 */
final class YamlTreeReader {
  private final String file;
  private final Map<String, Node> anchors = new HashMap<>();
  private final Deque<Frame> stack = new ArrayDeque<>();
  private Node root;
  private int documents;

  private YamlTreeReader(String file) {
    this.file = file;
  }

  static Node read(String text, String file) throws InvalidFactsException {
    return new YamlTreeReader(file).parse(text);
  }

  private Node parse(String text) throws InvalidFactsException {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            .setCodePointLimit(FileText.MAX_BYTES + 1)
            .setUseMarks(true)
            .build();
    try {
      for (Event event : new Parse(settings).parseReader(new WholeCodePointReader(text))) {
        accept(event);
      }
    } catch (MarkedYamlEngineException e) {
      Position at = e.getProblemMark().map(YamlTreeReader::position).orElse(Position.START);
      throw problem(at, "YAML syntax error: " + clean(e.getProblem()));
    } catch (YamlEngineException e) {
      throw FileText.whole(file, "YAML syntax error: " + clean(e.getMessage()));
    }
    if (root == null) {
      throw FileText.whole(file, "the file is empty; a fact file needs at least schema and region");
    }
    return root;
  }

  private void accept(Event event) throws InvalidFactsException {
    switch (event.getEventId()) {
      case DocumentStart -> {
        documents++;
        if (documents > 1) {
          throw problem(
              start(event), "a second YAML document starts here; a fact file holds exactly one");
        }
      }
      case MappingStart, SequenceStart -> open((CollectionStartEvent) event);
      case MappingEnd, SequenceEnd -> close();
      case Scalar -> scalar((ScalarEvent) event);
      case Alias -> alias((AliasEvent) event);
      default -> {}
    }
  }

  private void open(CollectionStartEvent event) throws InvalidFactsException {
    refuseTag(event.getTag(), event);
    if (stack.size() >= TreeLimits.MAX_DEPTH) {
      throw problem(
          start(event),
          "nesting deeper than "
              + TreeLimits.MAX_DEPTH
              + " levels; the fact schema is much flatter");
    }
    boolean mapping = event.getEventId() == Event.ID.MappingStart;
    stack.push(new Frame(start(event), mapping, event.getAnchor()));
  }

  private void close() throws InvalidFactsException {
    Frame frame = stack.pop();
    Node node =
        frame.mapping
            ? new MapNode(frame.position, frame.entries, frame.weight)
            : new SeqNode(frame.position, frame.items, frame.weight);
    remember(frame.anchor, node);
    add(node);
  }

  private void scalar(ScalarEvent event) throws InvalidFactsException {
    refuseTag(event.getTag(), event);
    if (event.getValue().length() > TreeLimits.MAX_SCALAR_CHARS) {
      throw problem(
          start(event),
          "a value longer than "
              + TreeLimits.MAX_SCALAR_CHARS
              + " characters; fact values are short");
    }
    ScalarNode node = new ScalarNode(start(event), event.getValue(), event.isPlain());
    remember(event.getAnchor(), node);
    add(node);
  }

  private void alias(AliasEvent event) throws InvalidFactsException {
    String name = event.getAlias().getValue();
    Node target = anchors.get(name);
    if (target == null) {
      throw problem(start(event), "alias *" + name + " names no anchor defined before it");
    }
    Frame parent = stack.peek();
    if (parent != null && parent.mapping && parent.pendingKey == null) {
      throw problem(start(event), "an alias cannot be a key; write the field name");
    }
    add(at(target, start(event)));
  }

  /**
   * The anchor's node where the alias stands: the same value, so that a value wrong where the alias
   * uses it is reported at the alias, not at the anchor.
   */
  private static Node at(Node node, Position position) {
    if (node instanceof ScalarNode scalar) {
      return new ScalarNode(position, scalar.text(), scalar.plain());
    }
    if (node instanceof MapNode map) {
      return new MapNode(position, map.entries(), map.weight());
    }
    SeqNode seq = (SeqNode) node;
    return new SeqNode(position, seq.items(), seq.weight());
  }

  private void add(Node node) throws InvalidFactsException {
    Frame parent = stack.peek();
    if (parent == null) {
      root = node;
      return;
    }
    parent.weight += node.weight();
    if (parent.weight > TreeLimits.MAX_WEIGHT) {
      throw problem(
          node.position(),
          "aliases expand this file to more than "
              + TreeLimits.MAX_WEIGHT
              + " values; refused as an alias bomb");
    }
    if (!parent.mapping) {
      parent.items.add(node);
    } else if (parent.pendingKey == null) {
      if (!(node instanceof ScalarNode key)) {
        throw problem(node.position(), "a key must be a field name, not " + node.describe());
      }
      parent.pendingKey = key;
    } else {
      parent.entries.add(new Entry(parent.pendingKey, node));
      parent.pendingKey = null;
    }
  }

  private void remember(Optional<Anchor> anchor, Node node) {
    anchor.ifPresent(a -> anchors.put(a.getValue(), node));
  }

  private void refuseTag(Optional<String> tag, NodeEvent event) throws InvalidFactsException {
    if (tag.isPresent()) {
      throw problem(
          start(event),
          "type tags such as "
              + tag.get()
              + " are not accepted; the schema decides each value's type");
    }
  }

  private InvalidFactsException problem(Position at, String message) {
    return FileText.at(file, at.line(), at.column(), message);
  }

  private static Position start(Event event) {
    return event.getStartMark().map(YamlTreeReader::position).orElse(Position.START);
  }

  private static Position position(Mark mark) {
    return new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** The parser's wording, without its own line breaks. */
  private static String clean(String message) {
    return message == null ? "unreadable YAML" : message.replaceAll("\\s+", " ").trim();
  }

  /** A collection being read. */
  private static final class Frame {
    final Position position;
    final boolean mapping;
    final Optional<Anchor> anchor;
    final List<Entry> entries = new ArrayList<>();
    final List<Node> items = new ArrayList<>();
    ScalarNode pendingKey;
    long weight = 1;

    Frame(Position position, boolean mapping, Optional<Anchor> anchor) {
      this.position = position;
      this.mapping = mapping;
      this.anchor = anchor;
    }
  }
}
