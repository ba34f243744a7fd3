package nl.koploper.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.koploper.api.Evidence;
import nl.koploper.api.Explanation;
import nl.koploper.api.Language;
import nl.koploper.api.Recommendation;
import nl.koploper.api.ScoreFactor;
import nl.koploper.api.WhatIf;
import nl.koploper.facts.FactChange;

/** The HTML page of {@code explain}: {@link ExplanationReport#text}'s content, for a browser. */
final class ExplanationHtml {
  private static final String NO_VALUE = "–";

  private final Explanation e;
  private final ExplainedFiles files;
  private final Function<Explanation.WayOut, String> whatIfHref;
  private final Messages m;
  private final NumberFormat one;
  private final StringBuilder out = new StringBuilder();

  private ExplanationHtml(
      Explanation e, ExplainedFiles files, Function<Explanation.WayOut, String> whatIfHref) {
    this.e = e;
    this.files = files;
    this.whatIfHref = whatIfHref;
    this.m = Messages.of(e.language());
    this.one = HtmlPage.oneDecimal(e.language());
  }

  static String render(
      Explanation e, ExplainedFiles files, Function<Explanation.WayOut, String> whatIfHref) {
    ExplanationHtml page = new ExplanationHtml(e, files, whatIfHref);
    page.heading();
    page.recommendation();
    page.rank();
    page.matched();
    page.reads();
    page.score();
    page.waysOut();
    HtmlPage.close(page.out);
    return page.out.toString();
  }

  private void heading() {
    String code = e.recommendation().code();
    String who = HtmlPage.regionText(e.region());
    String whoHtml = HtmlPage.region(e.region());
    if (e.benchmark() != null) {
      who = m.get("againstBenchmark", who, HtmlPage.regionText(e.benchmark()));
      whoHtml = m.get("againstBenchmark", whoHtml, HtmlPage.region(e.benchmark()));
    }
    HtmlPage.open(out, e.language(), m.get("explain.heading", code, who));
    line(
        "<h1>"
            + m.get("explain.heading", "<code>" + HtmlText.escape(code) + "</code>", whoHtml)
            + "</h1>");
    out.append(HtmlPage.ruleSet(e.ruleSet(), m));
  }

  private void recommendation() {
    Recommendation r = e.recommendation();
    line("<section aria-labelledby=\"recommendation\">");
    line(
        "<h2 id=\"recommendation\">"
            + r.rank()
            + ". "
            + HtmlText.text(r.title() + EstimateMarks.firstLine(r, m))
            + "</h2>");
    // The priority is written out in the badge: its colour only repeats it.
    line(
        "<p>"
            + badge(r)
            + " · "
            + HtmlText.escape(m.get("markdown.score"))
            + " "
            + one.format(r.score())
            + " · <code>"
            + HtmlText.escape(r.code())
            + "</code></p>");
    labelled(m.get("explain.lesson"), HtmlText.text(r.lesson() + " " + e.lessonTitle()));
    labelled(m.get("explain.rule"), HtmlText.text(r.ruleName()));
    labelled(m.get("explain.file"), "<code>" + HtmlText.escape(e.ruleFile()) + "</code>");
    line("</section>");
  }

  private String badge(Recommendation r) {
    return "<span class=\"badge p-"
        + r.priority().name().toLowerCase(Locale.ROOT)
        + "\">"
        + HtmlText.escape(m.get("priority." + r.priority()))
        + "</span>";
  }

  /** Its rank between the recommendations just above and below it, as the text lists them. */
  private void rank() {
    Recommendation r = e.recommendation();
    line("<section aria-labelledby=\"rank\">");
    line("<h2 id=\"rank\">" + HtmlText.escape(m.get("explain.rankHeading")) + "</h2>");
    line("<p>" + HtmlText.escape(m.get("explain.rank", r.rank(), e.recommendations())) + "</p>");
    Table table =
        new Table(
            out,
            List.of(
                m.get("markdown.number"),
                m.get("markdown.priority"),
                m.get("markdown.score"),
                m.get("markdown.code")),
            "rlrh");
    if (e.above() != null) {
      table.row(
          neighbour(
              e.above(),
              "<code>" + HtmlText.escape(e.above().code()) + "</code>",
              "explain.above"));
    }
    table.row(
        neighbour(r, "<strong><code>" + HtmlText.escape(r.code()) + "</code></strong>", null));
    if (e.below() != null) {
      table.row(
          neighbour(
              e.below(),
              "<code>" + HtmlText.escape(e.below().code()) + "</code>",
              "explain.below"));
    }
    table.close();
    line("</section>");
  }

  private List<String> neighbour(Recommendation r, String code, String where) {
    return List.of(
        String.valueOf(r.rank()),
        badge(r),
        one.format(r.score()),
        where == null ? code : code + " (" + HtmlText.escape(m.get(where)) + ")");
  }

