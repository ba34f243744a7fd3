package nl.koploper.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.koploper.api.Assessment;
import nl.koploper.api.DataGap;
import nl.koploper.api.Evidence;
import nl.koploper.api.LessonResult;
import nl.koploper.api.Recommendation;
import nl.koploper.api.ScoreFactor;

/**
 * A Markdown report to paste into a memo: the summary, the seven lessons as a table, the ranked
 * recommendations with everything needed to defend them, and the data gaps. Every heading and label
 * comes from the messages of the assessment's language, and numbers are written the way its readers
 * write them ({@code 28,7} in Dutch).
 */
public final class MarkdownReport {
  /**
   * Characters that Markdown would read as markup inside a line of text or a table cell. An
   * underscore between two letters or digits cannot start or end emphasis, so values such as {@code
   * PROJECT_BASED} stay readable in the raw text.
   */
  private static final Pattern MARKUP =
      Pattern.compile("[\\\\`*\\[\\]<>|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])");

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  /** Identifiers (codes, fact paths) that can go in a code span as they are. */
  private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z0-9._-]+");

  private static final String NO_VALUE = "–";

  private final Assessment a;
  private final Messages m;
  private final NumberFormat one;
  private final NumberFormat percent;
  private final StringBuilder out = new StringBuilder();

  private MarkdownReport(Assessment a) {
    this.a = a;
    this.m = Messages.of(a.language());
    this.one = NumberFormat.getNumberInstance(a.language().locale());
    one.setMinimumFractionDigits(1);
    one.setMaximumFractionDigits(1);
    this.percent = NumberFormat.getPercentInstance(a.language().locale());
  }

  /**
   * The assessment as Markdown.
   *
   * @param a the assessment
   * @return the Markdown
   */
  public static String render(Assessment a) {
    MarkdownReport report = new MarkdownReport(a);
    report.summary();
    report.outcomes();
    report.lessons();
    report.recommendations();
    report.dataGaps();
    return report.out.toString();
  }

  private void summary() {
    String who = region(a.region().name(), a.region().code());
    if (a.benchmark() != null) {
      who = m.get("againstBenchmark", who, region(a.benchmark().name(), a.benchmark().code()));
    }
    paragraph("# " + m.get("heading", who));
    ReportWords w = new ReportWords(a, m);
    paragraph(
        m.get(
            "ruleSet",
            text(w.source()),
            a.ruleSet().rules(),
            "`" + a.ruleSet().sha256().substring(0, 12) + "`"));
    if (w.actorFilter() != null) {
      paragraph("**" + text(w.actorFilter()) + "**");
    }
  }

  /** The report's headline figures, region against benchmark, before the lessons. */
  private void outcomes() {
    if (a.outcomes().isEmpty()) {
      return;
    }
    ReportWords w = new ReportWords(a, m);
    paragraph("## " + m.get("outcomes.heading"));
    if (!w.anyOutcomeKnown()) {
      paragraph(m.get("outcomes.none"));
      return;
    }
    List<String> header = new ArrayList<>();
    header.add(m.get("outcomes.figure"));
    header.add(text(a.region().name()));
    if (a.benchmark() != null) {
      header.add(text(a.benchmark().name()));
      header.add(m.get("outcomes.ratio"));
    }
    List<List<String>> rows = new ArrayList<>();
    for (nl.koploper.api.OutcomeFigure o : a.outcomes()) {
      List<String> row = new ArrayList<>();
      row.add(text(ReportWords.label(o)));
      row.add(text(w.figure(o, o.value())));
      if (a.benchmark() != null) {
        row.add(text(w.figure(o, o.benchmark())));
        row.add(w.ratio(o));
      }
      rows.add(row);
    }
    table(header, "|---|" + "---:|".repeat(header.size() - 1), rows);
  }

  private static String region(String name, String code) {
    return text(name) + " (" + text(code) + ")";
  }

  private void lessons() {
    paragraph("## " + m.get("lessons"));
    List<String> header = new ArrayList<>();
    header.add(m.get("markdown.number"));
    header.add(m.get("markdown.lesson"));
    header.add(m.get("markdown.score"));
    if (a.benchmark() != null) {
      header.add(text(a.benchmark().name()));
    }
    header.add(m.get("markdown.coverage"));
    List<List<String>> rows = new ArrayList<>();
    for (LessonResult l : a.lessons()) {
      rows.add(lesson(l));
    }
    // Numbers are right-aligned so that their decimals line up where the table is rendered.
    String align = "|---:|---|" + "---:|".repeat(header.size() - 2);
    table(header, align, rows);
  }

  private List<String> lesson(LessonResult l) {
    List<String> row = new ArrayList<>();
    row.add(String.valueOf(l.number()));
    row.add(text(l.title()));
    row.add(score(l.score()));
    if (a.benchmark() != null) {
      row.add(score(l.benchmarkScore()));
    }
    row.add(percent.format(l.dataCoverage()));
    return row;
  }

  private void recommendations() {
    paragraph("## " + m.get("recommendations") + " (" + a.recommendations().size() + ")");
    if (a.recommendations().isEmpty()) {
      paragraph(text(new ReportWords(a, m).noRecommendations()));
    }
    for (Recommendation r : a.recommendations()) {
      recommendation(r);
    }
  }

  private void recommendation(Recommendation r) {
    paragraph("### " + r.rank() + ". " + text(r.title() + EstimateMarks.firstLine(r, m)));
    paragraph(
        String.join(
            " · ",
            "**" + m.get("priority." + r.priority()) + "**",
            m.get("markdown.score") + " " + one.format(r.score()),
            code(r.code()),
            m.get("lesson") + " " + r.lesson()));
    paragraph("**" + m.get("action") + ":** " + text(r.action()));
    if (!r.actors().isEmpty()) {
      paragraph("**" + m.get("actors") + ":** " + text(ReportWords.actors(r)));
    }
    paragraph("**" + m.get("why") + ":** " + text(r.rationale()));
    evidence(r);
    breakdown(r);
    instruments(r);
    paragraph("**" + m.get("markdown.rule") + ":** " + text(r.ruleName()));
  }

  private void evidence(Recommendation r) {
    if (r.evidence().isEmpty()) {
      return;
    }
    paragraph("**" + m.get("evidence") + "**");
    List<String> header =
        new ArrayList<>(
            List.of(m.get("markdown.fact"), m.get("markdown.value"), m.get("markdown.expected")));
    if (a.benchmark() != null) {
      header.add(text(a.benchmark().name()));
    }
    List<List<String>> rows = new ArrayList<>();
    for (Evidence e : r.evidence()) {
      List<String> row =
          new ArrayList<>(
              List.of(code(e.fact()), text(EstimateMarks.value(e, m)), text(e.expected())));
      if (a.benchmark() != null) {
        row.add(e.benchmark() == null ? NO_VALUE : text(EstimateMarks.benchmark(e, m)));
      }
      rows.add(row);
    }
    table(header, "|---".repeat(header.size()) + "|", rows);
  }

  private void breakdown(Recommendation r) {
    if (r.scoreBreakdown().isEmpty()) {
      return;
    }
    paragraph("**" + m.get("scoreBreakdown") + "**");
    List<List<String>> rows = new ArrayList<>();
    for (ScoreFactor f : r.scoreBreakdown()) {
      rows.add(List.of((f.points() >= 0 ? "+" : "") + one.format(f.points()), text(f.why())));
    }
    table(List.of(m.get("markdown.points"), m.get("markdown.why")), "|---:|---|", rows);
  }

  private void instruments(Recommendation r) {
    if (r.instruments().isEmpty()) {
      return;
    }
    paragraph("**" + m.get("instruments") + "**");
    for (String instrument : r.instruments()) {
      out.append("- ").append(text(instrument)).append('\n');
    }
    out.append('\n');
  }

  private void dataGaps() {
    List<DataGap> gaps = a.dataGaps();
    paragraph("## " + m.get("markdown.dataGaps", gaps.size()));
    if (gaps.isEmpty()) {
      paragraph(m.get("noDataGaps"));
      return;
    }
    paragraph(m.get("markdown.dataGapsIntro"));
    List<List<String>> rows = new ArrayList<>();
    for (DataGap g : gaps) {
      String lesson = g.lesson() == null ? m.get("outcomes") : String.valueOf(g.lesson());
      rows.add(List.of(lesson, code(g.fact())));
    }
    table(List.of(m.get("markdown.lesson"), m.get("markdown.fact")), "|---|---|", rows);
  }

  private String score(Double value) {
    return value == null ? NO_VALUE : one.format(value);
  }

  private void paragraph(String line) {
    out.append(line).append("\n\n");
  }

  /** Writes a table; cells must already be escaped with {@link #text} or {@link #code}. */
  private void table(List<String> header, String align, List<List<String>> rows) {
    out.append("| ").append(String.join(" | ", header)).append(" |\n");
    out.append(align).append('\n');
    for (List<String> row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    out.append('\n');
  }

  /**
   * Text from the rules or the facts as one line of Markdown: markup characters are escaped so they
   * show as written, {@code |} included so that a table cell is not split, and a line break becomes
   * {@code <br>} because a real one would end the table row or the paragraph.
   */
  static String text(String s) {
    String escaped = MARKUP.matcher(s).replaceAll("\\\\$0");
    return LINE_BREAK.matcher(escaped).replaceAll("<br>");
  }

  /** A code or fact path in a code span, where only plain identifiers are safe as they are. */
  static String code(String s) {
    return PLAIN_IDENTIFIER.matcher(s).matches() ? "`" + s + "`" : text(s);
  }
}
