package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples in the README and docs/commands.md are what the commands print. In a fenced block,
 * each line {@code $ java -jar target/koploper.jar ARGS} is run in process from the repository
 * root; the lines shown under it must appear in its output in that order, except lines cut with
 * "..." or "…"; a following {@code $ echo $?} gives its exit code. A file shown earlier in the
 * block with {@code $ cat NAME} is written to a temporary directory and named from there. A command
 * naming another file that is not in the repository, or run elsewhere ({@code cd /tmp && …}), is
 * skipped, and so is a block after a line {@code <!-- not run by DocumentedExamplesTest: why -->}.
 */
class DocumentedExamplesTest {
  private static final String PROMPT = "$ java -jar target/koploper.jar ";
  private static final Pattern FENCE = Pattern.compile("^```");

  @TempDir Path files;

  @Test
  void theReadmesOutputIsWhatAssessPrints() {
    List<Example> examples = examples(read("README.md"));
    assertTrue(
        examples.stream().anyMatch(e -> e.args().get(0).equals("assess")),
        "the README shows an assess run");
    examples.forEach(e -> check(e, files));
  }

  @Test
  void everyExampleOfTheCommandReferenceIsWhatTheCommandPrints() {
    List<Example> examples = examples(read("docs/commands.md"));
    List<String> shown = examples.stream().map(e -> e.args().get(0)).distinct().toList();
    for (String command :
        List.of("assess", "compare", "what-if", "explain", "sensitivity", "validate", "test")) {
      assertTrue(shown.contains(command), command + " has a checked example: " + shown);
    }
    assertTrue(
        examples.stream().anyMatch(e -> !e.files().isEmpty()),
        "an example with a file of its own is checked");
    examples.forEach(e -> check(e, files));
  }

  @Test
  void anExampleThatNoLongerMatchesIsCaught() {
    String doc =
        String.join(
            "\n",
            "```",
            "$ java -jar target/koploper.jar validate facts/denmark.yaml",
            "facts/denmark.yaml: valid (DK Danmark, 2020; 6 of 31 facts known)",
            "```",
            "");
    List<Example> examples = examples(doc);
    assertEquals(1, examples.size());
    AssertionError error = null;
    try {
      check(examples.get(0), files);
    } catch (AssertionError e) {
      error = e;
    }
    assertTrue(
        error != null && error.getMessage().contains("6 of 31 facts"), String.valueOf(error));
  }

  @Test
  void anExampleThatStillMatchesPassesWithItsExitCode() {
    String doc =
        String.join(
            "\n",
            "```",
            "$ java -jar target/koploper.jar validate facts/denmark.yaml",
            "facts/denmark.yaml: valid (DK Danmark, 2020; 5 of 31 facts known, 1 of them an estimate)",
            "$ echo $?",
            "0",
            "```",
            "");
    List<Example> examples = examples(doc);
    assertEquals(1, examples.size());
    assertEquals(0, examples.get(0).exitCode());
    check(examples.get(0), files);
  }

  @Test
  void aFileShownWithCatIsWrittenAndItsMistakesAreCheckedWhereItIsNamed() {
    String doc =
        String.join(
            "\n",
            "```",
            "$ cat bad.yaml",
            "schema: koploper/facts/v1",
            "region: {code: NL, name: Nederland}",
            "earlyFunding: {earlyRndSubsidies: PLENTY}",
            "$ java -jar target/koploper.jar validate bad.yaml",
            "bad.yaml:3:35: earlyFunding.earlyRndSubsidies: 'PLENTY' is not one of NONE, SCARCE,"
                + " AVAILABLE, BROAD",
            "$ echo $?",
            "2",
            "```",
            "");
    List<Example> examples = examples(doc);
    assertEquals(1, examples.size());
    assertEquals(List.of("bad.yaml"), List.copyOf(examples.get(0).files().keySet()));
    check(examples.get(0), files);
  }

  /**
   * One command of a block, the lines shown under it, the exit code shown (or -1), and the files
   * shown before it that it names (by name, with their text).
   */
  private record Example(
      List<String> args, List<String> shown, int exitCode, Map<String, String> files) {}

