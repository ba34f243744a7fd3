package nl.koploper.api;

import java.util.List;

/**
 * Regions side by side: each assessed on its own with the same rules, ranked by mean maturity.
 *
 * @param ruleSet the rules that produced it
 * @param language the language of its texts
 * @param regions ranked: mean maturity descending (unknown last), then region code
 */
public record Comparison(RuleSetInfo ruleSet, Language language, List<RegionSummary> regions) {
  /**
   * Copies the lists, so the record is immutable.
   *
   * @param ruleSet the rules that produced it
   * @param language the language of its texts
   * @param regions ranked: mean maturity descending (unknown last), then region code
   */
  public Comparison {
    regions = List.copyOf(regions);
  }
}
