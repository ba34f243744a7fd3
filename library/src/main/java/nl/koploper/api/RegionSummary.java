package nl.koploper.api;

import java.util.List;

/**
 * One region in a comparison.
 *
 * @param rank 1 for the region with the highest mean maturity
 * @param region the region
 * @param meanScore the mean of its known lesson scores (0–100), or null when none is known
 * @param lessons its seven lessons (scores without a benchmark)
 * @param top its highest-ranked recommendations
 * @param recommendations how many recommendations it has in all
 * @param dataGaps how many of its facts are unknown
 */
public record RegionSummary(
    int rank,
    RegionRef region,
    Double meanScore,
    List<LessonResult> lessons,
    List<Recommendation> top,
    int recommendations,
    int dataGaps) {
  /**
   * Copies the lists, so the record is immutable.
   *
   * @param rank 1 for the region with the highest mean maturity
   * @param region the region
   * @param meanScore the mean of its known lesson scores (0–100), or null when none is known
   * @param lessons its seven lessons (scores without a benchmark)
   * @param top its highest-ranked recommendations
   * @param recommendations how many recommendations it has in all
   * @param dataGaps how many of its facts are unknown
   */
  public RegionSummary {
    lessons = List.copyOf(lessons);
    top = List.copyOf(top);
  }
}
