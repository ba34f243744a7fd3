package nl.koploper.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.api.Assessment;
import nl.koploper.api.Evidence;
import nl.koploper.api.Recommendation;

/**
 * The recommendations as CSV (RFC 4180) for a spreadsheet: a header row in the assessment's
 * language, then exactly one row per recommendation in rank order, with CRLF line endings.
 */
public final class CsvReport {
  private static final String CRLF = "\r\n";

  private CsvReport() {}

  /**
   * The assessment as CSV.
   *
   * @param a the assessment
   * @return the CSV
   */
  public static String render(Assessment a) {
    Messages m = Messages.of(a.language());
    StringBuilder out = new StringBuilder();
    row(
        out,
        List.of(
            m.get("csv.rank"),
            m.get("csv.code"),
            m.get("csv.lesson"),
            m.get("csv.priority"),
            m.get("csv.score"),
            m.get("csv.title"),
            m.get("csv.action"),
            m.get("csv.evidence"),
            m.get("csv.actors"),
            m.get("csv.restsOnEstimates")));
    for (Recommendation r : a.recommendations()) {
      row(
          out,
          List.of(
              String.valueOf(r.rank()),
              r.code(),
              String.valueOf(r.lesson()),
              // In the sheet's language, as a reader filters it; JSON keeps the stable codes.
              m.get("priority." + r.priority()),
              number(r.score()),
              r.title(),
              r.action(),
              evidence(r, a, m),
              ReportWords.actors(r),
              String.valueOf(r.restsOnEstimates())));
    }
    return out.toString();
  }

  /**
   * A plain decimal point in both languages: a Dutch decimal comma would clash with the field
   * separator and make the column text rather than numbers for tools that read the file. The digits
   * are those of the JSON result, never in exponent notation.
   */
  static String number(double value) {
    return BigDecimal.valueOf(value).toPlainString();
  }

  /** The evidence in one cell: {@code fact = value (expected …; Benchmark: …)}, joined by "; ". */
  private static String evidence(Recommendation r, Assessment a, Messages m) {
    List<String> parts = new ArrayList<>();
    for (Evidence e : r.evidence()) {
      String theirs =
          e.benchmark() == null || a.benchmark() == null
              ? ""
              : "; " + a.benchmark().name() + ": " + EstimateMarks.benchmark(e, m);
      parts.add(
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
    return String.join("; ", parts);
  }

  private static void row(StringBuilder out, List<String> fields) {
    List<String> quoted = new ArrayList<>(fields.size());
    for (String field : fields) {
      quoted.add(field(field));
    }
    out.append(String.join(",", quoted)).append(CRLF);
  }

  /** RFC 4180: a field with a comma, quote, CR or LF is quoted, and its quotes are doubled. */
  static String field(String value) {
    boolean needsQuotes =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\r') >= 0
            || value.indexOf('\n') >= 0;
    return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
