package nl.koploper.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import nl.koploper.api.Evidence;
import nl.koploper.api.Explanation;
import nl.koploper.api.Recommendation;
import nl.koploper.api.ScoreFactor;
import nl.koploper.api.WhatIf;

/**
 * The JSON result of {@code explain} ({@code koploper/explanation/v1}): the fields of
 * docs/contract.md first ({@code code}, {@code lesson}, {@code rule}, {@code score}, {@code
 * priority}, {@code scoreBreakdown}, {@code evidence}, {@code clearedBy}), then what the text shows
 * besides: the region and benchmark, the rank and its neighbours, the facts the rule reads, the
 * {@code what-if} command of each way out, and how the search went.
 */
public final class ExplanationJson {
  /** The schema the JSON names. */
  public static final String SCHEMA = "koploper/explanation/v1";

  private ExplanationJson() {}

  /**
   * The explanation as JSON.
   *
   * @param e the explanation
   * @param files the files it was made from, for the commands it shows
   * @return the JSON, ending in a line break
   */
  public static String render(Explanation e, ExplainedFiles files) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonReport.generator(out)) {
      Recommendation r = e.recommendation();
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeStringField("code", r.code());
      g.writeNumberField("lesson", r.lesson());
      g.writeStringField("rule", r.rule());
      g.writeNumberField("score", r.score());
      g.writeStringField("priority", r.priority().name());
      g.writeArrayFieldStart("scoreBreakdown");
      for (ScoreFactor f : r.scoreBreakdown()) {
        g.writeStartObject();
        g.writeStringField("factor", f.factor());
        g.writeNumberField("value", f.points());
        g.writeStringField("why", f.why());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("evidence");
      for (Evidence evidence : r.evidence()) {
        JsonReport.evidence(g, evidence);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("clearedBy");
      for (Explanation.WayOut way : e.clearedBy()) {
        g.writeStartArray();
        for (WhatIf.Change c : way.changes()) {
          WhatIfJson.change(g, c);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      extras(g, e, files);
      g.writeEndObject();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    return out + "\n";
  }

  private static void extras(JsonGenerator g, Explanation e, ExplainedFiles files)
      throws IOException {
    Recommendation r = e.recommendation();
    JsonReport.region(g, "region", e.region());
    JsonReport.region(g, "benchmark", e.benchmark());
    JsonReport.ruleSet(g, e.ruleSet());
    g.writeStringField("language", e.language().tag());
    g.writeStringField("title", r.title());
    g.writeStringField("ruleFile", e.ruleFile());
    g.writeNumberField("rank", r.rank());
    g.writeNumberField("recommendations", e.recommendations());
    neighbour(g, "above", e.above());
    neighbour(g, "below", e.below());
    g.writeArrayFieldStart("reads");
    for (Explanation.Reading reading : e.reads()) {
      g.writeStartObject();
      g.writeStringField("fact", reading.fact());
      g.writeFieldName("value");
      WhatIfJson.value(g, reading.value());
      g.writeFieldName("benchmark");
      WhatIfJson.value(g, reading.benchmark());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("whatIf");
    for (Explanation.WayOut way : e.clearedBy()) {
      g.writeString(files.whatIf(way, e.language()));
    }
    g.writeEndArray();
    g.writeNumberField("found", e.found());
    g.writeNumberField("searched", e.searched());
    g.writeBooleanField("complete", e.complete());
  }

  private static void neighbour(JsonGenerator g, String name, Recommendation r) throws IOException {
    if (r == null) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    g.writeNumberField("rank", r.rank());
    g.writeStringField("code", r.code());
    g.writeNumberField("lesson", r.lesson());
    g.writeNumberField("score", r.score());
    g.writeEndObject();
  }
}
