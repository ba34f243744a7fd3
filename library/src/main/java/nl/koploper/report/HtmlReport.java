package nl.koploper.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.koploper.api.Assessment;
import nl.koploper.api.DataGap;
import nl.koploper.api.Evidence;
import nl.koploper.api.LessonResult;
import nl.koploper.api.Recommendation;
import nl.koploper.api.ScoreFactor;

/**
 * An HTML report for a board or a browser: one self-contained file (inline style sheet, inline SVG
 * charts, no script, nothing fetched) with the content of the Markdown report, a radar chart of the
 * seven lessons against the benchmark and a bar chart of the recommendations' scores. It reads on a
 * phone, prints on paper and is built for assistive technology: one {@code h1}, headings in order,
 * table headers with their scope, and charts that are images with a title and a description giving
 * their numbers in words. Every word comes from the messages of the assessment's language, numbers
 * are written the way its readers write them, and the same assessment gives the same bytes.
 */
public final class HtmlReport {
  private static final String NO_VALUE = "–";

  private final Assessment a;
  private final Messages m;
  private final NumberFormat one;
  private final NumberFormat percent;
  private final ReportWords words;
  private final StringBuilder out = new StringBuilder();

  private HtmlReport(Assessment a) {
    this.a = a;
    this.m = Messages.of(a.language());
    this.words = new ReportWords(a, m);
    this.one = NumberFormat.getNumberInstance(a.language().locale());
    one.setMinimumFractionDigits(1);
    one.setMaximumFractionDigits(1);
    this.percent = NumberFormat.getPercentInstance(a.language().locale());
  }

  /**
   * The report as a complete HTML document.
   *
   * @param a the assessment
   * @return the page
   */
  public static String render(Assessment a) {
    HtmlReport report = new HtmlReport(a);
    report.head();
    report.summary();
    report.outcomes();
    report.charts();
    report.lessons();
    report.recommendations();
    report.dataGaps();
    report.out.append("</main>\n</body>\n</html>\n");
    return report.out.toString();
  }

  /**
   * The heading as HTML. A region's code stays on one line with its brackets, since a browser would
   * otherwise break {@code (BE-VLG)} at the hyphen.
   */
  private String heading() {
    String who = region(a.region().name(), a.region().code());
    if (a.benchmark() != null) {
      who = m.get("againstBenchmark", who, region(a.benchmark().name(), a.benchmark().code()));
    }
    return m.get("heading", who);
  }

  private static String region(String name, String code) {
    return HtmlText.escape(name) + " <span class=\"nowrap\">(" + HtmlText.escape(code) + ")</span>";
  }

  /** The heading as plain text, for the document's title. */
  private String title() {
    String who = a.region().name() + " (" + a.region().code() + ")";
    if (a.benchmark() != null) {
      who =
          m.get("againstBenchmark", who, a.benchmark().name() + " (" + a.benchmark().code() + ")");
    }
    return m.get("heading", who);
  }

  private void head() {
    HtmlPage.open(out, a.language(), title());
  }

  private void summary() {
    line("<h1>" + heading() + "</h1>");
    line(
        "<p class=\"muted\">"
            + m.get(
                "ruleSet",
                HtmlText.escape(words.source()),
                a.ruleSet().rules(),
                "<code>" + HtmlText.escape(a.ruleSet().sha256().substring(0, 12)) + "</code>")
            + "</p>");
    if (words.actorFilter() != null) {
      line("<p><strong>" + HtmlText.escape(words.actorFilter()) + "</strong></p>");
    }
  }

