package nl.koploper.policytest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.koploper.api.Priority;
import nl.koploper.facts.FactError;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import nl.koploper.facts.InvalidFactsException;
import nl.koploper.facts.YamlDocument;
import nl.koploper.facts.YamlDocument.Value;

/**
 * Reads a policy test file ({@code koploper/policy-test/v1}) strictly: unknown keys, codes that
 * name no recommendation of the rule set, bad facts and cases that cannot fail are all refused,
 * each with file, line, column, the field path and what was expected. The facts of a case are bound
 * exactly as a fact file is.
 */
public final class PolicyTestReader {
  /** The only version of the format this release reads. */
  public static final String SCHEMA = "koploper/policy-test/v1";

  private static final String TEST_REGION = "TEST";
  private static final String BENCHMARK_REGION = "BENCHMARK";
  private static final int MAX_NAME = 200;
  private static final int MAX_ERRORS = 50;

  /** Every mistake found, listed or not. */
  private int found;

  private static final Pattern CODE = Pattern.compile("L[1-7]\\.[A-Z][A-Z0-9_]*");
  private static final Pattern FACTOR = Pattern.compile("[a-z][a-z0-9-]*");
  private static final List<String> TOP_KEYS = List.of("schema", "cases");
  private static final List<String> CASE_KEYS =
      List.of("name", "facts", "factsFile", "benchmark", "benchmarkFile", "expect");
  private static final List<String> EXPECT_KEYS =
      List.of("present", "absent", "priority", "score", "factors", "order", "lessonScore");

  private final Project project;
  private final Path file;
  private final String shown;
  private final SortedSet<String> codes;
  private final SortedSet<String> factors;
  private final Map<Path, Object> factFiles;
  private final List<FactError> errors = new ArrayList<>();

  private PolicyTestReader(
      Project project,
      Path file,
      String shown,
      SortedSet<String> codes,
      SortedSet<String> factors,
      Map<Path, Object> factFiles) {
    this.project = project;
    this.file = file;
    this.shown = shown;
    this.codes = codes;
    this.factors = factors;
    this.factFiles = factFiles;
  }

  /**
   * Reads one test file. It, and every fact file it names, is read only when it lies inside the
   * project (the rule directory's parent), symbolic links resolved; see {@link Project}.
   *
   * @param ruleDirectory the rule set's directory: its parent is the project
   * @param file the file
   * @param shown its name in messages and results
   * @param codes the recommendation codes of the rule set under test: a test may name only these
   * @param factors the score factors of the rule set under test: a test may name only these
   * @param factFiles fact files already loaded (by real path), shared between the files of a suite
   *     so each is read once; updated here
   * @throws InvalidPolicyTestException with every problem found
   */
  public static List<PolicyCase> read(
      Path ruleDirectory,
      Path file,
      String shown,
      Set<String> codes,
      Set<String> factors,
      Map<Path, Object> factFiles)
      throws InvalidPolicyTestException {
    return new PolicyTestReader(
            Project.of(ruleDirectory),
            file,
            shown,
            new TreeSet<>(codes),
            new TreeSet<>(factors),
            factFiles)
        .cases();
  }

