package nl.koploper.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.facts.Node.Entry;
import nl.koploper.facts.Node.MapNode;
import nl.koploper.facts.Node.ScalarNode;
import nl.koploper.facts.Node.SeqNode;

/**
 * A YAML file read as strictly as a fact file (YAML 1.2 scalars, no type tags, one document, the
 * same limits against hostile input), as a tree of values that know their line and column: for file
 * formats that embed facts, such as the policy tests beside the rules. A mapping in it binds to
 * {@link Facts} with the binder of {@link FactsLoader}, so embedded facts are checked exactly as a
 * fact file is.
 */
public final class YamlDocument {
  private YamlDocument() {}

  /**
   * Reads a YAML file.
   *
   * @param file the file
   * @param name the name to use in messages
   * @param what what kind of file it is, for the message about an empty one ("a policy test file")
   * @return its root value
   * @throws InvalidFactsException when it cannot be read or parsed; each error names the position
   */
  public static Value read(Path file, String name, String what) throws InvalidFactsException {
    if (Files.isDirectory(file)) {
      throw FileText.whole(name, "is a directory, not " + what);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(FileText.MAX_BYTES + 1);
      if (bytes.length <= FileText.MAX_BYTES
          && new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "").isBlank()) {
        throw FileText.whole(name, "the file is empty; expected " + what);
      }
      String text = FileText.read(new java.io.ByteArrayInputStream(bytes), name);
      return new Value(YamlTreeReader.read(text, name), name);
    } catch (NoSuchFileException e) {
      throw FileText.whole(name, "no such file");
    } catch (AccessDeniedException e) {
      throw FileText.whole(name, "permission denied");
    } catch (IOException e) {
      throw FileText.whole(name, "cannot read the file: " + e.getMessage());
    }
  }

  /**
   * One key of a mapping and its value, in file order (duplicates kept for the reader to report).
   */
  public record Field(Value key, Value value) {}

  /** A mapping, a list or a scalar of the document, with its position. */
  public static final class Value {
    private final Node node;
    private final String file;

    private Value(Node node, String file) {
      this.node = node;
      this.file = file;
    }

    /**
     * 1-based line where the value starts.
     *
     * @return the 1-based line
     */
    public int line() {
      return node.position().line();
    }

    /**
     * 1-based column where the value starts.
     *
     * @return the 1-based column
     */
    public int column() {
      return node.position().column();
    }

    /**
     * Whether it is a mapping.
     *
     * @return whether it is a mapping
     */
    public boolean isMapping() {
      return node instanceof MapNode;
    }

    /**
     * Whether it is a list.
     *
     * @return whether it is a list
     */
    public boolean isList() {
      return node instanceof SeqNode;
    }

    /**
     * Whether it is a scalar.
     *
     * @return whether it is a scalar
     */
    public boolean isScalar() {
      return node instanceof ScalarNode;
    }

    /**
     * A mapping's entries in file order; empty for anything else.
     *
     * @return the entries, in order
     */
    public List<Field> fields() {
      List<Field> fields = new ArrayList<>();
      if (node instanceof MapNode map) {
        for (Entry e : map.entries()) {
          fields.add(new Field(new Value(e.key(), file), new Value(e.value(), file)));
        }
      }
      return fields;
    }

    /**
     * A list's items; empty for anything else.
     *
     * @return the items, in order
     */
    public List<Value> items() {
      List<Value> items = new ArrayList<>();
      if (node instanceof SeqNode seq) {
        seq.items().forEach(item -> items.add(new Value(item, file)));
      }
      return items;
    }

    /**
     * A scalar's text as written (without quotes); null for a mapping or a list.
     *
     * @return the text
     */
    public String text() {
      return node instanceof ScalarNode scalar ? scalar.text() : null;
    }

    /**
     * Whether this is a plain (unquoted) scalar: only those can be numbers, booleans or null. A
     * quoted {@code "3"} is text.
     *
     * @return whether it is unquoted
     */
    public boolean isPlain() {
      return node instanceof ScalarNode scalar && scalar.plain();
    }

    /**
     * What kind of value this is, for messages: "a mapping", "a list", "'abc'".
     *
     * @return a short description for messages
     */
    public String describe() {
      return node.describe();
    }

    /**
     * Binds this mapping as facts, checked as a fact file's root is. {@code schema} may be left
     * out, and so may {@code region} and its {@code code} and {@code name}: the defaults given here
     * fill them in. Errors name this document's file and positions, with paths relative to this
     * mapping.
     *
     * @param regionCode the region code when none is given, {@code [A-Z0-9-]{2,16}}
     * @param regionName the region name when none is given
     * @return the facts
     */
    public Facts bindFacts(String regionCode, String regionName) throws InvalidFactsException {
      if (!(node instanceof MapNode map)) {
        return FactBinder.bind(node, file); // reports what was expected instead
      }
      List<Entry> entries = new ArrayList<>(map.entries());
      if (keyOf(map, "schema") == null) {
        entries.add(0, new Entry(quoted("schema", map), quoted(Facts.SCHEMA, map)));
      }
      Entry region = keyOf(map, "region");
      if (region == null) {
        MapNode filled = new MapNode(map.position(), List.of(), 1);
        entries.add(
            1, new Entry(quoted("region", map), withRegion(filled, regionCode, regionName)));
      } else if (region.value() instanceof MapNode given) {
        entries.set(
            entries.indexOf(region),
            new Entry(region.key(), withRegion(given, regionCode, regionName)));
      }
      return FactBinder.bind(new MapNode(map.position(), entries, map.weight()), file);
    }

    private static MapNode withRegion(MapNode region, String code, String name) {
      List<Entry> entries = new ArrayList<>(region.entries());
      if (keyOf(region, "code") == null) {
        entries.add(new Entry(quoted("code", region), quoted(code, region)));
      }
      if (keyOf(region, "name") == null) {
        entries.add(new Entry(quoted("name", region), quoted(name, region)));
      }
      return new MapNode(region.position(), entries, region.weight() + 4);
    }

    private static Entry keyOf(MapNode map, String key) {
      return map.entries().stream()
          .filter(e -> e.key().text().equals(key))
          .findFirst()
          .orElse(null);
    }

    /** A value supplied here rather than written: quoted, so it is always text. */
    private static ScalarNode quoted(String text, Node at) {
      return new ScalarNode(at.position(), text, false);
    }
  }
}
