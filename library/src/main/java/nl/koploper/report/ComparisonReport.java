package nl.koploper.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.api.Comparison;
import nl.koploper.api.LessonResult;
import nl.koploper.api.Recommendation;
import nl.koploper.api.RegionSummary;

/**
 * A comparison of regions as plain text, Markdown and CSV: one column per region (in rank order)
 * with the seven lesson scores and their mean, then each region's top recommendations.
 */
public final class ComparisonReport {
  private ComparisonReport() {}

  /**
   * The aligned text form, to paste into a memo.
   *
   * @param c the comparison
   * @return the text
   */
  public static String text(Comparison c) {
    Messages m = Messages.of(c.language());
    NumberFormat one = oneDecimal(c);
    StringBuilder out = new StringBuilder();
    out.append(m.get("compare.heading", names(c))).append('\n');
    out.append(
            m.get(
                "ruleSet",
                ReportWords.source(c.ruleSet().source(), m),
                c.ruleSet().rules(),
                c.ruleSet().sha256().substring(0, 12)))
        .append("\n\n");
    out.append(m.get("compare.ranking")).append('\n');
    int titleWidth = 4;
    for (LessonResult l : c.regions().get(0).lessons()) {
      titleWidth = Math.max(titleWidth, l.title().length() + 4);
    }
    StringBuilder header = new StringBuilder(" ".repeat(titleWidth + 2));
    for (RegionSummary r : c.regions()) {
      header.append(String.format("%12s", r.rank() + ". " + r.region().code()));
    }
    out.append(header.toString().stripTrailing()).append('\n');
    for (int lesson = 0; lesson < 7; lesson++) {
      StringBuilder row =
          new StringBuilder(
              String.format(
                  "  %-" + titleWidth + "s",
                  (lesson + 1) + "  " + c.regions().get(0).lessons().get(lesson).title()));
      for (RegionSummary r : c.regions()) {
        row.append(String.format("%12s", score(r.lessons().get(lesson).score(), one)));
      }
      out.append(row.toString().stripTrailing()).append('\n');
    }
    StringBuilder mean =
        new StringBuilder(String.format("  %-" + titleWidth + "s", "   " + m.get("compare.mean")));
    for (RegionSummary r : c.regions()) {
      mean.append(String.format("%12s", score(r.meanScore(), one)));
    }
    out.append(mean.toString().stripTrailing()).append('\n');
    for (RegionSummary r : c.regions()) {
      out.append('\n')
          .append(r.rank())
          .append(". ")
          .append(r.region().name())
          .append(" (")
          .append(r.region().code())
          .append("): ")
          .append(r.recommendations())
          .append(' ')
          .append(m.get("compare.recommendations"))
          .append(", ")
          .append(r.dataGaps())
          .append(' ')
          .append(m.get("compare.gaps"))
          .append('\n');
      if (r.top().isEmpty()) {
        out.append("     ").append(m.get("compare.none")).append('\n');
      }
      for (Recommendation rec : r.top()) {
        out.append(
            String.format(
                "  %3d. %-8s %5s  %s  %s%n",
                rec.rank(),
                m.get("priority." + rec.priority()),
                one.format(rec.score()),
                rec.code(),
                rec.title()));
      }
    }
    return out.toString();
  }

