package nl.koploper.api;

import java.util.Locale;

/** The languages of Koploper's texts and number formats. */
public enum Language {
  /** English. */
  EN(Locale.ENGLISH),
  /** Dutch. */
  NL(Locale.forLanguageTag("nl-NL"));

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * The locale for numbers: {@code 1,234.5} in English, {@code 1.234,5} in Dutch.
   *
   * @return the locale of numbers and dates in this language
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The lower-case tag: {@code en}, {@code nl}.
   *
   * @return the tag of the texts' files, such as {@code en} in {@code texts.en.properties}
   */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
