package nl.koploper.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Ranks assessed regions by their mean lesson maturity, for {@link Advisor#compare}. */
final class Ranking {
  private Ranking() {}

  static Comparison compare(
      List<Assessment> assessments, RuleSetInfo ruleSet, Language language, int top) {
    List<RegionSummary> unranked = new ArrayList<>();
    for (Assessment a : assessments) {
      List<Recommendation> recommendations = a.recommendations();
      unranked.add(
          new RegionSummary(
              0,
              a.region(),
              mean(a.lessons()),
              a.lessons(),
              recommendations.subList(0, Math.min(top, recommendations.size())),
              recommendations.size(),
              a.dataGaps().size()));
    }
    unranked.sort(
        Comparator.comparing((RegionSummary r) -> r.meanScore() == null)
            .thenComparing(r -> r.meanScore() == null ? 0 : -r.meanScore())
            .thenComparing(r -> r.region().code()));
    List<RegionSummary> ranked = new ArrayList<>();
    for (int i = 0; i < unranked.size(); i++) {
      RegionSummary r = unranked.get(i);
      ranked.add(
          new RegionSummary(
              i + 1,
              r.region(),
              r.meanScore(),
              r.lessons(),
              r.top(),
              r.recommendations(),
              r.dataGaps()));
    }
    return new Comparison(ruleSet, language, ranked);
  }

  /** The mean of the known lesson scores, one decimal; null when no lesson is known. */
  static Double mean(List<LessonResult> lessons) {
    List<Double> known =
        lessons.stream().map(LessonResult::score).filter(Objects::nonNull).toList();
    if (known.isEmpty()) {
      return null;
    }
    double mean = known.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    return Math.round(mean * 10) / 10.0;
  }
}