  private List<PolicyCase> cases() throws InvalidPolicyTestException {
    Project.Checked checked = project.testFile(file);
    if (checked.refusal() != null) {
      throw new InvalidPolicyTestException(
          List.of(new FactError(shown, 0, 0, "", checked.refusal() + "; it is not read")));
    }
    Value root;
    try {
      root =
          YamlDocument.read(
              checked.path(), shown, "a policy test file (schema: " + SCHEMA + ", cases)");
    } catch (InvalidFactsException e) {
      throw new InvalidPolicyTestException(e.errors());
    }
    List<PolicyCase> cases = new ArrayList<>();
    if (!root.isMapping()) {
      error(root, "", "expected a mapping with schema and cases, got " + root.describe());
      throw failure();
    }
    Map<String, Value> top = fields(root, "", TOP_KEYS);
    Value schema = top.get("schema");
    if (schema == null) {
      error(root, "schema", "required field is missing; write schema: " + SCHEMA);
    } else if (!SCHEMA.equals(schema.text())) {
      error(schema, "schema", "unsupported schema " + schema.describe() + "; expected " + SCHEMA);
    }
    Value list = top.get("cases");
    if (list == null) {
      error(root, "cases", "required field is missing; expected a list of cases");
    } else if (!list.isList() || list.items().isEmpty()) {
      error(list, "cases", "expected a list of at least one case, got " + list.describe());
    } else {
      Map<String, Integer> names = new HashMap<>();
      for (int i = 0; i < list.items().size(); i++) {
        Value item = list.items().get(i);
        PolicyCase c = testCase(item, "cases[" + i + "]");
        // a repeated name is reported whether or not the case has other mistakes
        String name = nameOf(item);
        Integer first = name == null ? null : names.putIfAbsent(name, item.line());
        if (first != null) {
          error(
              item,
              "cases[" + i + "].name",
              "another case has this name at line " + first + "; name each case differently");
        } else if (c != null) {
          cases.add(c);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw failure();
    }
    return cases;
  }

  /** A case's name as written, or null where it has none that is text. */
  private static String nameOf(Value item) {
    if (!item.isMapping()) {
      return null;
    }
    for (YamlDocument.Field f : item.fields()) {
      if ("name".equals(f.key().text()) && f.value().isScalar()) {
        return f.value().text();
      }
    }
    return null;
  }

  private PolicyCase testCase(Value node, String path) {
    if (!node.isMapping()) {
      error(node, path, "expected a case (name, facts, expect), got " + node.describe());
      return null;
    }
    int before = found;
    Map<String, Value> f = fields(node, path, CASE_KEYS);
    String name = text(f.get("name"), path + ".name");
    if (f.get("name") == null) {
      error(node, path + ".name", "required field is missing; name the case as a statement");
    }
    String region = name == null ? "test" : name.substring(0, Math.min(MAX_NAME, name.length()));
    Facts facts =
        facts(node, f.get("facts"), f.get("factsFile"), path, "facts", TEST_REGION, region, true);
    Facts benchmark =
        facts(
            node,
            f.get("benchmark"),
            f.get("benchmarkFile"),
            path,
            "benchmark",
            BENCHMARK_REGION,
            "benchmark",
            false);
    List<Expectation> expectations = List.of();
    if (f.get("expect") == null) {
      error(node, path + ".expect", "required field is missing; a case without one cannot fail");
    } else {
      expectations = expect(f.get("expect"), path + ".expect");
    }
    // Counted, not the list's size: past MAX_ERRORS the list stops growing, and a case whose
    // mistakes were not listed must still not be built (found by fuzzing).
    if (found > before || name == null || facts == null) {
      return null;
    }
    return new PolicyCase(shown, node.line(), name, facts, benchmark, expectations);
  }

  // ---- Facts -----------------------------------------------------------------------------------

  private Facts facts(
      Value caseNode,
      Value inline,
      Value reference,
      String path,
      String key,
      String code,
      String regionName,
      boolean required) {
    if (inline != null && reference != null) {
      error(reference, path + "." + key + "File", "give " + key + " or " + key + "File, not both");
      return null;
    }
    if (inline != null) {
      if (!inline.isMapping()) {
        error(
            inline,
            path + "." + key,
            "expected a mapping of fact sections as in a fact file, got " + inline.describe());
        return null;
      }
      try {
        return inline.bindFacts(code, regionName);
      } catch (InvalidFactsException e) {
        for (FactError fe : e.errors()) {
          String inner = fe.path().isEmpty() ? "" : "." + fe.path();
          errors.add(
              new FactError(shown, fe.line(), fe.column(), path + "." + key + inner, fe.message()));
        }
        return null;
      }
    }
    if (reference != null) {
      return factsFile(reference, path + "." + key + "File");
    }
    if (required) {
      error(caseNode, path + ".facts", "required: give facts (inline) or factsFile (a path)");
    }
    return null;
  }

  private Facts factsFile(Value reference, String path) {
    String given = text(reference, path);
    if (given == null) {
      return null;
    }
    Project.Checked checked = project.reference(file, given);
    if (checked.refusal() != null) {
      error(reference, path, given + ": " + checked.refusal());
      return null;
    }
    Path target = checked.path();
    Object loaded =
        factFiles.computeIfAbsent(
            target,
            t -> {
              try {
                return FactsLoader.load(t);
              } catch (InvalidFactsException e) {
                return e;
              }
            });
    if (loaded instanceof InvalidFactsException e) {
      if (declaresItselfAFactFile(e)) {
        for (FactError fe : e.errors()) {
          error(reference, path, "the fact file is invalid: " + fe);
        }
      } else {
        // Its messages would quote a file that is no fact file: say where, never what.
        FactError first = e.errors().get(0);
        error(
            reference,
            path,
            given
                + " is not a valid fact file"
                + (first.line() > 0
                    ? " (first problem at line " + first.line() + ", column " + first.column() + ")"
                    : "")
                + "; a fact file starts with schema: "
                + Facts.SCHEMA
                + ". Run koploper validate on it for the details");
      }
      return null;
    }
    return (Facts) loaded;
  }

  /**
   * Whether the errors of a file that failed to load may be shown: those about the whole file (no
   * such file, too large, not UTF-8: line 0) quote nothing; the others quote it, and are shown only
   * when it parsed and names the fact schema. Parse errors have no field path; a wrong or missing
   * schema is reported at {@code schema}.
   */
  private static boolean declaresItselfAFactFile(InvalidFactsException e) {
    return e.errors().stream().allMatch(fe -> fe.line() == 0)
        || e.errors().stream().noneMatch(fe -> fe.path().isEmpty() || fe.path().equals("schema"));
  }

  // ---- Expectations ----------------------------------------------------------------------------

  private List<Expectation> expect(Value node, String path) {
    if (!node.isMapping()) {
      error(node, path, "expected a mapping of expectations (" + list(EXPECT_KEYS) + ")");
      return List.of();
    }
    List<Expectation> all = new ArrayList<>();
    Map<String, Value> f = fields(node, path, EXPECT_KEYS);
    Set<String> present = new LinkedHashSet<>();
    Set<String> absent = new LinkedHashSet<>();
    for (Map.Entry<String, Value> e : f.entrySet()) {
      String at = path + "." + e.getKey();
      Value v = e.getValue();
      switch (e.getKey()) {
        case "present" -> codes(v, at).forEach(c -> add(all, present, new Expectation.Present(c)));
        case "absent" -> codes(v, at).forEach(c -> add(all, absent, new Expectation.Absent(c)));
        case "priority" -> byCode(v, at, "a priority such as HIGH", all, this::priority);
        case "score" -> byCode(v, at, "a score range such as {min: 50, max: 70}", all, this::score);
        case "factors" -> byCode(v, at, "a list of factors such as [gap]", all, this::factors);
        case "order" -> order(v, at, all);
        case "lessonScore" -> lessonScores(v, at, all);
        default -> {} // reported by fields()
      }
    }
    for (String code : present) {
      if (absent.contains(code)) {
        error(f.get("absent"), path + ".absent", code + " is expected both present and absent");
      }
    }
    if (all.isEmpty() && errorsAt(path) == 0) {
      error(node, path, "no expectation; a case that expects nothing cannot fail");
    }
    return all;
  }

  private static void add(List<Expectation> all, Set<String> seen, Expectation e) {
    String code = e instanceof Expectation.Present p ? p.code() : ((Expectation.Absent) e).code();
    if (seen.add(code)) {
      all.add(e);
    }
  }

  /** Reads the value of one code's entry; null when it is invalid (and reported). */
  private interface PerCode {
    Expectation read(String code, Value value, String path);
  }

  private void byCode(Value node, String path, String what, List<Expectation> all, PerCode each) {
    if (!node.isMapping()) {
      error(node, path, "expected a mapping of recommendation codes to " + what);
      return;
    }
    for (Map.Entry<String, Value> e : fields(node, path, null).entrySet()) {
      String at = path + "." + e.getKey();
      if (code(e.getKey(), keyOf(node, e.getKey()), at) != null) {
        Expectation x = each.read(e.getKey(), e.getValue(), at);
        if (x != null) {
          all.add(x);
        }
      }
    }
  }

  private Expectation priority(String code, Value value, String path) {
    String given = value.isScalar() ? value.text() : null;
    for (Priority p : Priority.values()) {
      if (p.name().equals(given)) {
        return new Expectation.PriorityIs(code, p);
      }
    }
    error(value, path, value.describe() + " is not one of CRITICAL, HIGH, MEDIUM, LOW");
    return null;
  }

  private Expectation score(String code, Value value, String path) {
    Expectation.Range range = range(value, path);
    return range == null ? null : new Expectation.ScoreIn(code, range);
  }

  private Expectation factors(String code, Value value, String path) {
    if (!value.isList() || value.items().isEmpty()) {
      error(value, path, "expected a list of factor names such as [gap, valley-of-death]");
      return null;
    }
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < value.items().size(); i++) {
      Value item = value.items().get(i);
      String name = item.isScalar() ? item.text() : null;
      if (name == null || !FACTOR.matcher(name).matches()) {
        error(
            item,
            path + "[" + i + "]",
            "expected a factor name such as gap, got " + item.describe());
        return null;
      }
      if (!factors.contains(name)) {
        // a case naming a factor the rule set never gives could only fail
        error(
            item,
            path + "[" + i + "]",
            "no score factor of the rule set is called "
                + name
                + nl.koploper.facts.Suggestions.closest(name, factors)
                    .map(f -> "; did you mean " + f + "?")
                    .orElse("")
                + " The rule set has "
                + String.join(", ", factors));
        return null;
      }
      if (!names.add(name)) {
        error(item, path + "[" + i + "]", "factor " + name + " is listed twice");
        return null;
      }
    }
    return new Expectation.FactorsAre(code, names);
  }

  private void order(Value node, String path, List<Expectation> all) {
    if (!node.isList() || node.items().isEmpty()) {
      error(node, path, "expected a list of pairs such as [[L4.FIRST, L3.SECOND]]");
      return;
    }
    for (int i = 0; i < node.items().size(); i++) {
      Value pair = node.items().get(i);
      String at = path + "[" + i + "]";
      if (!pair.isList() || pair.items().size() != 2) {
        error(pair, at, "expected a pair [higher, lower] of codes, got " + pair.describe());
        continue;
      }
      String first = code(pair.items().get(0), at + "[0]");
      String second = code(pair.items().get(1), at + "[1]");
      if (first != null && first.equals(second)) {
        error(pair, at, "a code cannot rank above itself");
      } else if (first != null && second != null) {
        all.add(new Expectation.RanksAbove(first, second));
      }
    }
  }

  private void lessonScores(Value node, String path, List<Expectation> all) {
    if (!node.isMapping()) {
      error(node, path, "expected a mapping of lessons (1 to 7) to a score range or unknown");
      return;
    }
    for (Map.Entry<String, Value> e : fields(node, path, null).entrySet()) {
      String at = path + "." + e.getKey();
      if (!e.getKey().matches("[1-7]")) {
        error(keyOf(node, e.getKey()), at, "expected a lesson number from 1 to 7");
        continue;
      }
      int lesson = Integer.parseInt(e.getKey());
      Value v = e.getValue();
      if (v.isScalar() && v.isPlain() && "unknown".equals(v.text())) {
        all.add(new Expectation.LessonScoreUnknown(lesson));
      } else {
        Expectation.Range range = range(v, at);
        if (range != null) {
          all.add(new Expectation.LessonScoreIn(lesson, range));
        }
      }
    }
  }

  /** {@code {min: a, max: b}} (either may be left out) or one number for an exact score. */
  private Expectation.Range range(Value node, String path) {
    String expected = "a score from 0 to 100 or a range {min: 50, max: 70}";
    if (node.isScalar()) {
      Double exact = number(node, path, expected);
      return exact == null ? null : new Expectation.Range(exact, exact);
    }
    if (!node.isMapping()) {
      error(node, path, "expected " + expected + ", got " + node.describe());
      return null;
    }
    Map<String, Value> f = fields(node, path, List.of("min", "max"));
    if (f.isEmpty()) {
      error(node, path, "expected min, max or both");
      return null;
    }
    // Boxed defaults: with a plain 0.0 the conditional would unbox number()'s null (found by
    // FuzzTest: {min: 1e9} threw a NullPointerException instead of being reported).
    Double min =
        f.containsKey("min") ? number(f.get("min"), path + ".min", expected) : Double.valueOf(0);
    Double max =
        f.containsKey("max") ? number(f.get("max"), path + ".max", expected) : Double.valueOf(100);
    if (min == null || max == null) {
      return null;
    }
    if (min > max) {
      error(node, path, "min " + min + " is above max " + max);
      return null;
    }
    return new Expectation.Range(min, max);
  }

  private Double number(Value node, String path, String expected) {
    String text = node.isScalar() && node.isPlain() ? node.text() : "";
    if (text.matches("-?[0-9]+(\\.[0-9]+)?")) {
      double value = new BigDecimal(text).doubleValue();
      if (value >= 0 && value <= 100) {
        return value;
      }
    }
    error(node, path, "expected " + expected + ", got " + node.describe());
    return null;
  }

  // ---- Codes -----------------------------------------------------------------------------------

  private List<String> codes(Value node, String path) {
    List<String> found = new ArrayList<>();
    if (!node.isList() || node.items().isEmpty()) {
      error(node, path, "expected a list of recommendation codes such as [L3.EARLY_RND_SUBSIDIES]");
      return found;
    }
    for (int i = 0; i < node.items().size(); i++) {
      String code = code(node.items().get(i), path + "[" + i + "]");
      if (code != null) {
        found.add(code);
      }
    }
    return found;
  }

  private String code(Value node, String path) {
    return code(node.isScalar() ? node.text() : null, node, path);
  }

  /** The code when it is one of the rule set's; else null, reported. */
  private String code(String code, Value at, String path) {
    if (code == null || !CODE.matcher(code).matches()) {
      error(
          at,
          path,
          "expected a recommendation code L<lesson>.<NAME> such as L3.EARLY_RND_SUBSIDIES, got "
              + at.describe());
      return null;
    }
    if (!codes.contains(code)) {
      String prefix = code.substring(0, 3);
      List<String> sameLesson = codes.stream().filter(c -> c.startsWith(prefix)).toList();
      error(
          at,
          path,
          code
              + " is no recommendation of the rule set"
              + (sameLesson.isEmpty()
                  ? ""
                  : "; lesson " + code.charAt(1) + " has " + String.join(", ", sameLesson)));
      return null;
    }
    return code;
  }

  // ---- Plumbing --------------------------------------------------------------------------------

  /**
   * A mapping's fields by key, reporting duplicates and (when {@code known} is given) unknown keys.
   */
  private Map<String, Value> fields(Value map, String path, List<String> known) {
    Map<String, Value> fields = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    for (YamlDocument.Field f : map.fields()) {
      String key = f.key().text();
      String at = path.isEmpty() ? key : path + "." + key;
      Integer first = lines.putIfAbsent(key, f.key().line());
      if (first != null) {
        error(f.key(), at, "duplicate key; '" + key + "' is already given at line " + first);
      } else if (known != null && !known.contains(key)) {
        error(f.key(), at, "unknown field; expected one of " + list(known));
      } else {
        fields.put(key, f.value());
      }
    }
    return fields;
  }

  private static Value keyOf(Value map, String key) {
    return map.fields().stream()
        .map(YamlDocument.Field::key)
        .filter(k -> key.equals(k.text()))
        .findFirst()
        .orElseThrow();
  }

  private String text(Value node, String path) {
    if (node == null) {
      return null;
    }
    String text = node.isScalar() ? node.text().strip() : "";
    if (text.isEmpty()) {
      error(node, path, "expected text, got " + node.describe());
      return null;
    }
    return text;
  }

  private static String list(List<String> names) {
    return String.join(", ", names);
  }

  private int errorsAt(String path) {
    return (int) errors.stream().filter(e -> e.path().startsWith(path)).count();
  }

  private void error(Value at, String path, String message) {
    found++;
    if (errors.size() < MAX_ERRORS) {
      errors.add(new FactError(shown, at.line(), at.column(), path, message));
    }
  }

  private InvalidPolicyTestException failure() {
    List<FactError> sorted = new ArrayList<>(errors);
    sorted.sort(Comparator.comparingInt(FactError::line).thenComparingInt(FactError::column));
    return new InvalidPolicyTestException(sorted);
  }
}
