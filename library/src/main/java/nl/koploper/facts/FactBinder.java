package nl.koploper.facts;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.koploper.facts.FactSchema.Field;
import nl.koploper.facts.FactSchema.Section;
import nl.koploper.facts.Node.Entry;
import nl.koploper.facts.Node.MapNode;
import nl.koploper.facts.Node.Position;
import nl.koploper.facts.Node.ScalarNode;
import nl.koploper.facts.Node.SeqNode;
import nl.koploper.facts.ValueType.Choice;
import nl.koploper.facts.ValueType.Decimal;
import nl.koploper.facts.ValueType.Flag;
import nl.koploper.facts.ValueType.Text;
import nl.koploper.facts.ValueType.TextList;
import nl.koploper.facts.ValueType.Whole;

/**
 * Checks a parsed file against {@link FactSchema} and builds {@link Facts}. It collects every
 * problem it can find in one pass, each with its position and field path, rather than stopping at
 * the first.
 */
final class FactBinder {
  private static final int MAX_ERRORS = 50;
  private static final ValueType.Text URL =
      new Text(2000, Pattern.compile("https?://\\S+"), "an http(s) URL");
  private static final List<String> SOURCE_KEYS = List.of("id", "title", "url", "year", "note");

  private final String file;
  private final boolean allowUncertain;
  private final List<FactError> errors = new ArrayList<>();
  private final List<Citation> citations = new ArrayList<>();
  private final List<Uncertainty> uncertainties = new ArrayList<>();
  private final java.util.SortedMap<String, String> estimates = new java.util.TreeMap<>();

  private record Citation(String id, Position position, String path) {}

  /** Whether one value on one line is bound (a {@code --set}), where line numbers say nothing. */
  private boolean oneValue;

  private FactBinder(String file, boolean allowUncertain) {
    this.file = file;
    this.allowUncertain = allowUncertain;
  }

  /** Binds a file in which every value is certain; an uncertain one is refused. */
  static Facts bind(Node root, String file) throws InvalidFactsException {
    return new FactBinder(file, false).facts(root);
  }

  /** Binds a file that may give uncertain values; they are left unknown in the base facts. */
  static UncertainFacts bindUncertain(Node root, String file) throws InvalidFactsException {
    FactBinder binder = new FactBinder(file, true);
    Facts base = binder.facts(root);
    return new UncertainFacts(base, binder.uncertainties);
  }

  /**
   * Binds one value of a field as a fact file's value would be bound, with the same types, ranges
   * and YAML 1.2 rules; the errors name {@code label} as their file.
   */
  static Object bindValue(Node node, Field field, String label) throws InvalidFactsException {
    FactBinder binder = new FactBinder(label, false);
    binder.oneValue = true;
    Object value = binder.value(node, field.path(), field.type());
    if (!binder.errors.isEmpty()) {
      throw binder.failure();
    }
    return value;
  }

  /**
   * Binds one value of a field as {@link #bindValue} does, where the value may also be written as
   * an estimate ({@code {estimate: VALUE, note: "why"}}): the change to that value.
   */
  static FactChange bindChange(Node node, Field field, String label) throws InvalidFactsException {
    if (!EstimatedValues.looksEstimated(node)) {
      return new FactChange(field, bindValue(node, field, label));
    }
    FactBinder binder = new FactBinder(label, false);
    binder.oneValue = true;
    var estimated = EstimatedValues.read(binder, field, (MapNode) node);
    if (!binder.errors.isEmpty() || estimated.isEmpty()) {
      throw binder.failure();
    }
    return FactChange.estimate(field, estimated.get().value(), estimated.get().note());
  }