  /** The report's headline figures, region against benchmark, before everything else. */
  private void outcomes() {
    if (a.outcomes().isEmpty()) {
      return;
    }
    line("<section aria-labelledby=\"outcomes\">");
    line("<h2 id=\"outcomes\">" + HtmlText.escape(m.get("outcomes.heading")) + "</h2>");
    if (!words.anyOutcomeKnown()) {
      line("<p>" + HtmlText.escape(m.get("outcomes.none")) + "</p>");
      line("</section>");
      return;
    }
    List<String> header = new ArrayList<>();
    header.add(m.get("outcomes.figure"));
    header.add(a.region().name());
    if (a.benchmark() != null) {
      header.add(a.benchmark().name());
      header.add(m.get("outcomes.ratio"));
    }
    Table table = new Table(out, header, "h" + "r".repeat(header.size() - 1));
    for (nl.koploper.api.OutcomeFigure o : a.outcomes()) {
      List<String> row = new ArrayList<>();
      row.add(HtmlText.text(ReportWords.label(o)));
      row.add(HtmlText.escape(words.figure(o, o.value())));
      if (a.benchmark() != null) {
        row.add(HtmlText.escape(words.figure(o, o.benchmark())));
        row.add(HtmlText.escape(words.ratio(o)));
      }
      table.row(row);
    }
    table.close();
    line("</section>");
  }

  private void charts() {
    HtmlCharts charts = new HtmlCharts(a, m, one);
    String radar = charts.radar();
    String bars = charts.bars();
    if (radar == null && bars == null) {
      return;
    }
    line("<section aria-labelledby=\"charts\">");
    line("<h2 id=\"charts\">" + HtmlText.escape(m.get("html.charts")) + "</h2>");
    line("<div class=\"charts\">");
    if (radar != null) {
      figure(radar, m.get("html.radar.caption"));
    }
    if (bars != null) {
      figure(bars, m.get("html.bars.caption"));
    }
    line("</div>");
    line("</section>");
  }

  private void figure(String svg, String caption) {
    out.append("<figure>\n").append(svg);
    line("<figcaption>" + HtmlText.escape(caption) + "</figcaption>");
    line("</figure>");
  }

