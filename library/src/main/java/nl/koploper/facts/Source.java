package nl.koploper.facts;

/**
 * A cited source of figures; sections name it by {@code id}.
 *
 * @param id identifier cited by sections, lower-kebab-case; never null
 * @param title what the source is; never null
 * @param url where to find it, or null
 * @param year year of publication, or null
 * @param note what was taken from it, or null
 */
public record Source(String id, String title, String url, Integer year, String note) {
  /**
   * Checks that id and title are given.
   *
   * @param id identifier cited by sections, lower-kebab-case; never null
   * @param title what the source is; never null
   * @param url where to find it, or null
   * @param year year of publication, or null
   * @param note what was taken from it, or null
   */
  public Source {
    if (id == null || title == null) {
      throw new IllegalArgumentException("a source needs an id and a title");
    }
  }
}
