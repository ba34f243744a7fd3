package nl.koploper.report;

import java.util.List;
import nl.koploper.api.Priority;

/**
 * The colours of the HTML report and its charts. Each one reaches a contrast of at least 4.5:1
 * against white, so it may colour text as well as lines and bars, and white text on it stays
 * readable (WCAG 2.1 AA); {@code HtmlReportTest} checks that.
 */
final class Palette {
  /** The body text. */
  static final String TEXT = "#1a1a1a";

  /** Secondary text: axis labels, captions. */
  static final String MUTED = "#555555";

  /** Grid lines and rules; decoration only, never the sole carrier of meaning. */
  static final String GRID = "#c8ccd2";

  /**
   * One colour per series of a chart, in order; the first is the region, the second the benchmark.
   * Blue and orange come first because they stay apart for the common forms of colour blindness.
   */
  static final List<String> SERIES =
      List.of(
          "#1d4ed8", "#c2410c", "#047857", "#7e22ce", "#be123c", "#0e7490", "#4d7c0f", "#a21caf");

  private Palette() {}

  /** The colour of a priority tier: red, amber, teal, grey from critical to low. */
  static String priority(Priority p) {
    return switch (p) {
      case CRITICAL -> "#b91c1c";
      case HIGH -> "#a16207";
      case MEDIUM -> "#0e7490";
      case LOW -> "#4b5563";
    };
  }

  /** The colour of the {@code index}-th series; more series than colours reuse them in turn. */
  static String series(int index) {
    return SERIES.get(index % SERIES.size());
  }
}
