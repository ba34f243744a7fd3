package nl.koploper.api;

import java.util.List;

/**
 * One rule of an advisor's rule set, for the rule catalogue.
 *
 * @param name the rule's name, a sentence
 * @param file the file it is written in
 * @param lesson its lesson, 1–7, or 0 for a rule that serves every lesson
 * @param code its recommendation code, or null when it does not recommend
 * @param title the recommendation's title, or null
 * @param reads the input facts its conditions read, in schema order
 * @param actors who can act on its recommendation (empty when it does not recommend)
 * @param localName the rule's name in the language asked for ({@code @nl} in Dutch)
 */
public record RuleDescription(
    String name,
    String file,
    int lesson,
    String code,
    String title,
    List<String> reads,
    List<Actor> actors,
    String localName) {
  /**
   * Copies the lists, so the record is immutable.
   *
   * @param name the rule's name, a sentence
   * @param file the file it is written in
   * @param lesson its lesson, 1–7, or 0 for a rule that serves every lesson
   * @param code its recommendation code, or null when it does not recommend
   * @param title the recommendation's title, or null
   * @param reads the input facts its conditions read, in schema order
   * @param actors who can act on its recommendation
   * @param localName the rule's name in the catalogue's language
   */
  public RuleDescription {
    reads = List.copyOf(reads);
    actors = List.copyOf(actors);
  }

  public RuleDescription(
      String name, String file, int lesson, String code, String title, List<String> reads) {
    this(name, file, lesson, code, title, reads, List.of(), name);
  }
}
