package nl.koploper.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.api.Assessment;
import nl.koploper.api.LessonResult;
import nl.koploper.api.Priority;
import nl.koploper.api.Recommendation;

/** The two charts of the HTML report of an assessment, with their words in its language. */
final class HtmlCharts {
  private final Assessment a;
  private final Messages m;
  private final NumberFormat one;

  HtmlCharts(Assessment a, Messages m, NumberFormat one) {
    this.a = a;
    this.m = m;
    this.one = one;
  }

  /**
   * The seven lesson scores of the region, against the benchmark's when there is one; null when the
   * assessment has too few lessons to span a radar (only a hand-made one can).
   */
  String radar() {
    if (a.lessons().size() < 3) {
      return null;
    }
    List<String> axes = new ArrayList<>();
    List<Double> region = new ArrayList<>();
    List<Double> benchmark = new ArrayList<>();
    for (LessonResult l : a.lessons()) {
      axes.add(l.title());
      region.add(l.score());
      benchmark.add(l.benchmarkScore());
    }
    List<RadarChart.Series> series = new ArrayList<>();
    series.add(new RadarChart.Series(a.region().name(), region));
    if (a.benchmark() != null) {
      series.add(new RadarChart.Series(a.benchmark().name(), benchmark));
    }
    return new RadarChart(axes, series)
        .svg("radar", m.get("html.radar.title"), RadarChart.describe(m, one, axes, series));
  }

  /** The recommendations' scores in rank order, coloured by priority; null when there are none. */
  String bars() {
    if (a.recommendations().isEmpty()) {
      return null;
    }
    List<BarChart.Bar> bars = new ArrayList<>();
    List<String> items = new ArrayList<>();
    for (Recommendation r : a.recommendations()) {
      String score = one.format(r.score());
      String priority = m.get("priority." + r.priority());
      bars.add(
          new BarChart.Bar(
              r.rank() + ". " + r.code(),
              r.score(),
              score + " " + priority,
              Palette.priority(r.priority())));
      items.add(m.get("html.bars.item", String.valueOf(r.rank()), r.code(), score, priority));
    }
    List<BarChart.Key> legend = new ArrayList<>();
    for (Priority p : Priority.values()) {
      legend.add(new BarChart.Key(m.get("priority." + p), Palette.priority(p)));
    }
    String description =
        m.get("html.bars.desc", a.recommendations().size()) + " " + String.join("; ", items) + ".";
    return new BarChart(bars, legend).svg("bars", m.get("html.bars.title"), description);
  }
}
