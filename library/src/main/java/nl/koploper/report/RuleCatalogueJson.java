package nl.koploper.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import nl.koploper.api.RuleDescription;

/** The rule catalogue as JSON ({@code koploper/rules/v1}). */
public final class RuleCatalogueJson {
  /** The schema the JSON names. */
  public static final String SCHEMA = "koploper/rules/v1";

  private RuleCatalogueJson() {}

  /**
   * The rules as JSON.
   *
   * @param rules the rules
   * @return the JSON, ending in a line break
   */
  public static String render(List<RuleDescription> rules) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonReport.generator(out)) {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeArrayFieldStart("rules");
      for (RuleDescription r : rules) {
        g.writeStartObject();
        g.writeStringField("name", r.name());
        g.writeStringField("file", r.file());
        g.writeNumberField("lesson", r.lesson());
        g.writeStringField("code", r.code());
        g.writeStringField("title", r.title());
        g.writeArrayFieldStart("reads");
        for (String fact : r.reads()) {
          g.writeString(fact);
        }
        g.writeEndArray();
        if (r.code() != null) {
          g.writeArrayFieldStart("actors");
          for (nl.koploper.api.Actor a : r.actors()) {
            g.writeString(a.code());
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }
}
