package nl.koploper.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A radar (spider) chart of scores from 0 to 100 on a few axes, such as the seven lessons, with one
 * line per named series: a region alone, a region against its benchmark, or any number of regions
 * overlaid. Each series has its own colour and dash pattern (so the lines stay apart without
 * colour) and a legend entry. An unknown score is left out: the line has a gap there instead of
 * dropping to 0, which would read as "known to be weak".
 */
final class RadarChart {
  /**
   * One line of the chart.
   *
   * @param name what the legend calls it, such as a region's name
   * @param scores one score per axis, 0–100, null where unknown
   */
  record Series(String name, List<Double> scores) {
    Series {
      Objects.requireNonNull(name, "name");
      // List.copyOf refuses nulls, and a null is how an unknown score is said.
      scores = Collections.unmodifiableList(new ArrayList<>(scores));
    }
  }

  private static final List<String> DASHES = List.of("", "8 4", "2 3", "12 4 2 4");
  private static final double WIDTH = 640;
  private static final double RADIUS = 140;
  private static final double CENTRE_X = WIDTH / 2;
  private static final double CENTRE_Y = 190;
  private static final double LINE = 16;
  private static final double LEGEND_TOP = 400;
  private static final int LABEL_CHARS = 16;

  private final List<String> axes;
  private final List<Series> series;

  /**
   * @param axes the names of the axes, clockwise from the top
   * @param series the lines, drawn in order (the first on the bottom)
   */
  RadarChart(List<String> axes, List<Series> series) {
    this.axes = List.copyOf(axes);
    this.series = List.copyOf(series);
    if (axes.size() < 3) {
      throw new IllegalArgumentException("a radar chart needs at least 3 axes, got " + axes.size());
    }
    for (Series s : series) {
      if (s.scores().size() != axes.size()) {
        throw new IllegalArgumentException(
            s.name() + ": " + s.scores().size() + " scores for " + axes.size() + " axes");
      }
    }
  }

  /** The chart as an SVG element with the given id, title and description. */
  String svg(String id, String title, String description) {
    double height = LEGEND_TOP + series.size() * 22 + 8;
    Svg svg = new Svg(id, WIDTH, height, title, description);
    grid(svg);
    for (int i = 0; i < series.size(); i++) {
      line(svg, series.get(i), i);
    }
    ringValues(svg);
    legend(svg);
    return svg.close();
  }

  /** Rings at every 20 points, the spokes, their values and the axes' names. */
  private void grid(Svg svg) {
    for (int ring = 20; ring <= 100; ring += 20) {
      StringBuilder points = new StringBuilder();
      for (int axis = 0; axis < axes.size(); axis++) {
        points.append(points.length() == 0 ? "" : " ").append(point(axis, ring));
      }
      svg.add("<polygon points=\"" + points + "\" fill=\"none\" stroke=\"" + Palette.GRID + "\"/>");
    }
    for (int axis = 0; axis < axes.size(); axis++) {
      svg.add(
          "<line x1=\""
              + Svg.number(CENTRE_X)
              + "\" y1=\""
              + Svg.number(CENTRE_Y)
              + "\" x2=\""
              + Svg.number(x(axis, 100))
              + "\" y2=\""
              + Svg.number(y(axis, 100))
              + "\" stroke=\""
              + Palette.GRID
              + "\"/>");
      label(svg, axis);
    }
  }

  /**
   * The value of each ring beside the top spoke, drawn over the lines with a white halo so that it
   * stays readable where a line crosses it.
   */
  private void ringValues(Svg svg) {
    for (int ring = 20; ring <= 100; ring += 20) {
      svg.text(
          CENTRE_X + 4,
          y(0, ring) + 12,
          "fill=\""
              + Palette.MUTED
              + "\" font-size=\"11\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"",
          String.valueOf(ring));
    }
  }

  /**
   * An axis name just outside the outer ring, wrapped to short lines, anchored away from the chart
   * so that it never covers the lines.
   */
  private void label(Svg svg, int axis) {
    double angle = angle(axis);
    double sin = StrictMath.sin(angle);
    double cos = StrictMath.cos(angle);
    String anchor = sin > 0.1 ? "start" : sin < -0.1 ? "end" : "middle";
    // The number goes before the first line and does not count towards its length, so that it
    // never stands alone on a line of its own.
    List<String> lines = new ArrayList<>(wrap(axes.get(axis)));
    lines.set(0, (axis + 1) + " " + lines.get(0));
    double x = CENTRE_X + (RADIUS + 12) * sin;
    double y = CENTRE_Y - (RADIUS + 12) * cos;
    double first =
        cos > 0.1
            ? y - (lines.size() - 1) * LINE - 2
            : cos < -0.1 ? y + 12 : y + 4 - (lines.size() - 1) * LINE / 2;
    for (int i = 0; i < lines.size(); i++) {
      svg.text(
          x,
          first + i * LINE,
          "text-anchor=\"" + anchor + "\" fill=\"" + Palette.TEXT + "\"",
          lines.get(i));
    }
  }

