package nl.koploper.report;

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

/** The words of the reports themselves (headings, labels) in each language. */
final class Messages {
  private static final Map<Language, Properties> CACHE = new EnumMap<>(Language.class);

  private final Language language;
  private final Properties words;

  private Messages(Language language, Properties words) {
    this.language = language;
    this.words = words;
  }

  static synchronized Messages of(Language language) {
    Properties words = CACHE.computeIfAbsent(language, Messages::load);
    return new Messages(language, words);
  }

  private static Properties load(Language language) {
    String name = "messages_" + language.tag() + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String get(String key, Object... args) {
    String pattern = words.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("no report text '" + key + "' in " + language.tag());
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
  }
}
