package nl.koploper.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import nl.koploper.api.WhatIf;

/**
 * The JSON result of {@code what-if} ({@code koploper/what-if/v1}): the changes, both assessments
 * exactly as {@code assess --format json} writes them, and what was added, removed and moved.
 */
public final class WhatIfJson {
  /** The schema the JSON names. */
  public static final String SCHEMA = "koploper/what-if/v1";

  private WhatIfJson() {}

  /**
   * The what-if as JSON.
   *
   * @param w the what-if
   * @return the JSON, ending in a line break
   */
  public static String render(WhatIf w) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonReport.generator(out)) {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeArrayFieldStart("changes");
      for (WhatIf.Change c : w.changes()) {
        change(g, c);
      }
      g.writeEndArray();
      g.writeFieldName("before");
      JsonReport.write(g, w.before());
      g.writeFieldName("after");
      JsonReport.write(g, w.after());
      codes(g, "added", w.added());
      codes(g, "removed", w.removed());
      g.writeArrayFieldStart("moved");
      for (WhatIf.Move m : w.moved()) {
        g.writeStartObject();
        g.writeStringField("code", m.code());
        g.writeNumberField("fromRank", m.fromRank());
        g.writeNumberField("toRank", m.toRank());
        g.writeNumberField("fromScore", m.fromScore());
        g.writeNumberField("toScore", m.toScore());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /**
   * One change as {@code {"fact", "from", "to", "fromEstimate", "toEstimate"}}, each value in its
   * JSON type (unknown is null): the shape {@code explain} uses for the changes that clear a
   * recommendation too.
   */
  static void change(JsonGenerator g, WhatIf.Change c) throws IOException {
    g.writeStartObject();
    g.writeStringField("fact", c.fact());
    g.writeFieldName("from");
    value(g, c.from());
    g.writeFieldName("to");
    value(g, c.to());
    g.writeBooleanField("fromEstimate", c.fromEstimate());
    g.writeBooleanField("toEstimate", c.toEstimate());
    g.writeEndObject();
  }

  /** A fact value in its JSON type: text for an enum, boolean, number, a list of names, or null. */
  static void value(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof Double d) {
      g.writeNumber(d);
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        g.writeString(item.toString());
      }
      g.writeEndArray();
    } else {
      g.writeString(value instanceof Enum<?> e ? e.name() : value.toString());
    }
  }

  private static void codes(JsonGenerator g, String name, List<String> codes) throws IOException {
    g.writeArrayFieldStart(name);
    for (String code : codes) {
      g.writeString(code);
    }
    g.writeEndArray();
  }
}
