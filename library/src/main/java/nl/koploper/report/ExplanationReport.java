package nl.koploper.report;

import java.text.NumberFormat;
import java.util.function.Function;
import nl.koploper.api.Evidence;
import nl.koploper.api.Explanation;
import nl.koploper.api.Recommendation;
import nl.koploper.api.ScoreFactor;
import nl.koploper.api.WhatIf;
import nl.koploper.facts.FactChange;

/**
 * The text result of {@code explain}, for an advisor who has to defend or argue with one
 * recommendation: what it is and which rule made it, where it ranks and between which others, the
 * facts it matched and all the rule reads beside the benchmark's, its score factor by factor, and
 * the ways out, each with the {@code what-if} command that shows it. As text, or as an HTML page
 * with the same content where each way out links to its what-if.
 */
public final class ExplanationReport {
  private ExplanationReport() {}

  /**
   * The explanation as text.
   *
   * @param e the explanation
   * @param files the files it was made from, for the commands it shows
   * @return the text
   */
  public static String text(Explanation e, ExplainedFiles files) {
    Messages m = Messages.of(e.language());
    NumberFormat one = NumberFormat.getNumberInstance(e.language().locale());
    one.setMinimumFractionDigits(1);
    one.setMaximumFractionDigits(1);
    Recommendation r = e.recommendation();
    StringBuilder out = new StringBuilder();
    String who = e.region().name() + " (" + e.region().code() + ")";
    if (e.benchmark() != null) {
      who =
          m.get("againstBenchmark", who, e.benchmark().name() + " (" + e.benchmark().code() + ")");
    }
    line(out, m.get("explain.heading", r.code(), who));
    line(
        out,
        m.get(
            "ruleSet",
            ReportWords.source(e.ruleSet().source(), m),
            e.ruleSet().rules(),
            e.ruleSet().sha256().substring(0, 12)));
    out.append('\n');

    line(out, heading(r, m, one) + "  " + r.title() + EstimateMarks.firstLine(r, m));
    labelled(out, m.get("explain.lesson"), r.lesson() + " " + e.lessonTitle());
    labelled(out, m.get("explain.rule"), r.ruleName());
    labelled(out, m.get("explain.file"), e.ruleFile());
    out.append('\n');

    line(out, m.get("explain.rank", r.rank(), e.recommendations()));
    if (e.above() != null) {
      line(out, heading(e.above(), m, one) + "  (" + m.get("explain.above") + ")");
    }
    line(out, heading(r, m, one));
    if (e.below() != null) {
      line(out, heading(e.below(), m, one) + "  (" + m.get("explain.below") + ")");
    }
    out.append('\n');

    line(out, m.get("explain.matched"));
    for (Evidence ev : r.evidence()) {
      String theirs =
          ev.benchmark() == null || e.benchmark() == null
              ? ""
              : "; " + e.benchmark().name() + ": " + EstimateMarks.benchmark(ev, m);
      TextReport.wrap(
          out,
          "  ",
          "    ",
          ev.fact()
              + " = "
              + EstimateMarks.value(ev, m)
              + " ("
              + m.get("expected")
              + " "
              + ev.expected()
              + theirs
              + ")");
    }
    out.append('\n');
    reads(out, e, m);
    out.append('\n');

    line(out, m.get("explain.score", one.format(r.score())));
    for (ScoreFactor f : r.scoreBreakdown()) {
      String points =
          String.format("  %6s  ", (f.points() >= 0 ? "+" : "") + one.format(f.points()));
      // the factor's name, as policy tests and JSON call it, is English; Dutch readers get the text
      String why =
          e.language() == nl.koploper.api.Language.NL ? f.why() : f.why() + " (" + f.factor() + ")";
      TextReport.wrap(out, points, " ".repeat(points.length()), why);
    }
    out.append('\n');
    waysOut(out, e, files, m);
    return out.toString();
  }

