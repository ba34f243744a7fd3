package nl.koploper.report;

import java.text.NumberFormat;
import nl.koploper.api.Priority;
import nl.koploper.api.Sensitivity;

/**
 * The text result of {@code sensitivity}: a table of the recommendations with how often each
 * appears, where it ranks and with which priority, then the uncertain facts, the most influential
 * first.
 */
public final class SensitivityReport {
  private SensitivityReport() {}

  /**
   * The sensitivity analysis as text.
   *
   * @param s the analysis
   * @return the text
   */
  public static String text(Sensitivity s) {
    Messages m = Messages.of(s.language());
    NumberFormat percent = NumberFormat.getPercentInstance(s.language().locale());
    percent.setMaximumFractionDigits(1);
    percent.setMinimumFractionDigits(1);
    NumberFormat one = NumberFormat.getNumberInstance(s.language().locale());
    one.setMinimumFractionDigits(1);
    one.setMaximumFractionDigits(1);
    StringBuilder out = new StringBuilder();
    String who = s.region().name() + " (" + s.region().code() + ")";
    if (s.benchmark() != null) {
      who =
          m.get("againstBenchmark", who, s.benchmark().name() + " (" + s.benchmark().code() + ")");
    }
    line(out, m.get("sensitivity.heading", who));
    line(
        out,
        m.get(
            "ruleSet",
            ReportWords.source(s.ruleSet().source(), m),
            s.ruleSet().rules(),
            s.ruleSet().sha256().substring(0, 12)));
    line(
        out,
        m.get(
            "sensitivity.samples",
            String.valueOf(s.samples()),
            String.valueOf(s.seed()),
            s.uncertain().size()));
    out.append('\n');

    line(out, m.get("sensitivity.recommendations", s.recommendations().size()));
    int codeWidth =
        Math.max(4, s.recommendations().stream().mapToInt(o -> o.code().length()).max().orElse(4));
    StringBuilder header =
        new StringBuilder(
            String.format(
                "  %-" + codeWidth + "s  %8s  %6s  %7s",
                "",
                m.get("sensitivity.appears"),
                m.get("sensitivity.median"),
                "5–95 %"));
    for (Priority p : Priority.values()) {
      header.append(String.format("  %8s", m.get("priority." + p.name())));
    }
    line(out, header.toString().stripTrailing());
    for (Sensitivity.Outlook o : s.recommendations()) {
      StringBuilder row =
          new StringBuilder(
              String.format(
                  "  %-" + codeWidth + "s  %8s  %6d  %7s",
                  o.code(),
                  percent.format(o.probability()),
                  o.medianRank(),
                  o.rankLow() == o.rankHigh()
                      ? String.valueOf(o.rankLow())
                      : o.rankLow() + "–" + o.rankHigh()));
      for (Priority p : Priority.values()) {
        double share = o.priorities().get(p);
        row.append(String.format("  %8s", share == 0 ? "·" : percent.format(share)));
      }
      line(out, row.toString());
      line(out, "  " + " ".repeat(codeWidth) + "  " + o.title());
    }
    out.append('\n');

    if (s.uncertain().isEmpty()) {
      line(out, m.get("sensitivity.certain"));
      return out.toString();
    }
    line(out, m.get("sensitivity.uncertain"));
    for (Sensitivity.Influence i : s.uncertain()) {
      line(out, "  " + i.fact() + "  " + i.uncertainty());
      String says =
          i.moves().isEmpty()
              ? m.get("sensitivity.movesNothing")
              : m.get("sensitivity.moves", one.format(i.rankShift()), String.join(", ", i.moves()));
      TextReport.wrap(out, "     ", "     ", says);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
