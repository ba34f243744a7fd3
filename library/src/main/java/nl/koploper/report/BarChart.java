package nl.koploper.report;

import java.util.List;

/**
 * A horizontal bar chart of scores from 0 to 100, one bar per row in the given order, each in its
 * own colour, with a legend of what the colours mean. The label after each bar repeats the value
 * and the meaning of its colour in words, so nothing depends on telling colours apart.
 */
final class BarChart {
  /**
   * One row.
   *
   * @param label the name at the left, such as a rank and a code
   * @param value 0–100
   * @param after the words after the bar, such as the score and the priority
   * @param colour the bar's fill
   */
  record Bar(String label, double value, String after, String colour) {}

  /**
   * One entry of the legend.
   *
   * @param name what the colour means
   * @param colour the colour
   */
  record Key(String name, String colour) {}

  /** Width of a character of the labels, which are set in a monospace font so that they fit. */
  private static final double CHAR = 7.3;

  private static final double ROW = 26;
  private static final double BAR = 18;
  private static final double TOP = 44;
  private static final double PLOT = 300;

  private final List<Bar> bars;
  private final List<Key> legend;

  BarChart(List<Bar> bars, List<Key> legend) {
    this.bars = List.copyOf(bars);
    this.legend = List.copyOf(legend);
  }

  /** The chart as an SVG element with the given id, title and description. */
  String svg(String id, String title, String description) {
    double left = 8 + CHAR * bars.stream().mapToInt(b -> b.label().length()).max().orElse(0) + 10;
    double afterWidth = CHAR * bars.stream().mapToInt(b -> b.after().length()).max().orElse(0);
    double width = left + PLOT + 10 + afterWidth + 8;
    double bottom = TOP + bars.size() * ROW;
    Svg svg = new Svg(id, width, bottom + 24, title, description);
    legend(svg);
    scale(svg, left, bottom);
    for (int i = 0; i < bars.size(); i++) {
      bar(svg, bars.get(i), left, TOP + i * ROW);
    }
    return svg.close();
  }

  /** The legend along the top: a swatch and a name per colour. */
  private void legend(Svg svg) {
    double x = 8;
    for (Key k : legend) {
      svg.add(
          "<rect x=\""
              + Svg.number(x)
              + "\" y=\"10\" width=\"14\" height=\"14\" fill=\""
              + k.colour()
              + "\"/>");
      svg.text(x + 20, 22, "fill=\"" + Palette.TEXT + "\"", k.name());
      x += 20 + CHAR * k.name().length() + 22;
    }
  }

  /** Light vertical lines at every 25 points, numbered under the bars. */
  private void scale(Svg svg, double left, double bottom) {
    for (int tick = 0; tick <= 100; tick += 25) {
      double x = left + PLOT * tick / 100;
      svg.add(
          "<line x1=\""
              + Svg.number(x)
              + "\" y1=\""
              + Svg.number(TOP - 4)
              + "\" x2=\""
              + Svg.number(x)
              + "\" y2=\""
              + Svg.number(bottom)
              + "\" stroke=\""
              + Palette.GRID
              + "\"/>");
      svg.text(
          x,
          bottom + 16,
          "text-anchor=\"middle\" fill=\"" + Palette.MUTED + "\" font-size=\"11\"",
          String.valueOf(tick));
    }
  }

  private void bar(Svg svg, Bar b, double left, double top) {
    double middle = top + BAR / 2 + 4.5;
    svg.text(
        8,
        middle,
        "font-family=\"monospace\" font-size=\"12\" fill=\"" + Palette.TEXT + "\"",
        b.label());
    double length = PLOT * Math.max(0, Math.min(100, b.value())) / 100;
    svg.add(
        "<rect x=\""
            + Svg.number(left)
            + "\" y=\""
            + Svg.number(top)
            + "\" width=\""
            + Svg.number(length)
            + "\" height=\""
            + Svg.number(BAR)
            + "\" fill=\""
            + b.colour()
            + "\"/>");
    svg.text(left + length + 6, middle, "fill=\"" + Palette.TEXT + "\"", b.after());
  }
}