  /**
   * The explanation as a complete, self-contained HTML document with the content of {@link #text}:
   * inline style sheet, no script, nothing fetched, one {@code h1}, headings in order, table
   * headers with their scope, every text from the facts and the rules escaped. The same
   * explanation, files and links give the same bytes.
   *
   * <p>Each way out shows its changes and then, when {@code whatIfHref} is null, the {@code
   * koploper what-if} command that makes them (as {@link #text} does); otherwise a link to the URL
   * the function gives for it, such as {@code /what-if?f=…&set=PATH=VALUE}. The function returns
   * the URL as is (the page escapes it for the attribute; each change's {@code PATH=VALUE} is
   * {@code FactChange.assignment()} of {@link Explanation.WayOut#factChanges}, URL-encoded by the
   * caller), and only URLs the caller trusts: the page does not check them. Where it returns null
   * for a way out (a link too long to offer, say), that way out shows its changes with neither link
   * nor command.
   *
   * @param e the explanation
   * @param files the files it was made from, for the commands it shows when there are no links
   * @param whatIfHref the link to each way out's what-if, or null to show commands instead
   * @return the page
   */
  public static String html(
      Explanation e, ExplainedFiles files, Function<Explanation.WayOut, String> whatIfHref) {
    java.util.Objects.requireNonNull(e, "the explanation must not be null");
    java.util.Objects.requireNonNull(files, "the explained files must not be null");
    return ExplanationHtml.render(e, files, whatIfHref);
  }

  private static String heading(Recommendation r, Messages m, NumberFormat one) {
    return String.format(
        "%3d. %-8s %5s  %s",
        r.rank(), m.get("priority." + r.priority()), one.format(r.score()), r.code());
  }

  private static void reads(StringBuilder out, Explanation e, Messages m) {
    line(out, m.get("explain.reads"));
    int factWidth = e.reads().stream().mapToInt(x -> x.fact().length()).max().orElse(0);
    int valueWidth =
        Math.max(
            e.region().name().length(),
            e.reads().stream().mapToInt(x -> value(m, x.value()).length()).max().orElse(0));
    String format = "  %-" + factWidth + "s  %-" + valueWidth + "s  %s";
    line(
        out,
        String.format(
                format, "", e.region().name(), e.benchmark() == null ? "" : e.benchmark().name())
            .stripTrailing());
    for (Explanation.Reading x : e.reads()) {
      String theirs = e.benchmark() == null ? "" : value(m, x.benchmark());
      line(out, String.format(format, x.fact(), value(m, x.value()), theirs).stripTrailing());
    }
  }

  private static void waysOut(StringBuilder out, Explanation e, ExplainedFiles files, Messages m) {
    if (e.clearedBy().isEmpty() && e.complete()) {
      TextReport.wrap(
          out, "", "", m.get("explain.noWayOut", Explanation.MAX_CHANGES, e.searched()));
      return;
    }
    if (!e.clearedBy().isEmpty()) {
      line(out, m.get("explain.waysOut"));
      int number = 0;
      for (Explanation.WayOut way : e.clearedBy()) {
        number++;
        int factWidth = way.changes().stream().mapToInt(c -> c.fact().length()).max().orElse(0);
        String label = String.format("%3d. ", number);
        for (WhatIf.Change c : way.changes()) {
          line(
              out,
              String.format(
                  "%s%-" + factWidth + "s  %s → %s",
                  label,
                  c.fact(),
                  EstimateMarks.from(c, value(m, c.from()), m),
                  EstimateMarks.to(c, value(m, c.to()), m)));
          label = "     ";
        }
        line(out, "     $ " + files.whatIf(way, e.language()));
      }
      if (e.found() > e.clearedBy().size()) {
        line(out, m.get("explain.shown", e.clearedBy().size(), e.found()));
      }
    }
    TextReport.wrap(
        out,
        "",
        "",
        e.complete()
            ? m.get("explain.searched", e.searched())
            : m.get("explain.cut", e.searched()));
  }

  /** {@code Label: text} under the recommendation, wrapped under the text. */
  private static void labelled(StringBuilder out, String label, String text) {
    String first = "     " + label + ": ";
    TextReport.wrap(out, first, " ".repeat(first.length()), text);
  }

  private static String value(Messages m, Object value) {
    return value == null ? m.get("unknown") : FactChange.notation(value);
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
