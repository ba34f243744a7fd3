package nl.koploper.api;

import java.util.List;

/**
 * The result of assessing a region: immutable, and the same for the same input.
 *
 * @param region the region assessed
 * @param benchmark the benchmark region, or null
 * @param ruleSet the rules that produced it
 * @param language the language of its texts
 * @param lessons the seven lessons, in order
 * @param recommendations ranked: score descending, then lesson, then code
 * @param dataGaps facts the region's file leaves unknown
 */
public record Assessment(
    RegionRef region,
    RegionRef benchmark,
    RuleSetInfo ruleSet,
    Language language,
    List<LessonResult> lessons,
    List<Recommendation> recommendations,
    List<DataGap> dataGaps) {
  /**
   * Copies the lists, so the record is immutable.
   *
   * @param region the region assessed
   * @param benchmark the benchmark region, or null
   * @param ruleSet the rules that produced it
   * @param language the language of its texts
   * @param lessons the seven lessons, in order
   * @param recommendations ranked: score descending, then lesson, then code
   * @param dataGaps facts the region's file leaves unknown
   */
  public Assessment {
    lessons = List.copyOf(lessons);
    recommendations = List.copyOf(recommendations);
    dataGaps = List.copyOf(dataGaps);
  }
}
