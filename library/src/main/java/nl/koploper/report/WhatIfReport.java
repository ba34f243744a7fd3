package nl.koploper.report;

import java.text.NumberFormat;
import java.util.List;
import nl.koploper.api.Assessment;
import nl.koploper.api.LessonResult;
import nl.koploper.api.Recommendation;
import nl.koploper.api.WhatIf;
import nl.koploper.facts.FactChange;

/**
 * The text result of {@code what-if}: the difference at a glance. The changes, then the
 * recommendations added (+), removed (-) and moved (↑ up, ↓ down, ~ same rank with another score),
 * then the lessons' scores before and after. As text, or as an HTML page with the same content.
 */
public final class WhatIfReport {
  private WhatIfReport() {}

  /**
   * The what-if as text.
   *
   * @param w the what-if
   * @return the text
   */
  public static String text(WhatIf w) {
    Assessment before = w.before();
    Messages m = Messages.of(before.language());
    NumberFormat one = NumberFormat.getNumberInstance(before.language().locale());
    one.setMinimumFractionDigits(1);
    one.setMaximumFractionDigits(1);
    StringBuilder out = new StringBuilder();
    String who = before.region().name() + " (" + before.region().code() + ")";
    if (before.benchmark() != null) {
      String theirs = before.benchmark().name() + " (" + before.benchmark().code() + ")";
      who = m.get("againstBenchmark", who, theirs);
    }
    line(out, m.get("whatIf.heading", who));
    line(
        out,
        m.get(
            "ruleSet",
            ReportWords.source(before.ruleSet().source(), m),
            before.ruleSet().rules(),
            before.ruleSet().sha256().substring(0, 12)));
    out.append('\n');

    line(out, m.get("whatIf.changes"));
    int factWidth = w.changes().stream().mapToInt(c -> c.fact().length()).max().orElse(0);
    for (WhatIf.Change c : w.changes()) {
      line(
          out,
          String.format(
              "  %-" + factWidth + "s  %s → %s",
              c.fact(),
              EstimateMarks.from(c, value(m, c.from()), m),
              EstimateMarks.to(c, value(m, c.to()), m)));
    }
    out.append('\n');

    line(
        out,
        m.get(
            "whatIf.recommendations",
            before.recommendations().size(),
            w.after().recommendations().size()));
    recommendations(out, w, m, one);
    out.append('\n');
    lessons(out, w, m, one);
    return out.toString();
  }

  /**
   * The what-if as a complete, self-contained HTML document with the content of {@link #text}: the
   * changes, the recommendations added, removed and moved (each mark said in a word too), and the
   * lessons' scores before and after. Inline style sheet, no script, nothing fetched, one {@code
   * h1}, headings in order, table headers with their scope, every text from the facts and the rules
   * escaped; the same what-if gives the same bytes.
   *
   * @param w the what-if
   * @return the page
   */
  public static String html(WhatIf w) {
    java.util.Objects.requireNonNull(w, "the what-if must not be null");
    return WhatIfHtml.render(w);
  }

  private static void recommendations(StringBuilder out, WhatIf w, Messages m, NumberFormat one) {
    if (w.adviceUnchanged()) {
      line(out, "  " + m.get("whatIf.unchanged"));
      return;
    }
    int codeWidth =
        w.before().recommendations().stream()
            .map(Recommendation::code)
            .mapToInt(String::length)
            .max()
            .orElse(0);
    codeWidth =
        Math.max(
            codeWidth,
            w.after().recommendations().stream().mapToInt(r -> r.code().length()).max().orElse(0));
    for (String code : w.added()) {
      Recommendation r = w.after(code);
      row(out, codeWidth, "+", code, "–", rank(r), "–", one.format(r.score()), r.title());
    }
    for (String code : w.removed()) {
      Recommendation r = w.before(code);
      row(out, codeWidth, "-", code, rank(r), "–", one.format(r.score()), "–", r.title());
    }
    for (WhatIf.Move move : w.moved()) {
      String arrow =
          move.toRank() < move.fromRank() ? "↑" : move.toRank() > move.fromRank() ? "↓" : "~";
      row(
          out,
          codeWidth,
          arrow,
          move.code(),
          Integer.toString(move.fromRank()),
          Integer.toString(move.toRank()),
          one.format(move.fromScore()),
          one.format(move.toScore()),
          w.after(move.code()).title());
    }
  }

  /** {@code ↑ CODE rank → rank score → score title}, in aligned columns. */
  private static void row(
      StringBuilder out,
      int codeWidth,
      String mark,
      String code,
      String fromRank,
      String toRank,
      String fromScore,
      String toScore,
      String title) {
    line(
        out,
        String.format(
            "  %s %-" + codeWidth + "s  %3s → %-3s  %5s → %-5s  %s",
            mark,
            code,
            fromRank,
            toRank,
            fromScore,
            toScore,
            title));
  }

  private static String rank(Recommendation r) {
    return Integer.toString(r.rank());
  }

  private static void lessons(StringBuilder out, WhatIf w, Messages m, NumberFormat one) {
    List<LessonResult> before = w.before().lessons();
    List<LessonResult> after = w.after().lessons();
    int titleWidth = before.stream().mapToInt(l -> l.title().length()).max().orElse(10);
    line(out, m.get("lessons"));
    line(
        out,
        String.format(
                "  %-" + (titleWidth + 3) + "s %7s %7s %8s",
                "",
                m.get("whatIf.before"),
                m.get("whatIf.after"),
                m.get("whatIf.difference"))
            .stripTrailing());
    for (int i = 0; i < before.size(); i++) {
      Double was = before.get(i).score();
      Double now = after.get(i).score();
      String difference = "";
      if (was != null && now != null && !was.equals(now)) {
        difference = (now > was ? "+" : "") + one.format(now - was);
      } else if (was == null ^ now == null) {
        difference = "*";
      }
      line(
          out,
          String.format(
                  "  %d  %-" + titleWidth + "s %7s %7s %8s",
                  before.get(i).number(),
                  before.get(i).title(),
                  score(one, was),
                  score(one, now),
                  difference)
              .stripTrailing());
    }
  }

  private static String score(NumberFormat one, Double score) {
    return score == null ? "–" : one.format(score);
  }

  private static String value(Messages m, Object value) {
    return value == null ? m.get("unknown") : FactChange.notation(value);
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
