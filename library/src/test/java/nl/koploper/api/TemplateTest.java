package nl.koploper.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.engine.RuleFiles;
import nl.koploper.engine.TextCatalogue;
import org.junit.jupiter.api.Test;

class TemplateTest {
  private static final Object[][] ARGUMENTS = {
    {0.0, 1, "Vlaanderen"},
    {28.66, 375.123, 12},
    {0.17, 0.25, 1234567.891},
    {3, "Vlaanderen", 98.95},
    {1L, 100, -2.5},
    {"HIGH", "LOW", "x"},
  };

  private static Object[] fitting(String pattern, Object[] args) {
    // a numeric format needs a number: give one where the pattern asks for it
    Object[] fitted = args.clone();
    for (int i = 0; i < fitted.length; i++) {
      if (pattern.contains("{" + i + ",") && !(fitted[i] instanceof Number)) {
        fitted[i] = 7.25;
      }
    }
    return fitted;
  }

  @Test
  void everyCataloguePatternIsWrittenExactlyAsMessageFormatWritesIt() throws Exception {
    int compared = 0;
    for (Language language : Language.values()) {
      TextCatalogue texts = TextCatalogue.of(RuleFiles.bundled(), language.tag());
      for (String key : texts.keys()) {
        String pattern = texts.get(key);
        if (!pattern.contains("{")) {
          continue;
        }
        Template template = Template.parse(pattern, language.locale());
        for (Object[] args : ARGUMENTS) {
          Object[] fitted = fitting(pattern, args);
          assertEquals(
              new MessageFormat(pattern, language.locale()).format(fitted),
              template.format(
                  fitted, language.locale(), NumberFormat.getInstance(language.locale())),
              key + " in " + language);
          compared++;
        }
      }
    }
    assertTrue(compared > 50, "the catalogues hold patterns: " + compared);
  }

  @Test
  void quotesBracesAndMissingArgumentsAreWrittenAsMessageFormatWritesThem() {
    List<String> patterns = new ArrayList<>();
    patterns.add("TTO''s: {0}");
    patterns.add("'{0}' is literal, {0} is not");
    patterns.add("{1} of {0,number,percent} and {2}");
    patterns.add("{0,choice,0#none|1#one|1<{0,number} many}");
    patterns.add("{0,number,integer} / {1,number} / {0,number,#,##0.0}");
    patterns.add("{0,NUMBER,Percent} / {1, number , INTEGER }");
    for (String pattern : patterns) {
      for (java.util.Locale locale :
          List.of(java.util.Locale.ENGLISH, new java.util.Locale("nl"))) {
        Object[] args = {1234.5, 0.375};
        assertEquals(
            new MessageFormat(pattern, locale).format(args),
            Template.parse(pattern, locale).format(args, locale, NumberFormat.getInstance(locale)),
            pattern);
      }
    }
  }
}