  /**
   * Markdown: the lessons table with a column per region, then each region's top list.
   *
   * @param c the comparison
   * @return the Markdown
   */
  public static String markdown(Comparison c) {
    Messages m = Messages.of(c.language());
    NumberFormat one = oneDecimal(c);
    StringBuilder out = new StringBuilder();
    out.append("# ").append(MarkdownReport.text(m.get("compare.heading", names(c)))).append("\n\n");
    out.append(
            m.get(
                "ruleSet",
                ReportWords.source(c.ruleSet().source(), m),
                c.ruleSet().rules(),
                c.ruleSet().sha256().substring(0, 12)))
        .append("\n\n");
    out.append("## ").append(m.get("compare.ranking")).append("\n\n");
    StringBuilder header = new StringBuilder("| " + m.get("markdown.lesson") + " |");
    StringBuilder rule = new StringBuilder("|---|");
    for (RegionSummary r : c.regions()) {
      header
          .append(' ')
          .append(r.rank())
          .append(". ")
          .append(MarkdownReport.text(r.region().name()))
          .append(" |");
      rule.append("---:|");
    }
    out.append(header).append('\n').append(rule).append('\n');
    for (int lesson = 0; lesson < 7; lesson++) {
      out.append("| ")
          .append(lesson + 1)
          .append(". ")
          .append(MarkdownReport.text(c.regions().get(0).lessons().get(lesson).title()))
          .append(" |");
      for (RegionSummary r : c.regions()) {
        out.append(' ').append(score(r.lessons().get(lesson).score(), one)).append(" |");
      }
      out.append('\n');
    }
    out.append("| **").append(m.get("compare.mean")).append("** |");
    for (RegionSummary r : c.regions()) {
      out.append(" **").append(score(r.meanScore(), one)).append("** |");
    }
    out.append("\n\n## ").append(m.get("compare.top")).append('\n');
    for (RegionSummary r : c.regions()) {
      out.append("\n### ")
          .append(r.rank())
          .append(". ")
          .append(MarkdownReport.text(r.region().name()))
          .append(" (")
          .append(MarkdownReport.code(r.region().code()))
          .append(")\n\n")
          .append(r.recommendations())
          .append(' ')
          .append(m.get("compare.recommendations"))
          .append(", ")
          .append(r.dataGaps())
          .append(' ')
          .append(m.get("compare.gaps"))
          .append("\n\n");
      if (r.top().isEmpty()) {
        out.append("- ").append(m.get("compare.none")).append('\n');
      }
      for (Recommendation rec : r.top()) {
        out.append(rec.rank())
            .append(". **")
            .append(m.get("priority." + rec.priority()))
            .append("** ")
            .append(one.format(rec.score()))
            .append(" ")
            .append(MarkdownReport.code(rec.code()))
            .append(" ")
            .append(MarkdownReport.text(rec.title()))
            .append('\n');
      }
    }
    return out.toString();
  }

  /**
   * CSV: one row per region in rank order (rank, code, name, mean, the seven lesson scores, the
   * number of recommendations and data gaps, the top codes). Plain {@code .} decimals in both
   * languages, as in the assessment's CSV, so spreadsheets read numbers.
   *
   * @param c the comparison
   * @return the CSV
   */
  public static String csv(Comparison c) {
    Messages m = Messages.of(c.language());
    StringBuilder out = new StringBuilder();
    List<String> header =
        new ArrayList<>(
            List.of(
                m.get("csv.rank"),
                m.get("csv.code"),
                m.get("compare.region"),
                m.get("compare.mean")));
    for (LessonResult l : c.regions().get(0).lessons()) {
      header.add(l.key());
    }
    header.addAll(
        List.of(m.get("compare.recommendations"), m.get("compare.gaps"), m.get("compare.top")));
    row(out, header);
    for (RegionSummary r : c.regions()) {
      List<String> fields =
          new ArrayList<>(
              List.of(
                  Integer.toString(r.rank()),
                  r.region().code(),
                  r.region().name(),
                  plain(r.meanScore())));
      for (LessonResult l : r.lessons()) {
        fields.add(plain(l.score()));
      }
      fields.add(Integer.toString(r.recommendations()));
      fields.add(Integer.toString(r.dataGaps()));
      fields.add(String.join(" ", r.top().stream().map(Recommendation::code).toList()));
      row(out, fields);
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> fields) {
    List<String> quoted = new ArrayList<>();
    for (String f : fields) {
      quoted.add(CsvReport.field(f));
    }
    out.append(String.join(",", quoted)).append("\r\n");
  }

  private static String plain(Double score) {
    return score == null ? "" : CsvReport.number(score);
  }

  private static String score(Double score, NumberFormat one) {
    return score == null ? "–" : one.format(score);
  }

  private static NumberFormat oneDecimal(Comparison c) {
    NumberFormat one = NumberFormat.getNumberInstance(c.language().locale());
    one.setMinimumFractionDigits(1);
    one.setMaximumFractionDigits(1);
    return one;
  }

  private static String names(Comparison c) {
    List<String> names = new ArrayList<>();
    for (RegionSummary r : c.regions()) {
      names.add(r.region().name() + " (" + r.region().code() + ")");
    }
    return String.join(", ", names);
  }
}
