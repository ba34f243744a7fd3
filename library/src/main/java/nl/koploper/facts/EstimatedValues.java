package nl.koploper.facts;

import java.util.Optional;
import nl.koploper.facts.FactSchema.Field;
import nl.koploper.facts.Node.Entry;
import nl.koploper.facts.Node.MapNode;

/**
 * Reads {@code {estimate: VALUE}} and {@code {estimate: VALUE, note: "why"}} in a fact file or a
 * {@code --set}. VALUE is bound by {@link FactBinder} exactly as a bare value of the field would
 * be, so an estimate obeys the same types, ranges and YAML 1.2 rules, with the same messages.
 */
final class EstimatedValues {
  static final String ESTIMATE = "estimate";
  static final String NOTE = "note";

  /** What the notation looks like, for messages. */
  static final String NOTATION = "{estimate: VALUE} or {estimate: VALUE, note: \"why\"}";

  /** A value written as an estimate, and why ("" when the file does not say). */
  record Estimated(Object value, String note) {}

  private EstimatedValues() {}

  /** A mapping that names {@code estimate} or {@code note}: meant as an estimated value. */
  static boolean looksEstimated(Node node) {
    return node instanceof MapNode map
        && map.entries().stream()
            .map(e -> e.key().text())
            .anyMatch(k -> k.equals(ESTIMATE) || k.equals(NOTE));
  }

  /** The estimated value, or empty after reporting to the binder every reason it is refused. */
  static Optional<Estimated> read(FactBinder binder, Field field, MapNode node) {
    String path = field.path();
    if (FactChange.whyNotSettable(field).isPresent()) {
      binder.error(
          node.position(),
          path,
          "the region's code and name say which region this is; they cannot be estimates");
      return Optional.empty();
    }
    Node value = null;
    Node note = null;
    boolean ok = true;
    for (Entry e : node.entries()) {
      String key = e.key().text();
      if (key.equals(ESTIMATE) && value == null) {
        value = e.value();
      } else if (key.equals(NOTE) && note == null) {
        note = e.value();
      } else if (key.equals(ESTIMATE) || key.equals(NOTE)) {
        binder.error(e.key().position(), path, "duplicate key '" + key + "' in an estimate");
        ok = false;
      } else {
        String hint =
            Suggestions.closest(key, java.util.List.of(ESTIMATE, NOTE))
                .map(s -> "did you mean '" + s + "'? ")
                .orElse("");
        binder.error(
            e.key().position(),
            path + "." + key,
            "unknown key in an estimate; " + hint + "write " + NOTATION);
        ok = false;
      }
    }
    if (value == null) {
      binder.error(
          node.position(),
          path,
          "an estimate needs its value: write " + NOTATION + " (a note alone says nothing)");
      return Optional.empty();
    }
    Object bound = binder.value(value, path, field.type());
    String why = note == null ? "" : binder.note(note, path + "." + NOTE);
    if (!ok || bound == null || why == null) {
      return Optional.empty();
    }
    return Optional.of(new Estimated(bound, why));
  }
}
