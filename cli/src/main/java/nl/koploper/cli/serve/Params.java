package nl.koploper.cli.serve;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.koploper.api.Language;

/**
 * A request's parameters (the query, or a form's fields), read as the CLI reads its options: an
 * unknown parameter, a repeated single one or a value out of its choices is an invalid argument
 * naming the parameter.
 */
final class Params {
  private final Map<String, List<String>> values;

  Params(Map<String, List<String>> values) {
    this.values = new TreeMap<>(values);
  }

  /** Refuses any parameter not in {@code allowed}. */
  Params only(Set<String> allowed) {
    for (String name : values.keySet()) {
      if (!allowed.contains(name)) {
        throw Refusal.badParameter(
            name, "not a parameter here; the parameters are " + String.join(", ", sorted(allowed)));
      }
    }
    return this;
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }

  /** The one value of a parameter, or {@code otherwise} when it is absent. */
  String one(String name, String otherwise) {
    List<String> given = values.getOrDefault(name, List.of());
    if (given.size() > 1) {
      throw Refusal.badParameter(name, "given " + given.size() + " times; give it once");
    }
    return given.isEmpty() ? otherwise : given.get(0);
  }

  /** Every value of a repeatable parameter, in order. */
  List<String> all(String name) {
    return List.copyOf(values.getOrDefault(name, List.of()));
  }

  Language language() {
    String tag = one("lang", "en");
    for (Language l : Language.values()) {
      if (l.tag().equals(tag)) {
        return l;
      }
    }
    throw Refusal.badParameter("lang", "'" + tag + "' is not one of en, nl");
  }

  /** The {@code format}, one of {@code allowed} (lower case, the first is the default). */
  String format(List<String> allowed) {
    String format = one("format", allowed.get(0));
    if (!allowed.contains(format)) {
      throw Refusal.badParameter(
          "format", "'" + format + "' is not one of " + String.join(", ", allowed));
    }
    return format.toLowerCase(Locale.ROOT);
  }

  long number(String name, long otherwise, long min, long max) {
    String text = one(name, null);
    if (text == null) {
      return otherwise;
    }
    try {
      long n = Long.parseLong(text);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw Refusal.badParameter(
        name, "'" + text + "' is not a whole number from " + min + " to " + max);
  }
}
