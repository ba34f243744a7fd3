package nl.koploper.report;

import java.util.regex.Pattern;

/** Text from the facts and the rules, made safe to place in an HTML or SVG document. */
final class HtmlText {
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  private HtmlText() {}

  /**
   * Escapes the five characters that could end an element, an attribute or an entity, so that any
   * text shows as written, both in element content and in quoted attribute values.
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Escaped text for element content, where a line break in the source stays one ({@code <br>}), as
   * it does in the Markdown report; HTML would otherwise fold it into a space.
   */
  static String text(String s) {
    return LINE_BREAK.matcher(escape(s)).replaceAll("<br>");
  }
}
