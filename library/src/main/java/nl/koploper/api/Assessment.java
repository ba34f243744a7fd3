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
 * @param outcomes the report's headline figures, region against benchmark, in the rules' order
 * @param actorFilter how the recommendations were narrowed to some actors, or null when not
 */
public record Assessment(
    RegionRef region,
    RegionRef benchmark,
    RuleSetInfo ruleSet,
    Language language,
    List<LessonResult> lessons,
    List<Recommendation> recommendations,
    List<DataGap> dataGaps,
    List<OutcomeFigure> outcomes,
    ActorFilter actorFilter) {
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
   * @param outcomes the headline outcome figures, region beside benchmark
   * @param actorFilter the actors the recommendations were filtered to, if any
   */
  public Assessment {
    lessons = List.copyOf(lessons);
    recommendations = List.copyOf(recommendations);
    dataGaps = List.copyOf(dataGaps);
    outcomes = List.copyOf(outcomes);
  }

  /** An assessment without headline figures or actor filter (made outside a rule set). */
  public Assessment(
      RegionRef region,
      RegionRef benchmark,
      RuleSetInfo ruleSet,
      Language language,
      List<LessonResult> lessons,
      List<Recommendation> recommendations,
      List<DataGap> dataGaps) {
    this(region, benchmark, ruleSet, language, lessons, recommendations, dataGaps, List.of(), null);
  }

  /**
   * Only the recommendations that one of {@code actors} can act on, ranked anew from 1 in the same
   * order; the result says which were left out. Lessons, outcomes and data gaps stay whole. An
   * actor named twice counts once.
   *
   * @param actors one or more actors, as {@link Advisor#actors(Language)} gives them
   */
  public Assessment onlyFor(List<Actor> actors) {
    java.util.Set<String> codes = new java.util.HashSet<>();
    List<Actor> asked =
        new ActorFilter(actors, List.of())
            .actors().stream().filter(a -> codes.add(a.code())).toList();
    List<Recommendation> kept = new java.util.ArrayList<>();
    List<String> leftOut = new java.util.ArrayList<>();
    for (Recommendation r : recommendations) {
      if (r.actionableBy(codes)) {
        kept.add(r.withRank(kept.size() + 1));
      } else {
        leftOut.add(r.code());
      }
    }
    return new Assessment(
        region,
        benchmark,
        ruleSet,
        language,
        lessons,
        kept,
        dataGaps,
        outcomes,
        new ActorFilter(asked, leftOut));
  }
}
