package nl.koploper.cli;

import java.util.Locale;
import nl.koploper.api.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lower-case option values for {@code --format} and {@code --lang}. */
final class Choices {
  private Choices() {}

  /** The formats a result can be written in. */
  enum Format {
    TEXT,
    JSON,
    MARKDOWN,
    CSV,
    HTML;

    static final String NAMES = "text, json, markdown, csv, html";
  }

  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.name().toLowerCase(Locale.ROOT).equals(value)) {
          return f;
        }
      }
      throw new TypeConversionException("'" + value + "' is not one of " + Format.NAMES);
    }
  }

  /** For the commands that write only text or json: refuses the other formats as it parses. */
  static final class TextOrJsonConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return switch (value) {
        case "text" -> Format.TEXT;
        case "json" -> Format.JSON;
        default -> throw new TypeConversionException("'" + value + "' is not one of text, json");
      };
    }
  }

  static final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      for (Language l : Language.values()) {
        if (l.tag().equals(value)) {
          return l;
        }
      }
      throw new TypeConversionException("'" + value + "' is not one of en, nl");
    }
  }
}
