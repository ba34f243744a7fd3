package nl.koploper.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.koploper.engine.compile.DeadlineWeaver;
import nl.koploper.engine.compile.ExecutableModelCompiler;
import nl.koploper.engine.compile.GeneratedRules;
import nl.koploper.engine.compile.KieBaseLoader;
import nl.koploper.engine.compile.RuleSetCache;
import nl.koploper.engine.safety.DrlChecks;
import nl.koploper.engine.safety.SafetyRefusals;
import nl.koploper.engine.safety.TextChecks;
import nl.koploper.engine.session.RuleBase;
import org.kie.api.KieBase;

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

  /**
   * Compiles and checks a rule set from outside the jar. It may not be trusted: its texts and its
   * DRL text are checked first, then it is compiled to Java bytecode (or read from the cache) and
   * every generated class is checked against the allowlist before any of it is defined, so no code
   * of the set runs before it has passed (see docs/rule-safety.md).
   */
  public static RuleSet load(RuleFiles files) throws RuleSetException {
    return load(files, RuleSetCache.user());
  }

  /** Like {@link #load(RuleFiles)}, with the given cache of compiled sets, or none. */
  public static RuleSet load(RuleFiles files, Optional<RuleSetCache> cache)
      throws RuleSetException {
    if (files.drl().isEmpty()) {
      throw new RuleSetException(
          List.of(
              new RuleProblem(
                  files.source(), 0, "no .drl files: a rule set needs at least one rule")));
    }
    List<RuleProblem> problems = new ArrayList<>(TextChecks.check(files));
    DrlChecks.Result text = DrlChecks.check(files);
    problems.addAll(text.problems());
    refuseAny(problems);
    Optional<GeneratedRules> cached = cache.flatMap(c -> c.read(files));
    GeneratedRules generated =
        cached.isPresent() ? cached.get() : ExecutableModelCompiler.compile(files, text.outline());
    GeneratedRules woven = DeadlineWeaver.weave(generated);
    refuseAny(SafetyRefusals.of(woven.classes(), text.outline()));
    if (cached.isEmpty()) {
      cache.ifPresent(c -> c.write(files, generated));
    }
    KieBase base = KieBaseLoader.load(woven, RuleSet.class.getClassLoader());
    RuleBase rules = RuleBase.of(files, base);
    if (rules.rules().isEmpty()) {
      throw new RuleSetException(
          List.of(new RuleProblem(files.source(), 0, "the .drl files hold no rules")));
    }
    return check(rules);
  }

  private static void refuseAny(List<RuleProblem> problems) throws RuleSetException {
    if (!problems.isEmpty()) {
      List<RuleProblem> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
      sorted.sort(
          java.util.Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
      throw new RuleSetException(sorted);
    }
  }

  /**
   * The bundled rule set: from its prebuilt executable model when the jar has one (its classes
   * passed the same bytecode check when the build generated them), else compiled and checked like
   * any other set.
   */
  public static RuleSet bundled() throws RuleSetException {
    RuleFiles files = RuleFiles.bundled();
    Optional<RuleBase> prebuilt = RuleBase.prebuilt(files);
    return prebuilt.isPresent() ? check(prebuilt.get()) : load(files, Optional.empty());
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
    problems.addAll(duplicateCodes(rules, files));
    problems.addAll(metadata(rules, files));
    problems.addAll(textsWithoutCode(rules, catalogues));
    problems.addAll(sameKeysInEveryLanguage(catalogues));
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return new RuleSet(rules, Map.copyOf(catalogues));
  }

  /** Texts every rule set needs besides its codes' own: lessons, expectations, yes and no. */
  static final List<String> REQUIRED_KEYS =
      List.of(
          "lesson.1.title",
          "lesson.2.title",
          "lesson.3.title",
          "lesson.4.title",
          "lesson.5.title",
          "lesson.6.title",
          "lesson.7.title",
          "expect.AT_LEAST",
          "expect.AT_MOST",
          "expect.EQUALS",
          "value.true",
          "value.false",
          "actor.eu",
          "actor.national",
          "actor.regional",
          "actor.rom",
          "actor.institutions",
          "actor.sector");

  private static final java.util.regex.Pattern LESSON_FILE =
      java.util.regex.Pattern.compile("lesson-([1-7])-.*\\.drl");
  private static final java.util.regex.Pattern CODE =
      java.util.regex.Pattern.compile("L([1-7])\\.[A-Z][A-Z0-9_]*");
  private static final java.util.regex.Pattern CODE_TEXT =
      java.util.regex.Pattern.compile(
          "(L[1-7]\\.[A-Z0-9_]+)\\.(title|action|rationale|instruments)");

  /**
   * Every rule says which lesson it serves and sits in that lesson's file ({@code lesson-3-*.drl});
   * rules that serve every lesson say {@code @lesson(0)} and sit in other files. A recommending
   * rule's code names its lesson: {@code L3.EARLY_RND_SUBSIDIES}.
   */
  private static List<RuleProblem> metadata(RuleBase rules, RuleFiles files) {
    List<RuleProblem> problems = new ArrayList<>();
    for (RuleInfo rule : rules.rules()) {
      String where = files.display(rule.file());
      java.util.regex.Matcher file = LESSON_FILE.matcher(rule.file());
      int fileLesson = file.matches() ? Integer.parseInt(file.group(1)) : 0;
      if (rule.lesson() < 0 || rule.lesson() > 7) {
        problems.add(
            new RuleProblem(
                where,
                0,
                "rule '"
                    + rule.name()
                    + "' has no @lesson(n), n from 1 to 7 (0 for a rule that serves every lesson)"));
      } else if (rule.lesson() != fileLesson) {
        problems.add(
            new RuleProblem(
                where,
                0,
                "rule '"
                    + rule.name()
                    + "' has @lesson("
                    + rule.lesson()
                    + ") but sits in "
                    + (fileLesson == 0
                        ? "a file of rules for every lesson"
                        : "the file of lesson " + fileLesson)));
      }
      problems.addAll(actorsAndDutch(rule, where));
      if (rule.code() != null) {
        java.util.regex.Matcher code = CODE.matcher(rule.code());
        if (!code.matches() || Integer.parseInt(code.group(1)) != rule.lesson()) {
          problems.add(
              new RuleProblem(
                  where,
                  0,
                  "rule '"
                      + rule.name()
                      + "' has code '"
                      + rule.code()
                      + "'; a code is L<lesson>.<NAME> in upper snake case, with the"
                      + " rule's own lesson"));
        }
      }
    }
    return problems;
  }

  /**
   * A recommending rule names who can act on it, from the fixed vocabulary ({@link
   * nl.koploper.engine.terms.Advice#ACTORS}); a rule that does not recommend names no one. A rule
   * may give its name in Dutch ({@code @nl("…")}), which Dutch output shows instead of the English
   * name; the bundled rules all do (a test holds them to it).
   */
  private static List<RuleProblem> actorsAndDutch(RuleInfo rule, String where) {
    List<RuleProblem> problems = new ArrayList<>();
    String vocabulary = String.join(", ", nl.koploper.engine.terms.Advice.ACTORS);
    if (rule.code() != null) {
      List<String> unknown = nl.koploper.engine.terms.Advice.unknownActors(rule.actors());
      if (rule.actors() == null || rule.actors().isBlank()) {
        problems.add(
            new RuleProblem(
                where,
                0,
                "rule '"
                    + rule.name()
                    + "' recommends but has no @actors(\"…\"): who can act on it, from "
                    + vocabulary));
      } else if (!unknown.isEmpty()) {
        problems.add(
            new RuleProblem(
                where,
                0,
                "rule '"
                    + rule.name()
                    + "' has @actors naming "
                    + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList())
                    + ", not one of "
                    + vocabulary));
      }
    } else if (rule.actors() != null) {
      problems.add(
          new RuleProblem(
              where,
              0,
              "rule '" + rule.name() + "' has @actors but recommends nothing (it has no @code)"));
    }
    if (rule.dutch() != null && rule.dutch().isBlank()) {
      problems.add(
          new RuleProblem(
              where, 0, "rule '" + rule.name() + "' has an empty @nl(\"\"): its name in Dutch"));
    }
    return problems;
  }

  /** A title or action for a code no rule has is a leftover, or a typo in a code. */
  private static List<RuleProblem> textsWithoutCode(
      RuleBase rules, Map<String, TextCatalogue> catalogues) {
    java.util.Set<String> codes = new java.util.HashSet<>();
    rules.rules().forEach(r -> codes.add(r.code()));
    List<RuleProblem> problems = new ArrayList<>();
    for (TextCatalogue catalogue : catalogues.values()) {
      for (String key : catalogue.keys()) {
        java.util.regex.Matcher m = CODE_TEXT.matcher(key);
        if (m.matches() && !codes.contains(m.group(1))) {
          problems.add(
              new RuleProblem(catalogue.file(), 0, "'" + key + "' belongs to no rule's code"));
        }
      }
    }
    return problems;
  }

  /** Two rules with one code would merge their factors into one recommendation. */
  private static List<RuleProblem> duplicateCodes(RuleBase rules, RuleFiles files) {
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, RuleInfo> byCode = new TreeMap<>();
    for (RuleInfo rule : rules.rules()) {
      if (rule.code() == null) {
        continue;
      }
      RuleInfo first = byCode.putIfAbsent(rule.code(), rule);
      if (first != null) {
        problems.add(
            new RuleProblem(
                files.display(rule.file()),
                0,
                "rule '"
                    + rule.name()
                    + "' has code "
                    + rule.code()
                    + ", which rule '"
                    + first.name()
                    + "' already has"));
      }
    }
    return problems;
  }

  /**
   * Every text must exist in every language: a factor sentence missing in Dutch would otherwise
   * only show when a Dutch report needs it.
   */
  private static List<RuleProblem> sameKeysInEveryLanguage(Map<String, TextCatalogue> catalogues) {
    List<RuleProblem> problems = new ArrayList<>();
    java.util.Set<String> all = new java.util.TreeSet<>(REQUIRED_KEYS);
    catalogues.values().forEach(c -> all.addAll(c.keys()));
    for (TextCatalogue catalogue : catalogues.values()) {
      for (String key : all) {
        if (catalogue.find(key).isEmpty()) {
          problems.add(new RuleProblem(catalogue.file(), 0, "no text for '" + key + "'"));
        }
      }
    }
    return problems;
  }

  /** The input facts a rule reads (see {@link RuleReads}), for the rule catalogue. */
  public List<String> reads(RuleInfo rule) {
    return new RuleReads(rules.files()).of(rule.name());
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
