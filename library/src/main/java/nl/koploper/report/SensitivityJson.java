package nl.koploper.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import nl.koploper.api.Priority;
import nl.koploper.api.Sensitivity;

/**
 * The JSON result of {@code sensitivity} ({@code koploper/sensitivity/v1}): per recommendation its
 * probability, median rank, 5–95 % rank interval and priority shares; per uncertain fact its
 * influence. Besides the fields of docs/contract.md: region, benchmark, rule set, language, each
 * recommendation's title, and {@code uncertain}.
 */
public final class SensitivityJson {
  /** The schema the JSON names. */
  public static final String SCHEMA = "koploper/sensitivity/v1";

  private SensitivityJson() {}

  /**
   * The sensitivity analysis as JSON.
   *
   * @param s the analysis
   * @return the JSON, ending in a line break
   */
  public static String render(Sensitivity s) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonReport.generator(out)) {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      JsonReport.region(g, "region", s.region());
      JsonReport.region(g, "benchmark", s.benchmark());
      JsonReport.ruleSet(g, s.ruleSet());
      g.writeStringField("language", s.language().tag());
      g.writeNumberField("samples", s.samples());
      g.writeNumberField("seed", s.seed());
      g.writeArrayFieldStart("recommendations");
      for (Sensitivity.Outlook o : s.recommendations()) {
        g.writeStartObject();
        g.writeStringField("code", o.code());
        g.writeNumberField("lesson", o.lesson());
        g.writeStringField("title", o.title());
        g.writeNumberField("probability", o.probability());
        g.writeNumberField("medianRank", o.medianRank());
        g.writeArrayFieldStart("rankInterval");
        g.writeNumber(o.rankLow());
        g.writeNumber(o.rankHigh());
        g.writeEndArray();
        g.writeObjectFieldStart("priorities");
        for (Map.Entry<Priority, Double> p : o.priorities().entrySet()) {
          g.writeNumberField(p.getKey().name(), p.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("uncertain");
      for (Sensitivity.Influence i : s.uncertain()) {
        g.writeStartObject();
        g.writeStringField("fact", i.fact());
        g.writeStringField("uncertainty", i.uncertainty());
        g.writeNumberField("rankShift", i.rankShift());
        g.writeArrayFieldStart("moves");
        for (String code : i.moves()) {
          g.writeString(code);
        }
        g.writeEndArray();
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
