package nl.koploper.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.api.Assessment;
import nl.koploper.api.LessonResult;
import nl.koploper.api.Recommendation;
import nl.koploper.api.WhatIf;
import nl.koploper.facts.FactChange;

/** The HTML page of {@code what-if}: {@link WhatIfReport#text}'s content, for a browser. */
final class WhatIfHtml {
  private static final String NO_VALUE = "–";

  private final WhatIf w;
  private final Messages m;
  private final NumberFormat one;
  private final StringBuilder out = new StringBuilder();

  private WhatIfHtml(WhatIf w) {
    this.w = w;
    this.m = Messages.of(w.before().language());
    this.one = HtmlPage.oneDecimal(w.before().language());
  }

  static String render(WhatIf w) {
    WhatIfHtml page = new WhatIfHtml(w);
    page.heading();
    page.changes();
    page.recommendations();
    page.lessons();
    HtmlPage.close(page.out);
    return page.out.toString();
  }

  private void heading() {
    Assessment before = w.before();
    String who = HtmlPage.regionText(before.region());
    String whoHtml = HtmlPage.region(before.region());
    if (before.benchmark() != null) {
      who = m.get("againstBenchmark", who, HtmlPage.regionText(before.benchmark()));
      whoHtml = m.get("againstBenchmark", whoHtml, HtmlPage.region(before.benchmark()));
    }
    HtmlPage.open(out, before.language(), m.get("whatIf.heading", who));
    line("<h1>" + m.get("whatIf.heading", whoHtml) + "</h1>");
    out.append(HtmlPage.ruleSet(before.ruleSet(), m));
  }

  private void changes() {
    line("<section aria-labelledby=\"changes\">");
    line("<h2 id=\"changes\">" + HtmlText.escape(m.get("whatIf.changes")) + "</h2>");
    Table table =
        new Table(
            out,
            List.of(
                m.get("markdown.fact"),
                m.get("whatIf.column.before"),
                m.get("whatIf.column.after")),
            "hll");
    for (WhatIf.Change c : w.changes()) {
      table.row(
          List.of(
              "<code>" + HtmlText.escape(c.fact()) + "</code>",
              HtmlText.text(EstimateMarks.from(c, value(c.from()), m)),
              HtmlText.text(EstimateMarks.to(c, value(c.to()), m))));
    }
    table.close();
    line("</section>");
  }

  /**
   * Added, removed and moved, in the text's order. Each row's mark is shown as the text shows it
   * (+, -, ↑, ↓, ~) and said in a word beside it, which is what a screen reader reads. Rank and
   * score are "before → after" in one column each, as in the text, so the table fits a laptop's
   * width; the column headers say which side is which.
   */
  private void recommendations() {
    line("<section aria-labelledby=\"recommendations\">");
    line(
        "<h2 id=\"recommendations\">"
            + HtmlText.escape(
                m.get(
                    "whatIf.recommendations",
                    w.before().recommendations().size(),
                    w.after().recommendations().size()))
            + "</h2>");
    if (w.adviceUnchanged()) {
      line("<p>" + HtmlText.escape(m.get("whatIf.unchanged")) + "</p>");
      line("</section>");
      return;
    }
    Table table =
        new Table(
            out,
            List.of(
                m.get("whatIf.column.change"),
                m.get("whatIf.column.title"),
                m.get("whatIf.column.rank"),
                m.get("whatIf.column.score")),
            "lhrr");
    for (String code : w.added()) {
      Recommendation r = w.after(code);
      table.row(row("+", "added", code, NO_VALUE, rank(r), NO_VALUE, one.format(r.score()), r));
    }
    for (String code : w.removed()) {
      Recommendation r = w.before(code);
      table.row(row("-", "removed", code, rank(r), NO_VALUE, one.format(r.score()), NO_VALUE, r));
    }
    for (WhatIf.Move move : w.moved()) {
      boolean up = move.toRank() < move.fromRank();
      boolean down = move.toRank() > move.fromRank();
      table.row(
          row(
              up ? "↑" : down ? "↓" : "~",
              up ? "up" : down ? "down" : "rescored",
              move.code(),
              String.valueOf(move.fromRank()),
              String.valueOf(move.toRank()),
              one.format(move.fromScore()),
              one.format(move.toScore()),
              w.after(move.code())));
    }
    table.close();
    line("</section>");
  }

  private List<String> row(
      String mark,
      String word,
      String code,
      String fromRank,
      String toRank,
      String fromScore,
      String toScore,
      Recommendation r) {
    String change =
        "<span class=\"nowrap\"><span aria-hidden=\"true\">"
            + HtmlText.escape(mark)
            + "</span> "
            + HtmlText.escape(m.get("whatIf.mark." + word))
            + "</span>";
    // The title names the row; its code (long, unbreakable) goes under it, not in a column.
    return List.of(
        change,
        HtmlText.text(r.title()) + "<br><code>" + HtmlText.escape(code) + "</code>",
        fromRank + " → " + toRank,
        fromScore + " → " + toScore);
  }

  private static String rank(Recommendation r) {
    return String.valueOf(r.rank());
  }

  private void lessons() {
    List<LessonResult> before = w.before().lessons();
    List<LessonResult> after = w.after().lessons();
    line("<section aria-labelledby=\"lessons\">");
    line("<h2 id=\"lessons\">" + HtmlText.escape(m.get("lessons")) + "</h2>");
    Table table =
        new Table(
            out,
            List.of(
                m.get("markdown.number"),
                m.get("markdown.lesson"),
                m.get("whatIf.column.before"),
                m.get("whatIf.column.after"),
                m.get("whatIf.column.difference")),
            "rhrrr");
    for (int i = 0; i < before.size(); i++) {
      Double was = before.get(i).score();
      Double now = after.get(i).score();
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(before.get(i).number()));
      row.add(HtmlText.text(before.get(i).title()));
      row.add(score(was));
      row.add(score(now));
      row.add(difference(was, now));
      table.row(row);
    }
    table.close();
    line("</section>");
  }

  /** The change of a lesson's score; where it became known or unknown, that in words. */
  private String difference(Double was, Double now) {
    if (was != null && now != null) {
      return was.equals(now) ? "" : (now > was ? "+" : "") + one.format(now - was);
    }
    if (was == null && now == null) {
      return "";
    }
    return HtmlText.escape(m.get(was == null ? "whatIf.nowKnown" : "whatIf.nowUnknown"));
  }

  private String score(Double score) {
    return score == null ? NO_VALUE : one.format(score);
  }

  private String value(Object value) {
    return value == null ? m.get("unknown") : FactChange.notation(value);
  }

  private void line(String html) {
    out.append(html).append('\n');
  }
}
