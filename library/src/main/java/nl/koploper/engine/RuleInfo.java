package nl.koploper.engine;

/**
 * A rule of the set, as its metadata describes it.
 *
 * @param name the rule's name, a sentence
 * @param file the file it is written in
 * @param lesson its {@code @lesson}, 0 for rules that serve every lesson, -1 when missing
 * @param code its {@code @code} when it recommends, else null
 * @param actors its {@code @actors} as written (who can act on its recommendation), or null
 * @param dutch its {@code @nl}, the rule's name in Dutch, or null
 */
public record RuleInfo(
    String name, String file, int lesson, String code, String actors, String dutch) {
  public RuleInfo(String name, String file, int lesson, String code) {
    this(name, file, lesson, code, null, null);
  }
}