  private static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > LABEL_CHARS) {
        lines.add(current.toString());
        current.setLength(0);
      }
      current.append(current.length() > 0 ? " " : "").append(word);
    }
    lines.add(current.toString());
    return lines;
  }

  /**
   * A series: a filled shape when every score is known; otherwise only the sides between two known
   * neighbours, so an unknown score shows as a gap. Every known score also gets a dot, so a score
   * whose neighbours are both unknown is still seen.
   */
  private void line(Svg svg, Series s, int index) {
    String colour = Palette.series(index);
    String dash = DASHES.get(index % DASHES.size());
    String stroke =
        " stroke=\""
            + colour
            + "\" stroke-width=\"2.5\" stroke-linejoin=\"round\""
            + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"");
    List<Double> v = s.scores();
    if (!v.contains(null)) {
      StringBuilder points = new StringBuilder();
      for (int axis = 0; axis < v.size(); axis++) {
        points.append(points.length() == 0 ? "" : " ").append(point(axis, v.get(axis)));
      }
      svg.add(
          "<polygon points=\""
              + points
              + "\" fill=\""
              + colour
              + "\" fill-opacity=\"0.12\""
              + stroke
              + "/>");
    } else {
      StringBuilder d = new StringBuilder();
      for (int axis = 0; axis < v.size(); axis++) {
        int next = (axis + 1) % v.size();
        if (v.get(axis) != null && v.get(next) != null) {
          d.append(d.length() == 0 ? "" : " ")
              .append("M")
              .append(point(axis, v.get(axis)))
              .append(" L")
              .append(point(next, v.get(next)));
        }
      }
      if (d.length() > 0) {
        svg.add("<path d=\"" + d + "\" fill=\"none\"" + stroke + "/>");
      }
    }
    for (int axis = 0; axis < v.size(); axis++) {
      if (v.get(axis) != null) {
        svg.add(
            "<circle cx=\""
                + Svg.number(x(axis, v.get(axis)))
                + "\" cy=\""
                + Svg.number(y(axis, v.get(axis)))
                + "\" r=\"4\" fill=\""
                + colour
                + "\" stroke=\"#ffffff\"/>");
      }
    }
  }

  /** One row per series: a sample of its line (colour and dash) and its name. */
  private void legend(Svg svg) {
    for (int i = 0; i < series.size(); i++) {
      double y = LEGEND_TOP + i * 22;
      String dash = DASHES.get(i % DASHES.size());
      svg.add(
          "<line x1=\"40\" y1=\""
              + Svg.number(y)
              + "\" x2=\"76\" y2=\""
              + Svg.number(y)
              + "\" stroke=\""
              + Palette.series(i)
              + "\" stroke-width=\"2.5\""
              + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
              + "/>");
      svg.add(
          "<circle cx=\"58\" cy=\""
              + Svg.number(y)
              + "\" r=\"4\" fill=\""
              + Palette.series(i)
              + "\" stroke=\"#ffffff\"/>");
      svg.text(86, y + 4.5, "fill=\"" + Palette.TEXT + "\"", series.get(i).name());
    }
  }

  /**
   * The words for the chart's description: each series with every score, "unknown" where it is,
   * and, when any score is unknown, that the line has a gap there.
   */
  static String describe(Messages m, NumberFormat one, List<String> axes, List<Series> series) {
    StringBuilder out = new StringBuilder(m.get("html.radar.desc"));
    boolean unknown = false;
    for (Series s : series) {
      List<String> scores = new ArrayList<>();
      for (int axis = 0; axis < axes.size(); axis++) {
        Double v = s.scores().get(axis);
        unknown |= v == null;
        scores.add(
            m.get(
                "html.radar.score", axes.get(axis), v == null ? m.get("unknown") : one.format(v)));
      }
      // Semicolons between the scores, because a comma is the decimal separator in Dutch.
      out.append(' ').append(m.get("html.radar.series", s.name(), String.join("; ", scores)));
    }
    if (unknown) {
      out.append(' ').append(m.get("html.radar.gap"));
    }
    return out.toString();
  }

  private String point(int axis, double score) {
    return Svg.number(x(axis, score)) + "," + Svg.number(y(axis, score));
  }

  private double x(int axis, double score) {
    return CENTRE_X + RADIUS * score / 100 * StrictMath.sin(angle(axis));
  }

  private double y(int axis, double score) {
    return CENTRE_Y - RADIUS * score / 100 * StrictMath.cos(angle(axis));
  }

  /**
   * Clockwise from the top, as readers of the scoreboards' spider charts expect. Angles go through
   * {@link StrictMath}, whose results are the same on every JVM, so the SVG is too.
   */
  private double angle(int axis) {
    return 2 * Math.PI * axis / axes.size();
  }
}
