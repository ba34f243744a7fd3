package nl.koploper.engine;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The texts of a rule set in one language ({@code texts.en.properties}): titles, actions,
 * rationales and instruments per recommendation code, and the sentences that explain score factors.
 * They live beside the rules because they say what the rules mean.
 */
public final class TextCatalogue {
  /** The texts each recommending code must have. */
  public static final List<String> CODE_KEYS =
      List.of("title", "action", "rationale", "instruments");

  private final String file;
  private final Map<String, String> texts;

  /** The same texts for look-ups, which assessments make by the hundred. */
  private final Map<String, String> byKey;

  private TextCatalogue(String file, Map<String, String> texts) {
    this.file = file;
    this.texts = Collections.unmodifiableMap(texts);
    this.byKey = new java.util.HashMap<>(texts);
  }

  /** The catalogue file name for a language tag: {@code texts.nl.properties}. */
  public static String fileName(String language) {
    return "texts." + language + ".properties";
  }

  /** Reads the catalogue of a language from a rule set; absent file means an empty catalogue. */
  public static TextCatalogue of(RuleFiles files, String language) throws RuleSetException {
    String name = fileName(language);
    String text = files.files().get(name);
    Map<String, String> texts = new TreeMap<>();
    if (text != null) {
      Properties p = new Properties();
      try {
        p.load(new StringReader(text));
      } catch (IOException | IllegalArgumentException e) {
        throw new RuleSetException(
            List.of(
                new RuleProblem(
                    files.display(name), 0, "cannot read the text catalogue: " + e.getMessage())));
      }
      p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k).strip()));
    }
    return new TextCatalogue(files.display(name), texts);
  }

  /** The file it was read from, for messages. */
  public String file() {
    return file;
  }

  public Optional<String> find(String key) {
    String text = byKey.get(key);
    return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** The text at a key; a missing key is a defect of the rule set, checked when it loads. */
  public String get(String key) {
    String text = byKey.get(key);
    if (text == null || text.isEmpty()) {
      throw new RuleSetDefect(file + ": no text for '" + key + "'");
    }
    return text;
  }

  /** Every key, sorted. */
  public List<String> keys() {
    return new ArrayList<>(texts.keySet());
  }
}