  private void matched() {
    Recommendation r = e.recommendation();
    line("<section aria-labelledby=\"matched\">");
    line("<h2 id=\"matched\">" + HtmlText.escape(m.get("explain.matched")) + "</h2>");
    if (r.evidence().isEmpty()) {
      line("<p>" + HtmlText.escape(m.get("explain.noEvidence")) + "</p>");
      line("</section>");
      return;
    }
    List<String> header =
        new ArrayList<>(
            List.of(m.get("markdown.fact"), m.get("markdown.value"), m.get("markdown.expected")));
    if (e.benchmark() != null) {
      header.add(e.benchmark().name());
    }
    Table table = new Table(out, header, "h" + "l".repeat(header.size() - 1));
    for (Evidence ev : r.evidence()) {
      List<String> row = new ArrayList<>();
      row.add("<code>" + HtmlText.escape(ev.fact()) + "</code>");
      row.add(HtmlText.text(EstimateMarks.value(ev, m)));
      row.add(HtmlText.text(ev.expected()));
      if (e.benchmark() != null) {
        row.add(ev.benchmark() == null ? NO_VALUE : HtmlText.text(EstimateMarks.benchmark(ev, m)));
      }
      table.row(row);
    }
    table.close();
    line("</section>");
  }

  /** Every fact the rule reads, the region's value beside the benchmark's. */
  private void reads() {
    line("<section aria-labelledby=\"reads\">");
    line("<h2 id=\"reads\">" + HtmlText.escape(m.get("explain.reads")) + "</h2>");
    List<String> header = new ArrayList<>(List.of(m.get("markdown.fact"), e.region().name()));
    if (e.benchmark() != null) {
      header.add(e.benchmark().name());
    }
    Table table = new Table(out, header, "h" + "l".repeat(header.size() - 1));
    for (Explanation.Reading x : e.reads()) {
      List<String> row = new ArrayList<>();
      row.add("<code>" + HtmlText.escape(x.fact()) + "</code>");
      row.add(HtmlText.text(value(x.value())));
      if (e.benchmark() != null) {
        row.add(HtmlText.text(value(x.benchmark())));
      }
      table.row(row);
    }
    table.close();
    line("</section>");
  }

  private void score() {
    Recommendation r = e.recommendation();
    line("<section aria-labelledby=\"score\">");
    line(
        "<h2 id=\"score\">"
            + HtmlText.escape(m.get("explain.score", one.format(r.score())))
            + "</h2>");
    Table table = new Table(out, List.of(m.get("markdown.points"), m.get("markdown.why")), "rl");
    for (ScoreFactor f : r.scoreBreakdown()) {
      String points = (f.points() >= 0 ? "+" : "") + one.format(f.points());
      // the factor's name, as policy tests and JSON call it, is English; Dutch readers get the text
      String why =
          e.language() == Language.NL
              ? HtmlText.text(f.why())
              : HtmlText.text(f.why()) + " (<code>" + HtmlText.escape(f.factor()) + "</code>)";
      table.row(List.of(points, why));
    }
    table.close();
    line("</section>");
  }

  private void waysOut() {
    line("<section aria-labelledby=\"ways\">");
    line("<h2 id=\"ways\">" + HtmlText.escape(m.get("explain.waysOutHeading")) + "</h2>");
    if (e.clearedBy().isEmpty() && e.complete()) {
      paragraph(m.get("explain.noWayOut", Explanation.MAX_CHANGES, e.searched()));
      line("</section>");
      return;
    }
    if (!e.clearedBy().isEmpty()) {
      paragraph(m.get("explain.waysOutIntro"));
      line("<ol class=\"ways\">");
      for (Explanation.WayOut way : e.clearedBy()) {
        wayOut(way);
      }
      line("</ol>");
      if (e.found() > e.clearedBy().size()) {
        paragraph(m.get("explain.shown", e.clearedBy().size(), e.found()));
      }
    }
    paragraph(
        e.complete()
            ? m.get("explain.searched", e.searched())
            : m.get("explain.cut", e.searched()));
    line("</section>");
  }

  /**
   * One way out: its changes, then a link to its what-if where the caller gives one, or else the
   * command that runs it. A caller whose function gives null for a way (a link too long to offer)
   * shows its changes only: a web page's reader has no command line.
   */
  private void wayOut(Explanation.WayOut way) {
    line("<li>");
    line("<ul>");
    for (WhatIf.Change c : way.changes()) {
      line(
          "<li><code>"
              + HtmlText.escape(c.fact())
              + "</code>: "
              + HtmlText.text(EstimateMarks.from(c, value(c.from()), m))
              + " → "
              + HtmlText.text(EstimateMarks.to(c, value(c.to()), m))
              + "</li>");
    }
    line("</ul>");
    if (whatIfHref == null) {
      line(
          "<p><strong>"
              + HtmlText.escape(m.get("explain.command"))
              + ":</strong> <code>"
              + HtmlText.escape(files.whatIf(way, e.language()))
              + "</code></p>");
    } else {
      String href = whatIfHref.apply(way);
      if (href != null) {
        line(
            "<p><a href=\""
                + HtmlText.escape(href)
                + "\">"
                + HtmlText.escape(m.get("explain.whatIfLink", settings(way)))
                + "</a></p>");
      }
    }
    line("</li>");
  }

  /** {@code fact = value, fact = value}: what a way out sets, to name its link. */
  private String settings(Explanation.WayOut way) {
    List<String> set = new ArrayList<>();
    for (WhatIf.Change c : way.changes()) {
      set.add(c.fact() + " = " + value(c.to()));
    }
    return String.join(", ", set);
  }

  private void labelled(String label, String html) {
    line("<p><strong>" + HtmlText.escape(label) + ":</strong> " + html + "</p>");
  }

  private void paragraph(String text) {
    line("<p>" + HtmlText.text(text) + "</p>");
  }

  private String value(Object value) {
    return value == null ? m.get("unknown") : FactChange.notation(value);
  }

  private void line(String html) {
    out.append(html).append('\n');
  }
}
