package nl.koploper.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.koploper.facts.FactSchema.Field;
import nl.koploper.facts.Node.Entry;
import nl.koploper.facts.Node.MapNode;
import nl.koploper.facts.Node.Position;
import nl.koploper.facts.Node.ScalarNode;
import nl.koploper.facts.Node.SeqNode;
import nl.koploper.facts.ValueType.Choice;
import nl.koploper.facts.ValueType.Decimal;
import nl.koploper.facts.ValueType.Flag;
import nl.koploper.facts.ValueType.Whole;

/**
 * Reads {@code {oneOf: [A, B, …]}} (enums, booleans) and {@code {between: [low, high]}} (numbers)
 * in a fact file. Every option and bound is bound by {@link FactBinder} as the field's own value
 * would be, so an uncertain value obeys the same types, ranges and YAML 1.2 rules.
 */
final class UncertainValues {
  static final String ONE_OF = "oneOf";
  static final String BETWEEN = "between";

  private UncertainValues() {}

  /** A mapping that names {@code oneOf} or {@code between}: meant as an uncertain value. */
  static boolean looksUncertain(Node node) {
    return node instanceof MapNode map
        && map.entries().stream()
            .map(e -> e.key().text())
            .anyMatch(k -> k.equals(ONE_OF) || k.equals(BETWEEN));
  }

  /** The uncertainty, or empty after reporting to the binder why it is refused. */
  static Optional<Uncertainty> read(FactBinder binder, Field field, MapNode node) {
    String path = field.path();
    if (node.entries().size() != 1) {
      binder.error(
          node.position(),
          path,
          "an uncertain value is either {oneOf: [A, B, …]} or {between: [low, high]}, "
              + "with nothing else in the mapping");
      return Optional.empty();
    }
    Entry entry = node.entries().get(0);
    boolean oneOf = entry.key().text().equals(ONE_OF);
    ValueType type = field.type();
    boolean choosable = type instanceof Choice || type instanceof Flag;
    boolean numeric = type instanceof Whole || type instanceof Decimal;
    if (!choosable && !numeric) {
      binder.error(
          entry.key().position(),
          path,
          "this fact cannot be uncertain; give its value (" + type.expected() + ")");
      return Optional.empty();
    }
    if (oneOf && numeric) {
      binder.error(
          entry.key().position(),
          path,
          "oneOf is for enums and booleans; for a number write {between: [low, high]}, "
              + type.expected());
      return Optional.empty();
    }
    if (!oneOf && choosable) {
      binder.error(
          entry.key().position(),
          path,
          "between is for numbers; for one of several values write {oneOf: [A, B, …]}, "
              + type.expected());
      return Optional.empty();
    }
    if (!(entry.value() instanceof SeqNode list)) {
      binder.error(
          entry.value().position(),
          path,
          (oneOf ? "oneOf takes a list such as [A, B]" : "between takes a list [low, high]")
              + ", got "
              + entry.value().describe());
      return Optional.empty();
    }
    return oneOf ? oneOf(binder, field, node, list) : between(binder, field, node, list);
  }

  private static Optional<Uncertainty> oneOf(
      FactBinder binder, Field field, MapNode node, SeqNode list) {
    List<Object> options = new ArrayList<>();
    boolean ok = true;
    for (Node item : list.items()) {
      Object value = binder.value(item, field.path(), field.type());
      if (value == null) {
        ok = false;
      } else if (options.contains(value)) {
        binder.error(item.position(), field.path(), "'" + text(item) + "' is listed twice");
        ok = false;
      } else {
        options.add(value);
      }
    }
    if (ok && options.size() < 2) {
      binder.error(
          list.position(),
          field.path(),
          "oneOf needs at least two different values; for a single value write it plainly");
      ok = false;
    }
    return ok
        ? Optional.of(new Uncertainty.OneOf(field, options, line(node), column(node)))
        : none();
  }

  private static Optional<Uncertainty> between(
      FactBinder binder, Field field, MapNode node, SeqNode list) {
    if (list.items().size() != 2) {
      binder.error(
          list.position(),
          field.path(),
          "between takes exactly two numbers [low, high], got "
              + list.items().size()
              + "; "
              + field.type().expected());
      return none();
    }
    Object low = binder.value(list.items().get(0), field.path(), field.type());
    Object high = binder.value(list.items().get(1), field.path(), field.type());
    if (low == null || high == null) {
      return none();
    }
    if (((Number) low).doubleValue() > ((Number) high).doubleValue()) {
      binder.error(
          list.position(),
          field.path(),
          "the low bound "
              + text(list.items().get(0))
              + " is above the high bound "
              + text(list.items().get(1))
              + "; write [low, high]");
      return none();
    }
    return Optional.of(
        new Uncertainty.Between(field, (Number) low, (Number) high, line(node), column(node)));
  }

  private static String text(Node node) {
    return node instanceof ScalarNode scalar ? scalar.text() : node.describe();
  }

  private static int line(MapNode node) {
    return node.position().line();
  }

  private static int column(MapNode node) {
    Position at = node.position();
    return at.column();
  }

  private static Optional<Uncertainty> none() {
    return Optional.empty();
  }
}