  private Facts facts(Node root) throws InvalidFactsException {
    if (root instanceof ScalarNode scalar && scalar.plain() && scalar.text().isEmpty()) {
      throw FileText.whole(file, "the file is empty; a fact file needs at least schema and region");
    }
    if (!(root instanceof MapNode top)) {
      error(
          root.position(),
          "",
          "expected a mapping with schema, region and the lesson sections, got " + root.describe());
      throw failure();
    }
    Map<String, Node> entries = entries(top, "");
    Map<String, Object> sections = new HashMap<>();
    List<Source> sources = List.of();
    String schema = null;

    List<String> known = new ArrayList<>(List.of("schema", "sources"));
    FactSchema.sections().forEach(s -> known.add(s.name()));
    for (Map.Entry<String, Node> e : entries.entrySet()) {
      String key = e.getKey();
      Node value = e.getValue();
      if (key.equals("schema")) {
        schema = schemaVersion(value);
      } else if (key.equals("sources")) {
        sources = sources(value);
      } else if (FactSchema.section(key) != null) {
        sections.put(key, section(FactSchema.section(key), value));
      } else {
        unknownKey(keyNode(top, key), "", key, known, true);
      }
    }
    if (!entries.containsKey("schema")) {
      error(top.position(), "schema", "required field is missing; write schema: " + Facts.SCHEMA);
    }
    if (!entries.containsKey("region")) {
      error(
          top.position(), "region", "required section is missing; it needs at least code and name");
    }
    checkCitations(sources);
    if (!errors.isEmpty()) {
      throw failure();
    }
    return new Facts(
        schema,
        (Region) sections.get("region"),
        sources,
        (KnowledgeBase) sections.get("knowledgeBase"),
        (Valorisation) sections.get("valorisation"),
        (EarlyFunding) sections.get("earlyFunding"),
        (FinancingChain) sections.get("financingChain"),
        (Ecosystem) sections.get("ecosystem"),
        (ClinicalResearch) sections.get("clinicalResearch"),
        (SectorPosition) sections.get("sectorPosition"),
        (Outcomes) sections.get("outcomes"),
        estimates);
  }

  private String schemaVersion(Node node) {
    String version = text(node, "schema", new Text(100, null, null));
    if (version != null && !version.equals(Facts.SCHEMA)) {
      error(
          node.position(),
          "schema",
          "unsupported schema '"
              + version
              + "'; this version of "
              + "Koploper reads "
              + Facts.SCHEMA);
      return null;
    }
    return version;
  }

  private Object section(Section section, Node node) {
    if (!(node instanceof MapNode map)) {
      error(
          node.position(),
          section.name(),
          "expected a mapping of fields ("
              + String.join(", ", section.keys())
              + "), got "
              + node.describe());
      return null;
    }
    Map<String, Object> values = new HashMap<>();
    Map<String, Node> entries = entries(map, section.name());
    for (Map.Entry<String, Node> e : entries.entrySet()) {
      String key = e.getKey();
      String path = section.name() + "." + key;
      Field field = section.field(key);
      if (field != null && UncertainValues.looksUncertain(e.getValue())) {
        uncertain(field, (MapNode) e.getValue());
      } else if (field != null && EstimatedValues.looksEstimated(e.getValue())) {
        EstimatedValues.read(this, field, (MapNode) e.getValue())
            .ifPresent(
                estimated -> {
                  values.put(key, estimated.value());
                  estimates.put(path, estimated.note());
                });
      } else if (field != null) {
        values.put(key, value(e.getValue(), path, field.type()));
      } else if (key.equals("source") && section.citesSource()) {
        String id = text(e.getValue(), path, FactSchema.SOURCE_ID);
        if (id != null) {
          citations.add(new Citation(id, e.getValue().position(), path));
          values.put(key, id);
        }
      } else {
        unknownKey(keyNode(map, key), section.name(), key, section.keys(), false);
      }
    }
    if (section.name().equals("region")) {
      for (String required : List.of("code", "name")) {
        if (!entries.containsKey(required)) {
          error(map.position(), "region." + required, "required field is missing");
        }
      }
      if (values.get("code") == null || values.get("name") == null) {
        return null;
      }
    }
    return section.builder().apply(values);
  }

