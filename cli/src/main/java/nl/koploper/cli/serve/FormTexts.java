package nl.koploper.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import nl.koploper.api.Language;
import nl.koploper.facts.FactSchema;

/** The web form's words in one language, with a label and a help text for each fact. */
final class FormTexts {
  private static final Map<Language, FormTexts> ALL = new EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) {
      ALL.put(l, new FormTexts(l, load(l)));
    }
  }

  private final Language language;
  private final Properties words;

  private FormTexts(Language language, Properties words) {
    this.language = language;
    this.words = words;
  }

  static FormTexts of(Language language) {
    return ALL.get(language);
  }

  Language language() {
    return language;
  }

  String get(String key, Object... args) {
    String pattern = words.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("no form text '" + key + "' in " + language.tag());
    }
    return args.length == 0
        ? pattern
        : new MessageFormat(pattern.replace("'", "''"), language.locale()).format(args);
  }

  /** The label of a fact; a fact the texts do not know yet is shown by its path. */
  String label(FactSchema.Field field) {
    return words.getProperty("fact." + field.path() + ".label", field.path());
  }

  /** The help text of a fact, or empty when the texts do not know it yet. */
  String help(FactSchema.Field field) {
    return words.getProperty("fact." + field.path() + ".help", "");
  }

  boolean knows(String key) {
    return words.containsKey(key);
  }

  private static Properties load(Language language) {
    String name = "form_" + language.tag() + ".properties";
    try (InputStream in = FormTexts.class.getResourceAsStream(name)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
