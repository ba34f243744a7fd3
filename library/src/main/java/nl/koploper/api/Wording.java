package nl.koploper.api;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.koploper.engine.Conclusion;
import nl.koploper.engine.TextCatalogue;
import nl.koploper.engine.terms.Expect;
import nl.koploper.facts.Facts;

/**
 * Puts values, expectations and factor sentences into words of one language. One instance serves
 * every thread: the parsed message patterns and number formats, which are not thread-safe, are kept
 * per thread, so that wording an assessment parses nothing twice.
 */
final class Wording {
  private static final int MEMO_LIMIT = 20_000;
  private static final int BODY_LIMIT = 4_096;

  /**
   * Sentences already worded, by what they say: thresholds, units and factor arguments repeat from
   * one assessment to the next, and wording is a pure function of them. Emptied when it grows past
   * {@link #MEMO_LIMIT}, so it never holds more than a few megabytes.
   */
  private final Map<Said, String> said = new ConcurrentHashMap<>();

  /**
   * Recommendations already worded, by the rules' conclusion about their code and the benchmark
   * they were assessed against. Emptied when it grows past {@link #BODY_LIMIT}.
   */
  private final Map<Worded, AssessmentBuilder.Body> bodies = new ConcurrentHashMap<>();

  private final List<String> lessonTitles;
  private final Map<String, String> ruleNames;
  private final List<Actor> actors;
  private final Language language;
  private final TextCatalogue texts;
  private final ThreadLocal<Map<String, Template>> patterns = ThreadLocal.withInitial(HashMap::new);
  private final ThreadLocal<NumberFormat> plainNumbers;
  private final ThreadLocal<NumberFormat[]> numbers =
      ThreadLocal.withInitial(() -> new NumberFormat[3]);
  private final Map<String, String> unitNames = new ConcurrentHashMap<>();
  private final Map<String, List<String>> instruments = new ConcurrentHashMap<>();

  /** What a sentence says: its kind and the values that go into it. */
  private record Said(String kind, Object what, Object detail) {}

  private String memo(Said key, Supplier<String> words) {
    String text = said.get(key);
    if (text == null) {
      text = words.get();
      if (said.size() >= MEMO_LIMIT) {
        said.clear();
      }
      said.put(key, text);
    }
    return text;
  }

  /** What a recommendation's words follow from. */
  private record Worded(Conclusion conclusion, Against benchmark) {}

  /**
   * A benchmark region (or none) as part of a memo key: equal facts are the same benchmark, and the
   * hash of the facts is taken once per assessment rather than once per recommendation.
   */
  static final class Against {
    private final Facts facts;
    private final int hash;

    Against(Facts facts) {
      this.facts = facts;
      this.hash = Objects.hashCode(facts);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Against a
          && hash == a.hash
          && (facts == a.facts || Objects.equals(facts, a.facts));
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  Wording(Language language, TextCatalogue texts, Map<String, String> ruleNames) {
    this.language = language;
    this.texts = texts;
    this.ruleNames = Map.copyOf(ruleNames);
    this.actors =
        nl.koploper.engine.terms.Advice.ACTORS.stream()
            .map(a -> new Actor(a, texts.get("actor." + a)))
            .toList();
    this.plainNumbers = ThreadLocal.withInitial(() -> NumberFormat.getInstance(language.locale()));
    List<String> titles = new ArrayList<>();
    for (int n = 1; n <= 7; n++) {
      titles.add(texts.get("lesson." + n + ".title"));
    }
    this.lessonTitles = List.copyOf(titles);
  }

  /** A recommendation's words, worded once per conclusion and benchmark. */
  AssessmentBuilder.Body body(
      Conclusion conclusion,
      Against benchmark,
      Function<Conclusion, AssessmentBuilder.Body> words) {
    Worded key = new Worded(conclusion, benchmark);
    AssessmentBuilder.Body body = bodies.get(key);
    if (body == null) {
      body = words.apply(conclusion);
      if (bodies.size() >= BODY_LIMIT) {
        bodies.clear();
      }
      bodies.put(key, body);
    }
    return body;
  }

  /** A rule's name in this language. */
  String ruleName(String rule) {
    return ruleNames.getOrDefault(rule, rule);
  }

  /** The whole actor vocabulary, worded. */
  List<Actor> actors() {
    return actors;
  }

  /** The actors of these codes, in the vocabulary's order. */
  List<Actor> actors(List<String> codes) {
    return actors.stream().filter(a -> codes.contains(a.code())).toList();
  }

  /** Lesson {@code n}'s title (1–7). */
  String lessonTitle(int n) {
    return lessonTitles.get(n - 1);
  }

  TextCatalogue texts() {
    return texts;
  }

  /** A recommendation's text: its {@code title}, {@code action} or {@code rationale}. */
  String text(String code, String key) {
    return memo(new Said("text", code, key), () -> texts.get(code + "." + key));
  }

  /** A recommendation's instruments: its catalogue text split at {@code |}. */
  List<String> instruments(String code) {
    return instruments.computeIfAbsent(
        code, c -> List.of(texts.get(c + ".instruments").split("\\s*\\|\\s*")));
  }

  /** A value as a reader sees it: enum names as written, yes/no, numbers in the locale. */
  String value(Object value, String unit) {
    return memo(new Said("value", value, unit), () -> word(value, unit));
  }

  private String word(Object value, String unit) {
    String shown;
    if (value instanceof Boolean b) {
      shown = texts.get("value." + b);
    } else if (value instanceof Number n) {
      shown = number(n);
    } else if (value instanceof List<?> list) {
      shown =
          list.isEmpty() ? "[]" : String.join(", ", list.stream().map(String::valueOf).toList());
    } else if (value instanceof Enum<?> e) {
      shown = scaleValue(e);
    } else {
      shown = String.valueOf(value);
    }
    return unit == null
        ? shown
        : shown + " " + unitNames.computeIfAbsent(unit, u -> texts.get("unit." + u));
  }

  /**
   * A value of an ordinal scale in this language ({@code value.SCARCE}): English keeps the fact
   * files' own spelling, Dutch says "schaars". A rule set without that text shows the name.
   */
  private String scaleValue(Enum<?> e) {
    return texts.find("value." + e.name()).orElse(e.name());
  }

  String number(Number n) {
    double d = n.doubleValue();
    int digits =
        n instanceof Integer || n instanceof Long || Math.abs(d) >= 100
            ? 0
            : Math.abs(d) >= 1 ? 1 : 2;
    NumberFormat[] formats = numbers.get();
    NumberFormat format = formats[digits];
    if (format == null) {
      format = NumberFormat.getNumberInstance(language.locale());
      format.setMaximumFractionDigits(digits);
      format.setGroupingUsed(true);
      formats[digits] = format;
    }
    return format.format(d == 0 ? 0.0 : d);
  }

  String expectation(Expect expect) {
    return memo(new Said("expect", expect, null), () -> word(expect));
  }

  private String word(Expect expect) {
    String unit = expect.unit() == null ? "" : " " + texts.get("unit." + expect.unit());
    String target = value(expect.target(), null);
    return format(texts.get("expect." + expect.relation().name()), target, unit);
  }

  String factor(String key, List<Object> args) {
    return memo(
        new Said("factor", key, args), () -> format(texts.get("factor." + key), args.toArray()));
  }

  private String format(String pattern, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = args[i] instanceof Enum<?> e ? scaleValue(e) : args[i];
    }
    return patterns
        .get()
        .computeIfAbsent(pattern, p -> Template.parse(p, language.locale()))
        .format(shown, language.locale(), plainNumbers.get());
  }
}
