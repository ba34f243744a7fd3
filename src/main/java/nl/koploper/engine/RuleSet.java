package nl.koploper.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A usable rule set: the compiled rules and their texts in every language, checked to belong
 * together (every recommending rule has its texts in English and Dutch).
 */
public final class RuleSet {
  /** The languages every rule set must speak. */
  public static final List<String> LANGUAGES = List.of("en", "nl");

  private final RuleBase rules;
  private final Map<String, TextCatalogue> catalogues;

  private RuleSet(RuleBase rules, Map<String, TextCatalogue> catalogues) {
    this.rules = rules;
    this.catalogues = catalogues;
  }

  /** Compiles and checks a rule set. */
  public static RuleSet load(RuleFiles files) throws RuleSetException {
    return check(RuleBase.compile(files));
  }

  /** The bundled rule set: from its prebuilt executable model when the jar has one. */
  public static RuleSet bundled() throws RuleSetException {
    RuleFiles files = RuleFiles.bundled();
    java.util.Optional<RuleBase> prebuilt = RuleBase.prebuilt(files);
    return check(prebuilt.isPresent() ? prebuilt.get() : RuleBase.compile(files));
  }

  private static RuleSet check(RuleBase rules) throws RuleSetException {
    RuleFiles files = rules.files();
    Map<String, TextCatalogue> catalogues = new TreeMap<>();
    List<RuleProblem> problems = new ArrayList<>();
    for (String language : LANGUAGES) {
      TextCatalogue catalogue = TextCatalogue.of(files, language);
      catalogues.put(language, catalogue);
      for (RuleInfo rule : rules.rules()) {
        if (rule.code() == null) {
          continue;
        }
        for (String key : TextCatalogue.CODE_KEYS) {
          if (catalogue.find(rule.code() + "." + key).isEmpty()) {
            problems.add(
                new RuleProblem(
                    catalogue.file(),
                    0,
                    "rule '"
                        + rule.name()
                        + "' ("
                        + rule.code()
                        + ") has no "
                        + key
                        + " in "
                        + TextCatalogue.fileName(language)));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return new RuleSet(rules, Map.copyOf(catalogues));
  }

  public RuleBase rules() {
    return rules;
  }

  /** The texts in a language of {@link #LANGUAGES}. */
  public TextCatalogue texts(String language) {
    TextCatalogue catalogue = catalogues.get(language);
    if (catalogue == null) {
      throw new IllegalArgumentException("no texts in '" + language + "'");
    }
    return catalogue;
  }
}
