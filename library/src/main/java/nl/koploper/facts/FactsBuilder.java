package nl.koploper.facts;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.koploper.facts.Node.Entry;
import nl.koploper.facts.Node.MapNode;
import nl.koploper.facts.Node.Position;
import nl.koploper.facts.Node.ScalarNode;
import nl.koploper.facts.Node.SeqNode;

/**
 * Facts written in code, checked exactly as a fact file is: {@link #build()} hands what was set to
 * the same binder that {@link FactsLoader} uses, so the same types, ranges, enum names, text
 * patterns, required fields and source ids are checked, and the errors are worded alike. They name
 * the field path; the file is {@code Facts.builder(CODE)} and there is no line or column.
 *
 * <pre>{@code
 * Facts facts =
 *     Facts.builder("NL", "Nederland")
 *         .set("region.population", 17_400_000L)
 *         .set("earlyFunding.earlyRndSubsidies", Availability.SCARCE)
 *         .set("ecosystem.anchorFirms", List.of("Janssen", "MSD"))
 *         .source("kiezen-voor-biotech", "Kiezen voor biotech (HollandBIO, 2021)")
 *         .cite("earlyFunding", "kiezen-voor-biotech")
 *         .build();
 * }</pre>
 *
 * <p>A value is what a loaded file would hold (the field's enum constant, a {@code Boolean}, a
 * whole or decimal {@code Number}, a {@code String}, a list of names), or its text as a fact file
 * writes it ({@code "BROAD"}, {@code "3"}). A builder is not thread-safe; the facts it builds are
 * immutable.
 */
public final class FactsBuilder {
  /** Values made in code have no place in a file. */
  private static final Position NOWHERE = new Position(0, 0);

  private final String code;
  private final Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
  private final List<Source> sources = new ArrayList<>();

  FactsBuilder(String code, String name) {
    this.code = String.valueOf(code);
    set("region.code", code);
    set("region.name", name);
  }

  /**
   * Sets the fact at a path such as {@code earlyFunding.earlyRndSubsidies}; a later call for the
   * same path replaces the value, and null leaves the fact unknown. Whether the path and value are
   * right is checked by {@link #build()}, with every other problem.
   *
   * @param path a fact path of the schema, {@code section.field}
   * @param value the value, or null for unknown
   * @return this builder
   * @throws IllegalArgumentException for {@code schema} and {@code sources} (this builder writes
   *     them; see {@link #source}), or a value of a Java type that no fact holds
   */
  public FactsBuilder set(String path, Object value) {
    Objects.requireNonNull(path, "path");
    if (path.equals("schema") || path.equals("sources") || path.startsWith("sources.")) {
      throw new IllegalArgumentException(
          "'" + path + "' is written by the builder; add sources with source(id, title)");
    }
    if (value != null) {
      checkJavaType(path, value);
    }
    int dot = path.indexOf('.');
    String section = dot < 0 ? path : path.substring(0, dot);
    String field = dot < 0 ? null : path.substring(dot + 1);
    if (field == null) {
      throw new IllegalArgumentException(
          "'"
              + path
              + "' is not a fact path; write section.field, such as "
              + "earlyFunding.earlyRndSubsidies");
    }
    Map<String, Object> values = sections.computeIfAbsent(section, s -> new LinkedHashMap<>());
    if (value == null) {
      values.remove(field);
    } else {
      values.put(field, value);
    }
    return this;
  }

  /**
   * Adds an entry to the facts' sources, which sections cite with {@link #cite}.
   *
   * @param id the id sections cite, lower case (a-z, 0-9, -)
   * @param title what the source is
   * @return this builder
   */
  public FactsBuilder source(String id, String title) {
    return source(new Source(id, title, null, null, null));
  }

  /**
   * Adds an entry to the facts' sources, with its optional url, year and note.
   *
   * @param source the source
   * @return this builder
   */
  public FactsBuilder source(Source source) {
    sources.add(Objects.requireNonNull(source, "source"));
    return this;
  }

