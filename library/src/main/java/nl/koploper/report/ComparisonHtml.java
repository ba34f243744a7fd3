package nl.koploper.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.api.Comparison;
import nl.koploper.api.LessonResult;
import nl.koploper.api.Recommendation;
import nl.koploper.api.RegionSummary;

/**
 * A comparison as one self-contained HTML page: one radar chart overlaying every region's seven
 * lesson scores, the ranking table, and each region's top recommendations. Built from the same
 * parts as {@link HtmlReport}, so it prints, scales and reads aloud the same way.
 */
public final class ComparisonHtml {
  private final Comparison c;
  private final Messages m;
  private final NumberFormat one;
  private final StringBuilder out = new StringBuilder();

  private ComparisonHtml(Comparison c) {
    this.c = c;
    this.m = Messages.of(c.language());
    this.one = NumberFormat.getNumberInstance(c.language().locale());
    one.setMinimumFractionDigits(1);
    one.setMaximumFractionDigits(1);
  }

  /**
   * The comparison as one HTML page with charts.
   *
   * @param c the comparison
   * @return the page
   */
  public static String render(Comparison c) {
    ComparisonHtml page = new ComparisonHtml(c);
    page.head();
    page.radar();
    page.ranking();
    page.top();
    page.out.append("</main>\n</body>\n</html>\n");
    return page.out.toString();
  }

  private String names() {
    List<String> names = new ArrayList<>();
    for (RegionSummary r : c.regions()) {
      names.add(r.region().name() + " (" + r.region().code() + ")");
    }
    return String.join(", ", names);
  }

  private void head() {
    String title = m.get("compare.heading", names());
    HtmlPage.open(out, c.language(), title);
    out.append("<h1>")
        .append(HtmlText.escape(title))
        .append("</h1>\n")
        .append("<p class=\"muted\">")
        .append(
            m.get(
                "ruleSet",
                HtmlText.escape(ReportWords.source(c.ruleSet().source(), m)),
                c.ruleSet().rules(),
                "<code>" + HtmlText.escape(c.ruleSet().sha256().substring(0, 12)) + "</code>"))
        .append("</p>\n");
  }

  private void radar() {
    List<String> axes = new ArrayList<>();
    for (LessonResult l : c.regions().get(0).lessons()) {
      axes.add(l.title());
    }
    List<RadarChart.Series> series = new ArrayList<>();
    for (RegionSummary r : c.regions()) {
      List<Double> scores = new ArrayList<>();
      r.lessons().forEach(l -> scores.add(l.score()));
      series.add(new RadarChart.Series(r.region().name(), scores));
    }
    String svg =
        new RadarChart(axes, series)
            .svg("radar", m.get("html.radar.title"), RadarChart.describe(m, one, axes, series));
    out.append("<section aria-labelledby=\"charts\">\n<h2 id=\"charts\">")
        .append(HtmlText.escape(m.get("html.charts")))
        .append("</h2>\n<figure>\n")
        .append(svg)
        .append("<figcaption>")
        .append(HtmlText.escape(m.get("html.radar.caption")))
        .append("</figcaption>\n</figure>\n</section>\n");
  }

  private void ranking() {
    out.append("<section aria-labelledby=\"ranking\">\n<h2 id=\"ranking\">")
        .append(HtmlText.escape(m.get("compare.ranking")))
        .append("</h2>\n");
    List<String> header = new ArrayList<>(List.of(m.get("markdown.lesson")));
    StringBuilder columns = new StringBuilder("h");
    for (RegionSummary r : c.regions()) {
      header.add(r.rank() + ". " + r.region().name());
      columns.append('r');
    }
    Table table = new Table(out, header, columns.toString());
    for (int lesson = 0; lesson < 7; lesson++) {
      List<String> cells = new ArrayList<>();
      cells.add(
          (lesson + 1) + ". " + HtmlText.escape(c.regions().get(0).lessons().get(lesson).title()));
      for (RegionSummary r : c.regions()) {
        cells.add(score(r.lessons().get(lesson).score()));
      }
      table.row(cells);
    }
    List<String> mean = new ArrayList<>(List.of(HtmlText.escape(m.get("compare.mean"))));
    for (RegionSummary r : c.regions()) {
      mean.add("<strong>" + score(r.meanScore()) + "</strong>");
    }
    table.row(mean);
    table.close();
    out.append("</section>\n");
  }

  private void top() {
    out.append("<section aria-labelledby=\"top\">\n<h2 id=\"top\">")
        .append(HtmlText.escape(m.get("compare.top")))
        .append("</h2>\n");
    for (RegionSummary r : c.regions()) {
      out.append("<h3>")
          .append(r.rank())
          .append(". ")
          .append(HtmlText.escape(r.region().name()))
          .append(" <span class=\"nowrap\">(")
          .append(HtmlText.escape(r.region().code()))
          .append(")</span></h3>\n<p class=\"muted\">")
          .append(r.recommendations())
          .append(' ')
          .append(HtmlText.escape(m.get("compare.recommendations")))
          .append(", ")
          .append(r.dataGaps())
          .append(' ')
          .append(HtmlText.escape(m.get("compare.gaps")))
          .append("</p>\n");
      if (r.top().isEmpty()) {
        out.append("<p>").append(HtmlText.escape(m.get("compare.none"))).append("</p>\n");
        continue;
      }
      out.append("<ol>\n");
      for (Recommendation rec : r.top()) {
        out.append("<li value=\"")
            .append(rec.rank())
            .append("\"><strong>")
            .append(HtmlText.escape(m.get("priority." + rec.priority())))
            .append("</strong> ")
            .append(one.format(rec.score()))
            .append(" <code>")
            .append(HtmlText.escape(rec.code()))
            .append("</code> ")
            .append(HtmlText.escape(rec.title()))
            .append("</li>\n");
      }
      out.append("</ol>\n");
    }
    out.append("</section>\n");
  }

  private String score(Double score) {
    return score == null ? "–" : one.format(score);
  }
}