  private List<Source> sources(Node node) {
    if (!(node instanceof SeqNode list)) {
      error(
          node.position(),
          "sources",
          "expected a list of sources (id, title, url, year, note), got " + node.describe());
      return List.of();
    }
    List<Source> sources = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (int i = 0; i < list.items().size(); i++) {
      String path = "sources[" + i + "]";
      Node item = list.items().get(i);
      if (!(item instanceof MapNode map)) {
        error(item.position(), path, "expected a source with id and title, got " + item.describe());
        continue;
      }
      Map<String, Node> entries = entries(map, path);
      Map<String, Object> v = new HashMap<>();
      for (Map.Entry<String, Node> e : entries.entrySet()) {
        String key = e.getKey();
        String keyPath = path + "." + key;
        switch (key) {
          case "id" -> v.put(key, text(e.getValue(), keyPath, FactSchema.SOURCE_ID));
          case "title" -> v.put(key, text(e.getValue(), keyPath, FactSchema.NAME));
          case "url" -> v.put(key, text(e.getValue(), keyPath, URL));
          case "year" -> v.put(key, value(e.getValue(), keyPath, new Whole(1500, 2100, false)));
          case "note" -> v.put(key, text(e.getValue(), keyPath, FactSchema.LONG_TEXT));
          default -> unknownKey(keyNode(map, key), path, key, SOURCE_KEYS, false);
        }
      }
      for (String required : List.of("id", "title")) {
        if (!entries.containsKey(required)) {
          error(map.position(), path + "." + required, "required field is missing");
        }
      }
      String id = (String) v.get("id");
      if (id == null || v.get("title") == null) {
        continue;
      }
      Position first = seen.putIfAbsent(id, entries.get("id").position());
      if (first != null) {
        error(
            entries.get("id").position(),
            path + ".id",
            "source id '" + id + "' is already used at line " + first.line());
        continue;
      }
      sources.add(
          new Source(
              id,
              (String) v.get("title"),
              (String) v.get("url"),
              (Integer) v.get("year"),
              (String) v.get("note")));
    }
    return sources;
  }

  private void checkCitations(List<Source> sources) {
    Set<String> ids = new HashSet<>();
    sources.forEach(s -> ids.add(s.id()));
    for (Citation c : citations) {
      if (!ids.contains(c.id())) {
        String hint =
            ids.isEmpty()
                ? "the file has no sources list"
                : "known sources: " + String.join(", ", ids.stream().sorted().toList());
        String close =
            Suggestions.closest(c.id(), ids).map(s -> "did you mean '" + s + "'? ").orElse("");
        error(
            c.position(), c.path(), "'" + c.id() + "' names no entry of sources; " + close + hint);
      }
    }
  }

  /** The entries of a mapping by key, reporting duplicate and non-text keys. */
  private Map<String, Node> entries(MapNode map, String path) {
    Map<String, Node> entries = new LinkedHashMap<>();
    Map<String, Position> firstSeen = new HashMap<>();
    for (Entry e : map.entries()) {
      ScalarNode key = e.key();
      String keyPath = path.isEmpty() ? key.text() : path + "." + key.text();
      if (key.plain() && PlainScalar.of(key.text()).typed()) {
        error(key.position(), path, "the key " + key.describe() + " is not a field name");
        continue;
      }
      Position first = firstSeen.putIfAbsent(key.text(), key.position());
      if (first != null) {
        error(
            key.position(),
            keyPath,
            "duplicate key; '"
                + key.text()
                + "' is already given at line "
                + first.line()
                + ", column "
                + first.column());
        continue;
      }
      entries.put(key.text(), e.value());
    }
    return entries;
  }

  private static ScalarNode keyNode(MapNode map, String key) {
    return map.entries().stream()
        .map(Entry::key)
        .filter(k -> k.text().equals(key))
        .findFirst()
        .orElseThrow();
  }

  private void unknownKey(
      ScalarNode key, String path, String name, List<String> known, boolean top) {
    String keyPath = path.isEmpty() ? name : path + "." + name;
    String kind = top ? "unknown section" : "unknown field";
    String hint =
        Suggestions.closest(name, known).map(s -> "; did you mean '" + s + "'?").orElse(null);
    if (hint == null) {
      hint =
          elsewhere(name)
              .map(s -> "; '" + name + "' belongs in section '" + s + "'")
              .orElse("; expected one of " + String.join(", ", known));
    }
    error(key.position(), keyPath, kind + hint);
  }

  private static java.util.Optional<String> elsewhere(String name) {
    return FactSchema.fields().stream()
        .filter(f -> f.name().equals(name))
        .map(Field::section)
        .findFirst();
  }

  /** An uncertain value: refused by {@link #bind}, read into an {@link Uncertainty} otherwise. */
  private void uncertain(Field field, MapNode node) {
    if (!allowUncertain) {
      error(
          node.position(),
          field.path(),
          "an uncertain value ({oneOf: …} or {between: …}) is only for koploper sensitivity; "
              + "assess, compare, what-if and explain need one value here (or leave the field "
              + "out to say it is unknown)");
      return;
    }
    UncertainValues.read(this, field, node).ifPresent(uncertainties::add);
  }

