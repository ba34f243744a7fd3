package nl.koploper.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/priority-model.md is the one table of the rules' numbers, each with its reason. This test
 * holds it against rules/*.drl both ways, by file: every number of the table occurs in the code of
 * the file it names, and every number in a rule's code occurs in the table for its file. It
 * compares numbers per file, not per use: two judgements that share a value in one file (30 points
 * and 30 days) are one match.
 */
class PriorityModelDocTest {
  private static final Path DOC = Path.of("docs/priority-model.md");
  private static final Path RULES = Path.of("rules");

  /**
   * Numbers that are arithmetic, not judgement: no and all (0, 1), the 0–100 scale, per million,
   * and the lesson a maturity indicator or the place a headline figure belongs to.
   */
  private static final List<String> ARITHMETIC = List.of("0", "1", "100", "1000000");

  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\w.$])(-\\s?)?(\\d+(?:\\.\\d+)?(?:e\\d+)?)(?![\\w.])");

  @Test
  void everyNumberOfTheTableIsInTheRulesAndEveryNumberOfTheRulesIsInTheTable() throws IOException {
    Map<String, String> drl = new TreeMap<>();
    try (Stream<Path> files = Files.list(RULES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
        drl.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    List<String> problems = check(Files.readString(DOC, StandardCharsets.UTF_8), drl);
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  @Test
  void aNumberOfTheRulesMissingFromTheTableIsReported() {
    String doc = "| A | B | C | D |\n|---|---|---|---|\n| Gap | 30 | `lesson-1-x.drl` | why |\n";
    Map<String, String> drl =
        Map.of("lesson-1-x.drl", "rule \"r\"\nwhen\n  X(v < 8)\nthen\n  f(30 + 30 * s);\nend\n");
    assertEquals(
        List.of("lesson-1-x.drl: 8 is in the rules but not in the table"), check(doc, drl));
  }

  @Test
  void aNumberOfTheTableMissingFromTheRulesIsReported() {
    String doc =
        "| A | B | C | D |\n|---|---|---|---|\n| Gap | 30 | `lesson-1-x.drl` | why |\n"
            + "| Years | 10 | `lesson-1-x.drl` | why |\n";
    Map<String, String> drl =
        Map.of(
            "lesson-1-x.drl",
            "// 10 years in a comment does not count\nrule \"r\"\n  @lesson(1)\nwhen\nthen\n"
                + "  f(30);\nend\n");
    assertEquals(
        List.of("lesson-1-x.drl: the table says 10 (Years), which its code does not have"),
        check(doc, drl));
  }

  @Test
  void aNegativeNumberMatchesOnlyItsSign() {
    String doc = "| A | B | C | D |\n|---|---|---|---|\n| Doubt | −10 | `shared.drl` | why |\n";
    Map<String, String> drl =
        Map.of("shared.drl", "rule \"r\"\nwhen\nthen\n  f(\"x\", 10);\nend\n");
    List<String> problems = check(doc, drl);
    assertTrue(
        problems.contains("shared.drl: 10 is in the rules but not in the table"),
        problems::toString);
  }

  /** What the table and the rules disagree on, one sentence each; empty when they agree. */
  static List<String> check(String doc, Map<String, String> drl) {
    Map<String, TreeSet<Double>> inRules = new TreeMap<>();
    drl.forEach((file, text) -> inRules.put(file, numbersInCode(text)));
    Map<String, TreeSet<Double>> inTable = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (String line : doc.split("\\R")) {
      String[] cells = line.split("\\|", -1);
      if (cells.length < 5 || !line.startsWith("|")) {
        continue;
      }
      List<Double> values = values(cells[2]);
      if (values == null) {
        continue;
      }
      for (String where : files(cells[3], drl.keySet())) {
        for (double v : values) {
          inTable.computeIfAbsent(where, k -> new TreeSet<>()).add(v);
          if (!inRules.getOrDefault(where, new TreeSet<>()).contains(v)) {
            problems.add(
                where
                    + ": the table says "
                    + shown(v)
                    + " ("
                    + cells[1].strip()
                    + "), which its code does not have");
          }
        }
      }
    }
    inRules.forEach(
        (file, numbers) -> {
          for (double v : numbers) {
            if (!inTable.getOrDefault(file, new TreeSet<>()).contains(v)) {
              problems.add(file + ": " + shown(v) + " is in the rules but not in the table");
            }
          }
        });
    return problems.stream().distinct().toList();
  }

  /** The numbers in a value cell ("30", "−10", "6, 7"), or null when it holds none. */
  private static List<Double> values(String cell) {
    String text = cell.strip().replace('−', '-');
    if (!text.matches("-?\\d+(\\.\\d+)?(,\\s*-?\\d+(\\.\\d+)?)*")) {
      return null;
    }
    List<Double> values = new ArrayList<>();
    for (String part : text.split(",\\s*")) {
      values.add(Double.parseDouble(part));
    }
    return values;
  }

  /**
   * The rule files a "where" cell names: {@code `shared.drl`}, or a pattern {@code lesson-*.drl}.
   */
  private static List<String> files(String cell, java.util.Set<String> all) {
    List<String> named = new ArrayList<>();
    Matcher m = Pattern.compile("`([^`]+\\.drl)`").matcher(cell);
    while (m.find()) {
      String glob = m.group(1);
      Pattern p = Pattern.compile(Pattern.quote(glob).replace("*", "\\E.*\\Q"));
      all.stream().filter(f -> p.matcher(f).matches()).sorted().forEach(named::add);
    }
    return named;
  }

  /**
   * The numbers in a DRL file's code: without comments, string literals, metadata, rule names and
   * the arithmetic of {@link #ARITHMETIC}; the lesson of a {@code Maturity} and the place of a
   * {@code Headline} are positions, not judgement.
   */
  static TreeSet<Double> numbersInCode(String drl) {
    TreeSet<Double> numbers = new TreeSet<>();
    for (String raw : drl.split("\\R")) {
      String code = raw.replaceFirst("//.*", "").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
      String trimmed = code.strip();
      if (trimmed.startsWith("@") || trimmed.startsWith("rule ")) {
        continue;
      }
      code = code.replaceAll("new Maturity\\(\\d+", "new Maturity(");
      code = code.replaceAll("Headline\\.of\\(\\d+", "Headline.of(");
      Matcher m = NUMBER.matcher(code);
      while (m.find()) {
        double v = Double.parseDouble(m.group(2));
        if (ARITHMETIC.contains(m.group(2)) || v == 1e6) {
          continue;
        }
        numbers.add(m.group(1) == null ? v : -v);
      }
    }
    return numbers;
  }

  private static String shown(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
