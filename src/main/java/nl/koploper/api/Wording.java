package nl.koploper.api;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import nl.koploper.engine.TextCatalogue;
import nl.koploper.engine.terms.Expect;

/** Puts values, expectations and factor sentences into words of one language. */
final class Wording {
  private final Language language;
  private final TextCatalogue texts;

  Wording(Language language, TextCatalogue texts) {
    this.language = language;
    this.texts = texts;
  }

  TextCatalogue texts() {
    return texts;
  }

  /** A value as a reader sees it: enum names as written, yes/no, numbers in the locale. */
  String value(Object value, String unit) {
    String shown;
    if (value instanceof Boolean b) {
      shown = texts.get("value." + b);
    } else if (value instanceof Number n) {
      shown = number(n);
    } else if (value instanceof List<?> list) {
      shown =
          list.isEmpty() ? "[]" : String.join(", ", list.stream().map(String::valueOf).toList());
    } else {
      shown = String.valueOf(value);
    }
    return unit == null ? shown : shown + " " + texts.get("unit." + unit);
  }

  String number(Number n) {
    NumberFormat format = NumberFormat.getNumberInstance(language.locale());
    double d = n.doubleValue();
    format.setMaximumFractionDigits(
        n instanceof Integer || n instanceof Long || Math.abs(d) >= 100
            ? 0
            : Math.abs(d) >= 1 ? 1 : 2);
    format.setGroupingUsed(true);
    return format.format(d == 0 ? 0.0 : d);
  }

  String expectation(Expect expect) {
    String unit = expect.unit() == null ? "" : " " + texts.get("unit." + expect.unit());
    String target = value(expect.target(), null);
    return format(texts.get("expect." + expect.relation().name()), target, unit);
  }

  String factor(String key, List<Object> args) {
    return format(texts.get("factor." + key), args.toArray());
  }

  private String format(String pattern, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = args[i] instanceof Enum<?> e ? e.name() : args[i];
    }
    return new MessageFormat(pattern, language.locale()).format(shown);
  }
}