  /**
   * Says which entry of the sources a section's figures come from ({@code source: <id>} in a file).
   * {@link #build()} refuses an id that no source has.
   *
   * @param section a section key such as {@code earlyFunding}
   * @param sourceId the id of an entry added with {@link #source}
   * @return this builder
   */
  public FactsBuilder cite(String section, String sourceId) {
    Objects.requireNonNull(section, "section");
    sections.computeIfAbsent(section, s -> new LinkedHashMap<>()).put("source", sourceId);
    return this;
  }

  /**
   * The facts, checked as {@link FactsLoader} checks a file.
   *
   * @return the facts
   * @throws InvalidFactsException with every problem found, each naming its field path
   */
  public Facts build() throws InvalidFactsException {
    List<Entry> top = new ArrayList<>();
    top.add(entry("schema", text(Facts.SCHEMA)));
    if (!sources.isEmpty()) {
      List<Node> items = new ArrayList<>();
      for (Source s : sources) {
        items.add(sourceNode(s));
      }
      top.add(entry("sources", new SeqNode(NOWHERE, items, items.size())));
    }
    sections.forEach((section, values) -> top.add(entry(section, mapping(section, values))));
    return FactBinder.bind(new MapNode(NOWHERE, top, top.size()), "Facts.builder(" + code + ")");
  }

  private static MapNode sourceNode(Source s) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", s.id());
    values.put("title", s.title());
    values.put("url", s.url());
    values.put("year", s.year());
    values.put("note", s.note());
    values.values().removeIf(Objects::isNull);
    List<Entry> entries = new ArrayList<>();
    values.forEach((key, value) -> entries.add(entry(key, node(value, true))));
    return new MapNode(NOWHERE, entries, entries.size());
  }

  private static MapNode mapping(String section, Map<String, Object> values) {
    FactSchema.Section known = FactSchema.section(section);
    List<Entry> entries = new ArrayList<>();
    values.forEach(
        (key, value) -> {
          FactSchema.Field field = known == null ? null : known.field(key);
          boolean text = field == null || field.type() instanceof ValueType.Text;
          entries.add(entry(key, node(value, text)));
        });
    return new MapNode(NOWHERE, entries, entries.size());
  }

  private static Entry entry(String key, Node value) {
    return new Entry(new ScalarNode(NOWHERE, key, true), value);
  }

  /**
   * A value as a fact file would write it. A string is quoted where the field holds text (and in
   * lists of names), so that {@code "true"} stays text there; elsewhere it is written plain, as
   * {@code BROAD} or {@code 12} is in a file. Other values are plain scalars, read by the binder as
   * the file's would be.
   */
  private static Node node(Object value, boolean text) {
    if (value instanceof Collection<?> items) {
      List<Node> nodes = new ArrayList<>();
      items.forEach(item -> nodes.add(node(item, true)));
      return new SeqNode(NOWHERE, nodes, nodes.size());
    }
    if (value instanceof String s && text) {
      return text(s);
    }
    return new ScalarNode(NOWHERE, plain(value), true);
  }

  private static ScalarNode text(String s) {
    return new ScalarNode(NOWHERE, s, false);
  }

  private static String plain(Object value) {
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d)) {
        return ".nan";
      }
      if (Double.isInfinite(d)) {
        return d > 0 ? ".inf" : "-.inf";
      }
      return value.toString();
    }
    return value.toString();
  }

  private static void checkJavaType(String path, Object value) {
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        if (item == null || item instanceof Collection) {
          throw new IllegalArgumentException(
              path + ": a list of facts holds names, got " + (item == null ? "null" : item));
        }
        checkJavaType(path, item);
      }
      return;
    }
    boolean known =
        value instanceof String
            || value instanceof Boolean
            || value instanceof Enum
            || value instanceof Integer
            || value instanceof Long
            || value instanceof Short
            || value instanceof Byte
            || value instanceof Double
            || value instanceof Float
            || value instanceof BigInteger
            || value instanceof BigDecimal;
    if (!known) {
      throw new IllegalArgumentException(
          path
              + ": no fact holds a "
              + value.getClass().getName()
              + "; give an enum constant, Boolean, number, String or a list of names");
    }
  }
}