  private void lessons() {
    line("<section aria-labelledby=\"lessons\">");
    line("<h2 id=\"lessons\">" + HtmlText.escape(m.get("lessons")) + "</h2>");
    List<String> header = new ArrayList<>();
    header.add(m.get("markdown.number"));
    header.add(m.get("markdown.lesson"));
    header.add(m.get("markdown.score"));
    if (a.benchmark() != null) {
      header.add(a.benchmark().name());
    }
    header.add(m.get("markdown.coverage"));
    Table table = new Table(out, header, "rh" + "r".repeat(header.size() - 2));
    for (LessonResult l : a.lessons()) {
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(l.number()));
      row.add(HtmlText.text(l.title()));
      row.add(score(l.score()));
      if (a.benchmark() != null) {
        row.add(score(l.benchmarkScore()));
      }
      row.add(percent.format(l.dataCoverage()));
      table.row(row);
    }
    table.close();
    line("</section>");
  }

  private void recommendations() {
    line("<section aria-labelledby=\"recommendations\">");
    line(
        "<h2 id=\"recommendations\">"
            + HtmlText.escape(m.get("recommendations"))
            + " ("
            + a.recommendations().size()
            + ")</h2>");
    if (a.recommendations().isEmpty()) {
      line("<p>" + HtmlText.escape(words.noRecommendations()) + "</p>");
    }
    for (Recommendation r : a.recommendations()) {
      recommendation(r);
    }
    line("</section>");
  }

  private void recommendation(Recommendation r) {
    line("<article class=\"rec\" id=\"rec-" + r.rank() + "\">");
    line(
        "<h3>"
            + r.rank()
            + ". "
            + HtmlText.text(r.title() + EstimateMarks.firstLine(r, m))
            + "</h3>");
    // The priority is written out in the badge: its colour only repeats it.
    line(
        "<p><span class=\"badge p-"
            + r.priority().name().toLowerCase(Locale.ROOT)
            + "\">"
            + HtmlText.escape(m.get("priority." + r.priority()))
            + "</span> · "
            + HtmlText.escape(m.get("markdown.score"))
            + " "
            + one.format(r.score())
            + " · <code>"
            + HtmlText.escape(r.code())
            + "</code> · "
            + HtmlText.escape(m.get("lesson"))
            + " "
            + r.lesson()
            + "</p>");
    labelled(m.get("action"), r.action());
    if (!r.actors().isEmpty()) {
      labelled(m.get("actors"), ReportWords.actors(r));
    }
    labelled(m.get("why"), r.rationale());
    evidence(r);
    breakdown(r);
    instruments(r);
    labelled(m.get("markdown.rule"), r.ruleName());
    line("</article>");
  }

  private void labelled(String label, String text) {
    line("<p><strong>" + HtmlText.escape(label) + ":</strong> " + HtmlText.text(text) + "</p>");
  }

  private void evidence(Recommendation r) {
    if (r.evidence().isEmpty()) {
      return;
    }
    line("<h4>" + HtmlText.escape(m.get("evidence")) + "</h4>");
    List<String> header =
        new ArrayList<>(
            List.of(m.get("markdown.fact"), m.get("markdown.value"), m.get("markdown.expected")));
    if (a.benchmark() != null) {
      header.add(a.benchmark().name());
    }
    Table table = new Table(out, header, "l".repeat(header.size()));
    for (Evidence e : r.evidence()) {
      List<String> row = new ArrayList<>();
      row.add("<code>" + HtmlText.escape(e.fact()) + "</code>");
      row.add(HtmlText.text(EstimateMarks.value(e, m)));
      row.add(HtmlText.text(e.expected()));
      if (a.benchmark() != null) {
        row.add(e.benchmark() == null ? NO_VALUE : HtmlText.text(EstimateMarks.benchmark(e, m)));
      }
      table.row(row);
    }
    table.close();
  }

  private void breakdown(Recommendation r) {
    if (r.scoreBreakdown().isEmpty()) {
      return;
    }
    line("<h4>" + HtmlText.escape(m.get("scoreBreakdown")) + "</h4>");
    Table table = new Table(out, List.of(m.get("markdown.points"), m.get("markdown.why")), "rl");
    for (ScoreFactor f : r.scoreBreakdown()) {
      String points = (f.points() >= 0 ? "+" : "") + one.format(f.points());
      table.row(List.of(points, HtmlText.text(f.why())));
    }
    table.close();
  }

  private void instruments(Recommendation r) {
    if (r.instruments().isEmpty()) {
      return;
    }
    line("<h4>" + HtmlText.escape(m.get("instruments")) + "</h4>");
    line("<ul>");
    for (String instrument : r.instruments()) {
      line("<li>" + HtmlText.text(instrument) + "</li>");
    }
    line("</ul>");
  }

  private void dataGaps() {
    List<DataGap> gaps = a.dataGaps();
    line("<section aria-labelledby=\"gaps\">");
    line("<h2 id=\"gaps\">" + HtmlText.escape(m.get("markdown.dataGaps", gaps.size())) + "</h2>");
    if (gaps.isEmpty()) {
      line("<p>" + HtmlText.escape(m.get("noDataGaps")) + "</p>");
    } else {
      line("<p>" + HtmlText.escape(m.get("markdown.dataGapsIntro")) + "</p>");
      Table table = new Table(out, List.of(m.get("markdown.lesson"), m.get("markdown.fact")), "ll");
      for (DataGap g : gaps) {
        String lesson = g.lesson() == null ? m.get("outcomes") : String.valueOf(g.lesson());
        table.row(
            List.of(HtmlText.escape(lesson), "<code>" + HtmlText.escape(g.fact()) + "</code>"));
      }
      table.close();
    }
    line("</section>");
  }

  private String score(Double value) {
    return value == null ? NO_VALUE : one.format(value);
  }

  private void line(String html) {
    out.append(html).append('\n');
  }
}
