package nl.koploper.report;

import java.util.List;

/**
 * An HTML table of the report, in a box that scrolls sideways on a narrow screen rather than making
 * the whole page wider. Column headers carry {@code scope="col"}, and a row may be named by one of
 * its cells ({@code scope="row"}), so that a screen reader says which row and column a cell belongs
 * to.
 */
final class Table {
  private final StringBuilder out;
  private final String columns;

  /**
   * Opens a table; the header's texts are plain text and are escaped here.
   *
   * @param columns one letter per column: {@code r} a number (right-aligned so that decimals line
   *     up), {@code h} the cell that names the row, {@code l} any other text
   */
  Table(StringBuilder out, List<String> header, String columns) {
    if (columns.length() != header.size()) {
      throw new IllegalArgumentException(columns + " for " + header.size() + " columns");
    }
    this.out = out;
    this.columns = columns;
    out.append("<div class=\"scroll\">\n<table>\n<thead>\n<tr>");
    for (int i = 0; i < header.size(); i++) {
      out.append("<th scope=\"col\"")
          .append(columns.charAt(i) == 'r' ? " class=\"num\"" : "")
          .append('>')
          .append(HtmlText.escape(header.get(i)))
          .append("</th>");
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
  }

  /** Adds a row; its cells must already be HTML, escaped by the caller. */
  void row(List<String> cells) {
    out.append("<tr>");
    for (int i = 0; i < cells.size(); i++) {
      switch (columns.charAt(i)) {
        case 'r' -> out.append("<td class=\"num\">").append(cells.get(i)).append("</td>");
        case 'h' -> out.append("<th scope=\"row\">").append(cells.get(i)).append("</th>");
        default -> out.append("<td>").append(cells.get(i)).append("</td>");
      }
    }
    out.append("</tr>\n");
  }

  void close() {
    out.append("</tbody>\n</table>\n</div>\n");
  }
}