  Object value(Node node, String path, ValueType type) {
    if (type instanceof TextList list) {
      return textList(node, path, list);
    }
    if (!(node instanceof ScalarNode scalar)) {
      error(node.position(), path, "expected " + type.expected() + ", got " + node.describe());
      return null;
    }
    if (scalar.plain() && PlainScalar.of(scalar.text()) == PlainScalar.NULL) {
      error(
          node.position(),
          path,
          "an explicit null is not accepted; to say the value is unknown, "
              + "leave the field out");
      return null;
    }
    if (type instanceof Text text) {
      return text(node, path, text);
    } else if (type instanceof Choice choice) {
      return choice(scalar, path, choice);
    } else if (type instanceof Flag) {
      return flag(scalar, path);
    } else if (type instanceof Whole whole) {
      return whole(scalar, path, whole);
    } else if (type instanceof Decimal decimal) {
      return decimal(scalar, path, decimal);
    }
    throw new IllegalStateException("unhandled type " + type);
  }

  /** The note of an estimate: text as a source's note is, or null after reporting why not. */
  String note(Node node, String path) {
    return text(node, path, FactSchema.LONG_TEXT);
  }

  private String text(Node node, String path, Text type) {
    if (!(node instanceof ScalarNode scalar)) {
      error(node.position(), path, "expected " + describe(type) + ", got " + node.describe());
      return null;
    }
    PlainScalar kind = scalar.plain() ? PlainScalar.of(scalar.text()) : PlainScalar.TEXT;
    if (kind == PlainScalar.NULL) {
      error(node.position(), path, "an explicit null is not accepted; leave the field out");
      return null;
    }
    if (kind.typed()) {
      error(
          node.position(),
          path,
          "expected "
              + describe(type)
              + ", got "
              + scalar.describe()
              + "; put it in quotes if it is meant as text");
      return null;
    }
    String value = scalar.text().strip();
    int control = firstControlCharacter(value);
    if (control >= 0) {
      error(
          node.position(),
          path,
          String.format(
              "control character U+%04X in text; escape "
                  + "sequences such as \\e or \\u001b are not accepted in fact values",
              control));
      return null;
    }
    if (value.isEmpty()) {
      error(node.position(), path, "expected " + describe(type) + ", got empty text");
      return null;
    }
    if (value.length() > type.maxLength()) {
      error(node.position(), path, "text longer than " + type.maxLength() + " characters");
      return null;
    }
    if (type.pattern() != null && !type.pattern().matcher(value).matches()) {
      error(node.position(), path, "'" + value + "' is not " + type.patternDescription());
      return null;
    }
    return value;
  }

