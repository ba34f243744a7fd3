package nl.koploper.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import nl.koploper.api.Comparison;
import nl.koploper.api.LessonResult;
import nl.koploper.api.Recommendation;
import nl.koploper.api.RegionSummary;

/** The JSON result of {@code compare} ({@code koploper/comparison/v1}). */
public final class ComparisonJson {
  /** The schema the JSON names. */
  public static final String SCHEMA = "koploper/comparison/v1";

  private ComparisonJson() {}

  /**
   * The comparison as JSON.
   *
   * @param c the comparison
   * @return the JSON, ending in a line break
   */
  public static String render(Comparison c) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonReport.generator(out)) {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      JsonReport.ruleSet(g, c.ruleSet());
      g.writeStringField("language", c.language().tag());
      g.writeArrayFieldStart("regions");
      for (RegionSummary r : c.regions()) {
        region(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void region(JsonGenerator g, RegionSummary r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("rank", r.rank());
    g.writeStringField("code", r.region().code());
    g.writeStringField("name", r.region().name());
    JsonReport.number(g, "meanScore", r.meanScore());
    g.writeNumberField("recommendations", r.recommendations());
    g.writeNumberField("dataGaps", r.dataGaps());
    g.writeArrayFieldStart("lessons");
    for (LessonResult l : r.lessons()) {
      g.writeStartObject();
      g.writeNumberField("number", l.number());
      g.writeStringField("key", l.key());
      JsonReport.number(g, "score", l.score());
      g.writeNumberField("dataCoverage", l.dataCoverage());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("topRecommendations");
    for (Recommendation rec : r.top()) {
      g.writeStartObject();
      g.writeNumberField("rank", rec.rank());
      g.writeStringField("code", rec.code());
      g.writeNumberField("lesson", rec.lesson());
      g.writeStringField("priority", rec.priority().name());
      g.writeNumberField("score", rec.score());
      g.writeStringField("title", rec.title());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
