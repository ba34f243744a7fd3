package nl.koploper.facts;

/**
 * The region the facts describe.
 *
 * @param code short upper-case code such as {@code NL} or {@code BE-VLG}; never null
 * @param name the region's own name; never null
 * @param population inhabitants, or null when unknown
 * @param year reference year of the figures, or null when unknown
 */
public record Region(String code, String name, Long population, Integer year) {
  /**
   * Checks that code and name are given and the known values are in range.
   *
   * @param code short upper-case code such as {@code NL} or {@code BE-VLG}; never null
   * @param name the region's own name; never null
   * @param population inhabitants, or null when unknown
   * @param year reference year of the figures, or null when unknown
   */
  public Region {
    if (code == null || name == null) {
      throw new IllegalArgumentException("a region needs a code and a name");
    }
    FactSchema.check("region", "code", code, "population", population, "year", year);
  }
}
