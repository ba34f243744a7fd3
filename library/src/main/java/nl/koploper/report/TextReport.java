package nl.koploper.report;

import java.text.NumberFormat;
import java.util.List;
import nl.koploper.api.Assessment;
import nl.koploper.api.DataGap;
import nl.koploper.api.Evidence;
import nl.koploper.api.LessonResult;
import nl.koploper.api.Recommendation;
import nl.koploper.api.ScoreFactor;

/**
 * The default output: an aligned plain-text list an advisor can paste into a memo. Lines stay
 * within 100 columns except for long texts, which wrap at word boundaries.
 */
public final class TextReport {
  private static final int WIDTH = 100;

  private TextReport() {}

  /**
   * The assessment as text.
   *
   * @param a the assessment
   * @return the text
   */
  public static String render(Assessment a) {
    Messages m = Messages.of(a.language());
    NumberFormat one = NumberFormat.getNumberInstance(a.language().locale());
    one.setMinimumFractionDigits(1);
    one.setMaximumFractionDigits(1);
    StringBuilder out = new StringBuilder();
    String who = a.region().name() + " (" + a.region().code() + ")";
    if (a.benchmark() != null) {
      who =
          m.get("againstBenchmark", who, a.benchmark().name() + " (" + a.benchmark().code() + ")");
    }
    ReportWords w = new ReportWords(a, m);
    line(out, m.get("heading", who));
    line(
        out,
        m.get("ruleSet", w.source(), a.ruleSet().rules(), a.ruleSet().sha256().substring(0, 12)));
    if (w.actorFilter() != null) {
      wrap(out, "", "  ", w.actorFilter());
    }
    out.append('\n');
    outcomes(out, a, m, w);

    line(out, m.get("lessons"));
    int titleWidth = a.lessons().stream().mapToInt(l -> l.title().length()).max().orElse(10);
    line(
        out,
        String.format(
            "  %-" + (titleWidth + 3) + "s %7s %11s %6s",
            "",
            m.get("score"),
            a.benchmark() == null ? "" : m.get("benchmark"),
            m.get("data")));
    for (LessonResult l : a.lessons()) {
      String score = l.score() == null ? "–" : one.format(l.score());
      String theirs =
          a.benchmark() == null
              ? ""
              : l.benchmarkScore() == null ? "–" : one.format(l.benchmarkScore());
      String coverage = Math.round(l.dataCoverage() * 100) + "%";
      line(
          out,
          String.format(
                  "  %d  %-" + titleWidth + "s %7s %11s %6s",
                  l.number(),
                  l.title(),
                  score,
                  theirs,
                  coverage)
              .stripTrailing());
    }
    out.append('\n');

    line(out, m.get("recommendations") + " (" + a.recommendations().size() + ")");
    if (a.recommendations().isEmpty()) {
      wrap(out, "  ", "  ", w.noRecommendations());
    }
    int tierWidth = 0;
    for (nl.koploper.api.Priority p : nl.koploper.api.Priority.values()) {
      tierWidth = Math.max(tierWidth, m.get("priority." + p).length());
    }
    for (Recommendation r : a.recommendations()) {
      out.append('\n');
      line(
          out,
          String.format(
              "%3d. %-" + tierWidth + "s %5s  %s  %s",
              r.rank(),
              m.get("priority." + r.priority()),
              one.format(r.score()),
              r.code(),
              r.title() + EstimateMarks.firstLine(r, m)));
      wrap(out, m.get("action") + ": ", r.action());
      if (!r.actors().isEmpty()) {
        wrap(out, m.get("actors") + ": ", ReportWords.actors(r));
      }
      wrap(out, m.get("why") + ": ", r.rationale());
      for (Evidence e : r.evidence()) {
        String theirs =
            e.benchmark() == null || a.benchmark() == null
                ? ""
                : "; " + a.benchmark().name() + ": " + EstimateMarks.benchmark(e, m);
        wrap(
            out,
            m.get("evidence") + ": ",
            e.fact()
                + " = "
                + EstimateMarks.value(e, m)
                + " ("
                + m.get("expected")
                + " "
                + e.expected()
                + theirs
                + ")");
      }
      String label = "     " + m.get("scoreBreakdown") + ": ";
      for (ScoreFactor f : r.scoreBreakdown()) {
        String points =
            String.format("%5s  ", (f.points() >= 0 ? "+" : "") + one.format(f.points()));
        wrap(out, label + points, " ".repeat(label.length() + points.length()), f.why());
        label = " ".repeat(label.length());
      }
      label = "     " + m.get("instruments") + ": ";
      for (String instrument : r.instruments()) {
        wrap(out, label + "- ", " ".repeat(label.length() + 2), instrument);
        label = " ".repeat(label.length());
      }
      wrap(out, m.get("rule") + ": ", r.ruleName());
    }
    out.append('\n');
    List<DataGap> gaps = a.dataGaps();
    if (gaps.isEmpty()) {
      line(out, m.get("noDataGaps"));
    } else {
      line(out, m.get("dataGaps", gaps.size()));
      for (DataGap g : gaps) {
        String lesson = g.lesson() == null ? m.get("outcomes") : m.get("lesson") + " " + g.lesson();
        line(out, String.format("  %-9s %s", lesson, g.fact()));
      }
    }
    return out.toString();
  }

  /** The headline figures: region, benchmark and their ratio, before the lessons. */
  private static void outcomes(StringBuilder out, Assessment a, Messages m, ReportWords w) {
    if (a.outcomes().isEmpty()) {
      return;
    }
    line(out, m.get("outcomes.heading"));
    if (!w.anyOutcomeKnown()) {
      line(out, "  " + m.get("outcomes.none"));
      out.append('\n');
      return;
    }
    List<String[]> rows = new java.util.ArrayList<>();
    rows.add(
        a.benchmark() == null
            ? new String[] {"", a.region().name()}
            : new String[] {"", a.region().name(), a.benchmark().name(), m.get("outcomes.ratio")});
    for (nl.koploper.api.OutcomeFigure o : a.outcomes()) {
      rows.add(
          a.benchmark() == null
              ? new String[] {ReportWords.label(o), w.figure(o, o.value())}
              : new String[] {
                ReportWords.label(o), w.figure(o, o.value()), w.figure(o, o.benchmark()), w.ratio(o)
              });
    }
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder text = new StringBuilder("  ").append(pad(row[0], widths[0]));
      for (int i = 1; i < columns; i++) {
        text.append("  ").append(" ".repeat(widths[i] - row[i].length())).append(row[i]);
      }
      line(out, text.toString().stripTrailing());
    }
    out.append('\n');
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }

  /** Writes {@code label text}, indented under the recommendation, wrapped at word boundaries. */
  private static void wrap(StringBuilder out, String label, String text) {
    wrap(out, "     " + label, "     " + " ".repeat(label.length()), text);
  }

  /**
   * Writes {@code first + text}, continuing on lines that start with {@code hanging}; {@code
   * explain} wraps its sentences the same way.
   */
  static void wrap(StringBuilder out, String first, String hanging, String text) {
    StringBuilder current = new StringBuilder(first);
    int start = current.length();
    for (String word : text.split(" ")) {
      if (current.length() > start && current.length() + 1 + word.length() > WIDTH) {
        line(out, current.toString());
        current = new StringBuilder(hanging);
        start = current.length();
      }
      if (current.length() > start) {
        current.append(' ');
      }
      current.append(word);
    }
    line(out, current.toString());
  }
}
