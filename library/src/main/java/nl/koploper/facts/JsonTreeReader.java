package nl.koploper.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.facts.Node.Entry;
import nl.koploper.facts.Node.MapNode;
import nl.koploper.facts.Node.Position;
import nl.koploper.facts.Node.ScalarNode;
import nl.koploper.facts.Node.SeqNode;

/**
 * Reads JSON into {@link Node}s with Jackson's streaming parser: strict JSON (no comments, no NaN,
 * nothing after the value), with the same depth and size limits as YAML.
 */
final class JsonTreeReader {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(TreeLimits.MAX_DEPTH + 1)
                  .maxStringLength(TreeLimits.MAX_SCALAR_CHARS + 1)
                  .maxNumberLength(100)
                  .build())
          .build();

  private final String file;
  private final JsonParser parser;
  private int depth;

  private JsonTreeReader(String file, String text, JsonParser parser) {
    this.file = file;
    this.columns = new Columns(text);
    this.parser = parser;
  }

  private final Columns columns;

  /**
   * Columns as a reader counts them, in characters (code points) from 1, from the parser's count of
   * UTF-16 units: a character outside the Basic Multilingual Plane earlier on the line (an emoji,
   * say) is one character, not two. YAML files are counted the same way. The lines are found once
   * per file, and not at all in the common case of a file without such characters.
   */
  static final class Columns {
    private final String text;
    private final int[] lineStarts; // null: no surrogate in the text, the counts agree

    Columns(String text) {
      this.text = text;
      boolean astral = false;
      for (int i = 0; i < text.length() && !astral; i++) {
        astral = Character.isSurrogate(text.charAt(i));
      }
      if (!astral) {
        lineStarts = null;
        return;
      }
      int[] starts = new int[16];
      int lines = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        // line breaks as the parser counts them: \n, \r\n and a lone \r
        boolean lineBreak =
            c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
        if (lineBreak) {
          if (lines == starts.length) {
            starts = java.util.Arrays.copyOf(starts, 2 * lines);
          }
          starts[lines++] = i + 1;
        }
      }
      lineStarts = java.util.Arrays.copyOf(starts, lines);
    }

    int column(int line, int utf16Column) {
      if (lineStarts == null || line < 1 || line > lineStarts.length || utf16Column < 1) {
        return utf16Column;
      }
      int start = lineStarts[line - 1];
      int end = Math.min(text.length(), start + utf16Column - 1);
      return text.codePointCount(start, end) + 1 + Math.max(0, start + utf16Column - 1 - end);
    }
  }

  /** One column of {@code text}; see {@link Columns}. */
  static int column(String text, int line, int utf16Column) {
    return new Columns(text).column(line, utf16Column);
  }

  static Node read(String text, String file) throws InvalidFactsException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonTreeReader reader = new JsonTreeReader(file, text, parser);
      if (parser.nextToken() == null) {
        throw FileText.whole(
            file, "the file is empty; a fact file needs at least schema and region");
      }
      Node root = reader.value();
      reader.refuseTrailingContent();
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(at.getLineNr(), 1);
      int column = at == null ? 0 : new Columns(text).column(line, Math.max(at.getColumnNr(), 1));
      String message = e.getOriginalMessage().split("\n")[0];
      throw FileText.at(file, line, column, "JSON syntax error: " + message);
    } catch (IOException e) {
      throw FileText.whole(file, "cannot read the JSON: " + e.getMessage());
    }
  }

  private void refuseTrailingContent() throws InvalidFactsException {
    JsonLocation end = parser.currentLocation();
    boolean more;
    try {
      more = parser.nextToken() != null;
    } catch (IOException e) {
      more = true;
    }
    if (more) {
      throw FileText.at(
          file,
          end.getLineNr(),
          columns.column(end.getLineNr(), end.getColumnNr() + 1),
          "unexpected content after the end of the JSON value");
    }
  }

  private Node value() throws IOException, InvalidFactsException {
    Position at = here();
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return object(at);
      case START_ARRAY:
        return array(at);
      case VALUE_STRING:
        return string(at, parser.getText(), false);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
      case VALUE_NULL:
        return string(at, parser.getText(), true);
      default:
        throw problem(at, "unexpected " + token);
    }
  }

  private Node object(Position at) throws IOException, InvalidFactsException {
    enter(at);
    List<Entry> entries = new ArrayList<>();
    long weight = 1;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      ScalarNode key = new ScalarNode(here(), parser.currentName(), false);
      parser.nextToken();
      Node value = value();
      weight += value.weight();
      entries.add(new Entry(key, value));
    }
    depth--;
    return new MapNode(at, entries, weight);
  }

  private Node array(Position at) throws IOException, InvalidFactsException {
    enter(at);
    List<Node> items = new ArrayList<>();
    long weight = 1;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      Node item = value();
      weight += item.weight();
      items.add(item);
    }
    depth--;
    return new SeqNode(at, items, weight);
  }

  private Node string(Position at, String text, boolean plain) throws InvalidFactsException {
    if (text.length() > TreeLimits.MAX_SCALAR_CHARS) {
      throw problem(
          at,
          "a value longer than "
              + TreeLimits.MAX_SCALAR_CHARS
              + " characters; fact values are short");
    }
    return new ScalarNode(at, text, plain);
  }

  private void enter(Position at) throws InvalidFactsException {
    if (++depth > TreeLimits.MAX_DEPTH) {
      throw problem(
          at,
          "nesting deeper than "
              + TreeLimits.MAX_DEPTH
              + " levels; the fact schema is much flatter");
    }
  }

  private Position here() {
    JsonLocation location = parser.currentTokenLocation();
    return new Position(
        location.getLineNr(), columns.column(location.getLineNr(), location.getColumnNr()));
  }

  private InvalidFactsException problem(Position at, String message) {
    return FileText.at(file, at.line(), at.column(), message);
  }
}