  /** The first C0/C1 control character other than tab and line break, or -1. */
  private static int firstControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\t' && c != '\n' && (c < 0x20 || c >= 0x7F && c <= 0x9F)) {
        return c;
      }
    }
    return -1;
  }

  private static String describe(Text type) {
    return type.pattern() == null ? "text" : type.patternDescription();
  }

  private List<String> textList(Node node, String path, TextList type) {
    if (!(node instanceof SeqNode seq)) {
      error(
          node.position(), path, "expected a list such as [Janssen, MSD], got " + node.describe());
      return null;
    }
    if (seq.items().size() > type.maxItems()) {
      error(node.position(), path, "more than " + type.maxItems() + " names");
      return null;
    }
    List<String> names = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    boolean ok = true;
    for (int i = 0; i < seq.items().size(); i++) {
      Node item = seq.items().get(i);
      String name = text(item, path + "[" + i + "]", new Text(type.maxLength(), null, null));
      if (name == null) {
        ok = false;
        continue;
      }
      Position first = seen.putIfAbsent(name, item.position());
      if (first != null) {
        error(
            item.position(),
            path + "[" + i + "]",
            oneValue
                ? "'" + name + "' is listed twice"
                : "'" + name + "' is already listed at line " + first.line());
        ok = false;
        continue;
      }
      names.add(name);
    }
    return ok ? List.copyOf(names) : null;
  }

  private Object choice(ScalarNode scalar, String path, Choice choice) {
    String given = scalar.text();
    List<String> names = choice.names();
    if (names.contains(given)) {
      for (Enum<?> constant : choice.type().getEnumConstants()) {
        if (constant.name().equals(given)) {
          return constant;
        }
      }
    }
    String hint =
        Suggestions.closest(given, names).map(s -> "; did you mean '" + s + "'?").orElse("");
    error(
        scalar.position(),
        path,
        "'" + given + "' is not one of " + String.join(", ", names) + hint);
    return null;
  }

  private Boolean flag(ScalarNode scalar, String path) {
    PlainScalar kind = scalar.plain() ? PlainScalar.of(scalar.text()) : PlainScalar.TEXT;
    if (kind == PlainScalar.BOOLEAN) {
      return Boolean.valueOf(scalar.text());
    }
    String why =
        switch (kind) {
          case YAML11_BOOLEAN, BOOLEAN_CAPITALISED ->
              "; YAML 1.1 spellings such as yes, no, on, off "
                  + "and capitalised True/False are not booleans here";
          default -> scalar.plain() ? "" : "; remove the quotes";
        };
    error(scalar.position(), path, "expected true or false, got " + scalar.describe() + why);
    return null;
  }

  private Number whole(ScalarNode scalar, String path, Whole type) {
    PlainScalar kind = notANumber(scalar, path, type);
    if (kind == null) {
      return null;
    }
    if (kind == PlainScalar.DECIMAL) {
      error(
          scalar.position(),
          path,
          "expected "
              + type.expected()
              + ", got "
              + scalar.text()
              + "; a count has no fractional part or exponent");
      return null;
    }
    BigInteger value = new BigInteger(scalar.text());
    if (value.compareTo(BigInteger.valueOf(type.min())) < 0
        || value.compareTo(BigInteger.valueOf(type.max())) > 0) {
      error(
          scalar.position(), path, scalar.text() + " is out of range; expected " + type.expected());
      return null;
    }
    return type.wide() ? (Number) value.longValue() : (Number) value.intValue();
  }

  private Double decimal(ScalarNode scalar, String path, Decimal type) {
    PlainScalar kind = notANumber(scalar, path, type);
    if (kind == null) {
      return null;
    }
    double value;
    boolean zero;
    try {
      BigDecimal exact = new BigDecimal(scalar.text());
      value = exact.doubleValue();
      zero = exact.signum() == 0;
    } catch (NumberFormatException e) { // an exponent beyond what BigDecimal holds
      zero = scalar.text().matches("[+-]?[0.]*([eE].*)?");
      value = zero || scalar.text().matches(".*[eE]-.*") ? 0 : Double.POSITIVE_INFINITY;
    }
    if (Double.isInfinite(value)) {
      error(scalar.position(), path, scalar.text() + " is not a finite number");
      return null;
    }
    boolean negative = scalar.text().startsWith("-");
    if (value == 0 && !zero && !(negative && type.min() >= 0)) {
      // read as a double it would silently become 0: a different figure than the file states
      error(
          scalar.position(),
          path,
          scalar.text() + " is too close to zero to be held apart from 0; write 0 if 0 is meant");
      return null;
    }
    if (value < type.min() || value > type.max() || value == 0 && !zero) { // or below 0 by a hair
      String hint = type.max() == 1 ? " (a fraction: 17 % is 0.17)" : "";
      error(
          scalar.position(),
          path,
          scalar.text() + " is out of range; expected " + type.expected() + hint);
      return null;
    }
    return value == 0 ? 0.0 : value;
  }

  /** Reports a scalar that is no plain decimal number and returns null; else its kind. */
  private PlainScalar notANumber(ScalarNode scalar, String path, ValueType type) {
    PlainScalar kind = scalar.plain() ? PlainScalar.of(scalar.text()) : PlainScalar.TEXT;
    String why =
        switch (kind) {
          case INTEGER, DECIMAL -> null;
          case NON_FINITE -> scalar.text() + " is not a finite number";
          case OTHER_NUMBER ->
              "'"
                  + scalar.text()
                  + "' is not a plain decimal number (no hex, octal, "
                  + "leading zeros, _ separators or sexagesimal); expected "
                  + type.expected();
          default ->
              "expected "
                  + type.expected()
                  + ", got "
                  + scalar.describe()
                  + (scalar.plain() ? "" : "; remove the quotes");
        };
    if (why != null) {
      error(scalar.position(), path, why);
      return null;
    }
    return kind;
  }

  void error(Position at, String path, String message) {
    if (errors.size() < MAX_ERRORS) {
      errors.add(new FactError(file, at.line(), at.column(), path, message));
    }
  }

  private InvalidFactsException failure() {
    errors.sort(Comparator.comparingInt(FactError::line).thenComparingInt(FactError::column));
    return new InvalidFactsException(errors);
  }
}
