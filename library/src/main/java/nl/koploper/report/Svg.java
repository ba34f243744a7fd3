package nl.koploper.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes the SVG of a chart: an accessible root element and coordinates that are the same on every
 * machine, so the report stays byte-identical for the same input.
 */
final class Svg {
  private final StringBuilder out = new StringBuilder();

  /**
   * Opens the root element. The chart is one image to assistive technology ({@code role="img"}),
   * named by its title and described by its description, which must give the numbers in words
   * because the shapes and labels inside are not read out.
   */
  Svg(String id, double width, double height, String title, String description) {
    // No xmlns: inline SVG in HTML needs none, and the report names no URL at all.
    out.append("<svg class=\"chart\" id=\"")
        .append(HtmlText.escape(id))
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(HtmlText.escape(id))
        .append("-title ")
        .append(HtmlText.escape(id))
        .append("-desc\" viewBox=\"0 0 ")
        .append(number(width))
        .append(' ')
        .append(number(height))
        .append("\" width=\"")
        .append(number(width))
        .append("\" height=\"")
        .append(number(height))
        .append(
            "\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\"")
        .append(" font-size=\"13\">\n");
    out.append("<title id=\"")
        .append(HtmlText.escape(id))
        .append("-title\">")
        .append(HtmlText.escape(title))
        .append("</title>\n");
    out.append("<desc id=\"")
        .append(HtmlText.escape(id))
        .append("-desc\">")
        .append(HtmlText.escape(description))
        .append("</desc>\n");
  }

  /** Adds one element, already written; attribute values must be escaped by the caller. */
  Svg add(String element) {
    out.append(element).append('\n');
    return this;
  }

  /** Adds a text element at (x, y) with the given extra attributes. */
  Svg text(double x, double y, String attributes, String text) {
    return add(
        "<text x=\""
            + number(x)
            + "\" y=\""
            + number(y)
            + "\""
            + (attributes.isEmpty() ? "" : " " + attributes)
            + ">"
            + HtmlText.escape(text)
            + "</text>");
  }

  /** Closes the root element and returns the whole SVG. */
  String close() {
    return out.append("</svg>\n").toString();
  }

  /**
   * A coordinate with at most one decimal, a dot as its separator whatever the default locale, and
   * never {@code -0}: enough precision for a chart, and stable text.
   */
  static String number(double value) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