  private static void check(Example example, Path dir) {
    List<String> args = new ArrayList<>();
    for (String arg : example.args()) {
      if (example.files().containsKey(arg)) {
        try {
          Files.writeString(dir.resolve(arg), example.files().get(arg), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        arg = dir.resolve(arg).toString();
      }
      args.add(arg);
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));
    String prefix = dir + java.io.File.separator;
    List<String> printed =
        (run.out() + run.err()).replace(prefix, "").lines().map(String::stripTrailing).toList();
    int at = 0;
    for (String line : example.shown()) {
      int found = -1;
      for (int i = at; i < printed.size(); i++) {
        if (printed.get(i).equals(line.stripTrailing())) {
          found = i;
          break;
        }
      }
      assertTrue(
          found >= 0,
          "koploper "
              + String.join(" ", example.args())
              + " no longer prints, in this order:\n"
              + line
              + "\nIt prints:\n"
              + String.join("\n", printed));
      at = found + 1;
    }
    if (example.exitCode() >= 0) {
      assertEquals(example.exitCode(), run.exitCode(), String.join(" ", example.args()));
    }
  }

  private static List<Example> examples(String doc) {
    List<Example> examples = new ArrayList<>();
    List<String> lines = doc.lines().toList();
    boolean inBlock = false;
    boolean skipBlock = false;
    String previous = "";
    List<String> block = new ArrayList<>();
    for (String line : lines) {
      if (FENCE.matcher(line).find()) {
        if (inBlock && !skipBlock) {
          examples.addAll(examplesOf(block));
        }
        skipBlock = !inBlock && previous.startsWith("<!-- not run by DocumentedExamplesTest");
        inBlock = !inBlock;
        block.clear();
      } else if (inBlock) {
        block.add(line);
      }
      if (!line.isBlank()) {
        previous = line;
      }
    }
    return examples;
  }

  private static List<Example> examplesOf(List<String> block) {
    List<Example> examples = new ArrayList<>();
    Map<String, String> cat = new LinkedHashMap<>();
    for (int i = 0; i < block.size(); i++) {
      if (block.get(i).matches("\\$ cat [\\w.-]+")) {
        String name = block.get(i).substring("$ cat ".length());
        StringBuilder text = new StringBuilder();
        while (i + 1 < block.size() && !block.get(i + 1).startsWith("$ ")) {
          text.append(block.get(++i)).append('\n');
        }
        cat.put(name, text.toString());
        continue;
      }
      if (!block.get(i).startsWith(PROMPT)) {
        continue;
      }
      StringBuilder command = new StringBuilder(block.get(i).substring(PROMPT.length()));
      while (command.toString().endsWith("\\") && i + 1 < block.size()) {
        command.setLength(command.length() - 1);
        command.append(' ').append(block.get(++i).strip());
      }
      List<String> shown = new ArrayList<>();
      int exitCode = -1;
      while (i + 1 < block.size() && !block.get(i + 1).startsWith("$ ")) {
        String line = block.get(++i);
        if (!line.contains("...") && !line.contains("…") && !line.isBlank()) {
          shown.add(line);
        }
      }
      if (i + 2 < block.size() && block.get(i + 1).equals("$ echo $?")) {
        exitCode = Integer.parseInt(block.get(i + 2).strip());
        i += 2;
      }
      List<String> args = arguments(command.toString(), cat.keySet());
      if (args != null) {
        Map<String, String> named = new LinkedHashMap<>(cat);
        named.keySet().retainAll(args);
        examples.add(new Example(args, shown, exitCode, named));
      }
    }
    return examples;
  }

  /** The arguments as the shell gives them (globs expanded), or null when not in the repository. */
  private static List<String> arguments(String command, Set<String> shownFiles) {
    if (command.contains("'") || command.contains("\"") || command.contains(">")) {
      return null;
    }
    List<String> args = new ArrayList<>();
    for (String word : command.strip().split("\\s+")) {
      if (word.contains("*")) {
        args.addAll(glob(word));
      } else {
        if ((word.contains("/") || word.endsWith(".yaml") || word.endsWith(".json"))
            && !Files.exists(Path.of(word))
            && !shownFiles.contains(word)) {
          return null;
        }
        args.add(word);
      }
    }
    boolean namesAMissingDirectory =
        args.size() > 2
            && args.get(0).equals("rules")
            && !args.get(2).startsWith("-")
            && !Files.isDirectory(Path.of(args.get(2)));
    return namesAMissingDirectory ? null : args;
  }

  private static List<String> glob(String pattern) {
    Path dir = Path.of(pattern).getParent();
    String name = Path.of(pattern).getFileName().toString();
    Pattern regex =
        Pattern.compile(
            Arrays.stream(name.split("\\*", -1))
                .map(Pattern::quote)
                .reduce((a, b) -> a + ".*" + b)
                .orElse(""));
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> regex.matcher(f.getFileName().toString()).matches())
          .map(Path::toString)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
