package nl.koploper.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import nl.koploper.api.Assessment;
import nl.koploper.api.DataGap;
import nl.koploper.api.Evidence;
import nl.koploper.api.LessonResult;
import nl.koploper.api.Recommendation;
import nl.koploper.api.RegionRef;
import nl.koploper.api.ScoreFactor;

/**
 * The JSON result of docs/contract.md ({@code koploper/assessment/v1}), byte-identical for equal
 * input.
 */
public final class JsonReport {
  /** The schema the JSON names. */
  public static final String SCHEMA = "koploper/assessment/v1";

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonReport() {}

  /**
   * The assessment as JSON (docs/contract.md).
   *
   * @param a the assessment
   * @return the JSON, ending in a line break
   */
  public static String render(Assessment a) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = generator(out)) {
      write(g, a);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /**
   * A generator writing Koploper's JSON layout: two-space indents, {@code "key": value}. Every JSON
   * result uses it, so they all look alike and stay byte-identical for equal input.
   */
  static JsonGenerator generator(StringWriter out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setPrettyPrinter(
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    return g;
  }

  static void write(JsonGenerator g, Assessment a) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    region(g, "region", a.region());
    region(g, "benchmark", a.benchmark());
    ruleSet(g, a.ruleSet());
    g.writeStringField("language", a.language().tag());
    actorFilter(g, a);
    outcomes(g, a);
    g.writeArrayFieldStart("lessons");
    for (LessonResult l : a.lessons()) {
      g.writeStartObject();
      g.writeNumberField("number", l.number());
      g.writeStringField("key", l.key());
      g.writeStringField("title", l.title());
      number(g, "score", l.score());
      number(g, "benchmarkScore", l.benchmarkScore());
      g.writeNumberField("dataCoverage", l.dataCoverage());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("recommendations");
    for (Recommendation r : a.recommendations()) {
      recommendation(g, r);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("dataGaps");
    for (DataGap gap : a.dataGaps()) {
      g.writeStartObject();
      if (gap.lesson() == null) {
        g.writeNullField("lesson");
      } else {
        g.writeNumberField("lesson", gap.lesson());
      }
      g.writeStringField("fact", gap.fact());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void recommendation(JsonGenerator g, Recommendation r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("rank", r.rank());
    g.writeStringField("code", r.code());
    g.writeNumberField("lesson", r.lesson());
    g.writeStringField("priority", r.priority().name());
    g.writeNumberField("score", r.score());
    g.writeStringField("title", r.title());
    g.writeStringField("action", r.action());
    g.writeStringField("rationale", r.rationale());
    g.writeArrayFieldStart("instruments");
    for (String instrument : r.instruments()) {
      g.writeString(instrument);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("evidence");
    for (Evidence e : r.evidence()) {
      evidence(g, e);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("scoreBreakdown");
    for (ScoreFactor f : r.scoreBreakdown()) {
      g.writeStartObject();
      g.writeStringField("factor", f.factor());
      g.writeNumberField("points", f.points());
      g.writeStringField("why", f.why());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("rule", r.rule());
    g.writeBooleanField("restsOnEstimates", r.restsOnEstimates());
    g.writeArrayFieldStart("actors");
    for (nl.koploper.api.Actor actor : r.actors()) {
      g.writeString(actor.code());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@code "actorFilter": null}, or the actors asked for and the codes left out. */
  private static void actorFilter(JsonGenerator g, Assessment a) throws IOException {
    if (a.actorFilter() == null) {
      g.writeNullField("actorFilter");
      return;
    }
    g.writeObjectFieldStart("actorFilter");
    g.writeArrayFieldStart("actors");
    for (nl.koploper.api.Actor actor : a.actorFilter().actors()) {
      g.writeString(actor.code());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("leftOut");
    for (String code : a.actorFilter().leftOut()) {
      g.writeString(code);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The headline figures: {@code {"figure", "value", "benchmark", "ratio", "unit", "facts"}}. */
  private static void outcomes(JsonGenerator g, Assessment a) throws IOException {
    g.writeArrayFieldStart("outcomes");
    for (nl.koploper.api.OutcomeFigure o : a.outcomes()) {
      g.writeStartObject();
      g.writeStringField("figure", o.figure());
      g.writeStringField("title", o.title());
      number(g, "value", o.value());
      number(g, "benchmark", o.benchmark());
      number(g, "ratio", o.ratio());
      g.writeStringField("unit", o.unit());
      g.writeArrayFieldStart("facts");
      for (String fact : o.facts()) {
        g.writeString(fact);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** One evidence object, as in an assessment; {@code explain} writes its evidence the same way. */
  static void evidence(JsonGenerator g, Evidence e) throws IOException {
    g.writeStartObject();
    g.writeStringField("fact", e.fact());
    g.writeStringField("value", e.value());
    g.writeStringField("expected", e.expected());
    if (e.benchmark() == null) {
      g.writeNullField("benchmark");
    } else {
      g.writeStringField("benchmark", e.benchmark());
    }
    g.writeBooleanField("estimate", e.estimate());
    g.writeBooleanField("benchmarkEstimate", e.benchmarkEstimate());
    g.writeEndObject();
  }

  /** The rule set an answer came from: {@code "ruleSet": {"source", "sha256", "rules"}}. */
  static void ruleSet(JsonGenerator g, nl.koploper.api.RuleSetInfo info) throws IOException {
    g.writeObjectFieldStart("ruleSet");
    g.writeStringField("source", info.source());
    g.writeStringField("sha256", info.sha256());
    g.writeNumberField("rules", info.rules());
    g.writeEndObject();
  }

  static void region(JsonGenerator g, String name, RegionRef region) throws IOException {
    if (region == null) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    g.writeStringField("code", region.code());
    g.writeStringField("name", region.name());
    g.writeEndObject();
  }

  static void number(JsonGenerator g, String name, Double value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }
}
