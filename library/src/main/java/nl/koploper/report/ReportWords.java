package nl.koploper.report;

import java.text.NumberFormat;
import java.util.List;
import nl.koploper.api.Actor;
import nl.koploper.api.Assessment;
import nl.koploper.api.OutcomeFigure;
import nl.koploper.api.Recommendation;

/**
 * What every assessment report words alike: the rule set's source, the headline figures, who can
 * act, the actor filter and why there is no recommendation. One place, so that text, Markdown, HTML
 * and CSV say the same in both languages.
 */
final class ReportWords {
  private final Assessment a;
  private final Messages m;

  ReportWords(Assessment a, Messages m) {
    this.a = a;
    this.m = m;
  }

  /** The rule set's source: "bundled" is a word of the report's language, a directory a path. */
  String source() {
    return source(a.ruleSet().source(), m);
  }

  /** A rule set's source in the words of {@code m}. */
  static String source(String source, Messages m) {
    return source.equals("bundled") ? m.get("ruleSet.bundled") : source;
  }

  /** Who can act on a recommendation, by name. */
  static String actors(Recommendation r) {
    return String.join(", ", r.actors().stream().map(Actor::name).toList());
  }

  /**
   * The header line of an actor filter: which actors, how many recommendations were left out and
   * which; null without a filter.
   */
  String actorFilter() {
    if (a.actorFilter() == null) {
      return null;
    }
    List<String> leftOut = a.actorFilter().leftOut();
    String names = String.join(", ", a.actorFilter().actors().stream().map(Actor::name).toList());
    return m.get(
        "actorFilter",
        names,
        leftOut.size(),
        leftOut.isEmpty() ? "" : " (" + String.join(", ", leftOut) + ")");
  }

  /**
   * Why there is no recommendation: nothing known is not the same as everything met.
   *
   * @return the sentence to show where the list of recommendations would be
   */
  String noRecommendations() {
    boolean nothingKnown = a.lessons().stream().allMatch(l -> l.dataCoverage() == 0);
    if (a.actorFilter() != null && !a.actorFilter().leftOut().isEmpty()) {
      return m.get("noRecommendations.filtered");
    }
    return m.get(nothingKnown ? "nothingKnown" : "noRecommendations");
  }

  /** A headline figure's value (its unit is in the row's label), or "unknown". */
  String figure(OutcomeFigure o, Double value) {
    if (value == null) {
      return m.get("unknown");
    }
    if (o.isShare()) {
      NumberFormat percent = NumberFormat.getPercentInstance(a.language().locale());
      percent.setMaximumFractionDigits(0);
      return percent.format(value);
    }
    return number(value);
  }

  /** A headline figure's row label: what it measures and its unit. */
  static String label(OutcomeFigure o) {
    return o.title() + " (" + o.unit() + ")";
  }

  /** The ratio region / benchmark, two decimals; "–" where unknown. */
  String ratio(OutcomeFigure o) {
    if (o.ratio() == null) {
      return "–";
    }
    NumberFormat two = NumberFormat.getNumberInstance(a.language().locale());
    two.setMinimumFractionDigits(2);
    two.setMaximumFractionDigits(2);
    return two.format(o.ratio());
  }

  /** A figure as a reader sees it: whole numbers from 100, one decimal below. */
  private String number(double value) {
    NumberFormat format = NumberFormat.getNumberInstance(a.language().locale());
    format.setMaximumFractionDigits(Math.abs(value) >= 100 ? 0 : 1);
    format.setGroupingUsed(true);
    return format.format(value);
  }

  /** Whether the assessment has a headline figure known for the region or the benchmark. */
  boolean anyOutcomeKnown() {
    return a.outcomes().stream().anyMatch(o -> o.value() != null || o.benchmark() != null);
  }
}
