package nl.koploper.report;

import java.text.NumberFormat;
import nl.koploper.api.Language;
import nl.koploper.api.RegionRef;
import nl.koploper.api.RuleSetInfo;

/**
 * The frame the smaller HTML pages share ({@code explain}, {@code what-if}): the document's head
 * with the report's inline style sheet, one {@code main}, and the words every page opens with. The
 * assessment's report ({@link HtmlReport}) keeps its own head, written the same way.
 */
final class HtmlPage {
  private HtmlPage() {}

  /** The start of the document, up to and including {@code <main>}. */
  static void open(StringBuilder out, Language language, String title) {
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language.tag())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(HtmlText.escape(title))
        .append("</title>\n<style>\n")
        .append(HtmlStyle.css())
        .append("</style>\n</head>\n<body>\n<main>\n");
  }

  /**
   * The end of the document. A server that frames the page inserts its navigation before the last
   * {@code </main>}, so there is exactly one.
   */
  static void close(StringBuilder out) {
    out.append("</main>\n</body>\n</html>\n");
  }

  /** "Name (CODE)" as HTML, the code kept on one line with its brackets, as the report has it. */
  static String region(RegionRef r) {
    return HtmlText.escape(r.name())
        + " <span class=\"nowrap\">("
        + HtmlText.escape(r.code())
        + ")</span>";
  }

  /** "Name (CODE)" as plain text, for the document's title. */
  static String regionText(RegionRef r) {
    return r.name() + " (" + r.code() + ")";
  }

  /** The muted line under the heading: which rules made the page. */
  static String ruleSet(RuleSetInfo rules, Messages m) {
    return "<p class=\"muted\">"
        + m.get(
            "ruleSet",
            HtmlText.escape(ReportWords.source(rules.source(), m)),
            rules.rules(),
            "<code>" + HtmlText.escape(rules.sha256().substring(0, 12)) + "</code>")
        + "</p>\n";
  }

  /** Scores and points with one decimal, the way the page's readers write them. */
  static NumberFormat oneDecimal(Language language) {
    NumberFormat one = NumberFormat.getNumberInstance(language.locale());
    one.setMinimumFractionDigits(1);
    one.setMaximumFractionDigits(1);
    return one;
  }
}
