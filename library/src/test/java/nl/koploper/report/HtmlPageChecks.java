package nl.koploper.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every HTML page of the reports must be, checked the same way for each page. */
final class HtmlPageChecks {
  private HtmlPageChecks() {}

  static List<String> all(String regex, String html) {
    Matcher m = Pattern.compile(regex).matcher(html);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /**
   * A whole document in its language with the report's inline style, one {@code h1}, headings in
   * order, every header cell scoped, no script and nothing fetched, and one {@code </main>} (where
   * a server inserts its navigation) just before the end.
   */
  static void wellFormedPage(String html, String lang) {
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n"), html);
    assertTrue(html.contains("<meta charset=\"utf-8\">"));
    assertTrue(html.contains("<meta name=\"viewport\""));
    assertTrue(html.contains("<style>\n" + HtmlStyle.css() + "</style>"), "the report's style");
    assertTrue(html.endsWith("</main>\n</body>\n</html>\n"), "ends the document");
    assertEquals(1, all("(</main>)", html).size(), "one </main>");
    List<String> levels = all("<h([1-6])[ >]", html);
    assertEquals("1", levels.get(0));
    assertEquals(1, levels.stream().filter("1"::equals).count(), "one h1");
    for (int i = 1; i < levels.size(); i++) {
      int step = Integer.parseInt(levels.get(i)) - Integer.parseInt(levels.get(i - 1));
      assertTrue(step <= 1, "heading h" + levels.get(i) + " after h" + levels.get(i - 1));
    }
    assertFalse(html.contains("<th>"), "a header cell without scope");
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), "a script");
    assertFalse(lower.contains("<link"), "an external style sheet");
    assertFalse(lower.contains("url("), "a fetched resource in the style");
    assertFalse(lower.contains(" style="), "a style attribute the service's policy would block");
    assertFalse(Pattern.compile("\\ssrc=").matcher(lower).find(), "a fetched resource");
  }
}
