package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Dutch output has no English left in it. The English words to look for are the catalogues' own:
 * every word of the English texts (rules/texts.en.properties and the reports' messages_en) that the
 * Dutch texts never use. Names that stay as they are in Dutch (institutions, programmes) are
 * listed, with why; identifiers (fact paths, codes) are not words.
 */
class DutchOutputTest {
  private static final Path EN_TEXTS = Path.of("rules/texts.en.properties");
  private static final Path NL_TEXTS = Path.of("rules/texts.nl.properties");
  private static final Path EN_MESSAGES =
      Path.of("library/src/main/resources/nl/koploper/report/messages_en.properties");
  private static final Path NL_MESSAGES =
      Path.of("library/src/main/resources/nl/koploper/report/messages_nl.properties");

  /**
   * English words a Dutch reader meets in proper names: of institutions and programmes (Flanders
   * Investment &amp; Trade, Technology Transfer Offices, KU Leuven Research &amp; Development, the
   * Industrial PhD programme, Innovation Fund Denmark's name is given in Danish), and the life
   * sciences, which Dutch writes in English.
   */
  private static final Set<String> NAMES =
      Set.of(
          "flanders",
          "investment",
          "trade",
          "technology",
          "transfer",
          "offices",
          "research",
          "development",
          "industrial",
          "life",
          "sciences",
          "health",
          "holland",
          "prime");

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");

  @Test
  void dutchOutputOfEveryCommandHasNoEnglishWordOfTheCatalogues() throws IOException {
    Set<String> english = englishOnlyWords();
    String nl = "facts/netherlands.yaml";
    String vl = "facts/flanders.yaml";
    List<List<String>> commands =
        List.of(
            List.of("assess", nl, "--benchmark", vl, "--lang", "nl"),
            List.of("assess", nl, "--benchmark", vl, "--lang", "nl", "--format", "markdown"),
            List.of("assess", nl, "--benchmark", vl, "--lang", "nl", "--format", "html"),
            List.of("assess", nl, "--benchmark", vl, "--lang", "nl", "--format", "csv"),
            List.of("assess", nl, "--lang", "nl", "--actor", "regional"),
            List.of(
                "assess", "library/src/test/resources/facts/valid/minimal.yaml", "--lang", "nl"),
            List.of("compare", nl, vl, "--lang", "nl"),
            List.of("explain", nl, "L4.PATIENT_PUBLIC_CAPITAL", "--benchmark", vl, "--lang", "nl"),
            List.of(
                "explain",
                nl,
                "L4.PATIENT_PUBLIC_CAPITAL",
                "--benchmark",
                vl,
                "--lang",
                "nl",
                "--format",
                "html"),
            List.of(
                "what-if",
                nl,
                "--set",
                "earlyFunding.earlyRndSubsidies=AVAILABLE",
                "--benchmark",
                vl,
                "--lang",
                "nl",
                "--format",
                "html"),
            List.of(
                "what-if",
                nl,
                "--set",
                "earlyFunding.earlyRndSubsidies=AVAILABLE",
                "--benchmark",
                vl,
                "--lang",
                "nl"),
            List.of("rules", "list", "--lang", "nl"));
    StringBuilder found = new StringBuilder();
    for (List<String> command : commands) {
      CliRun run = CliRun.of(command.toArray(String[]::new));
      assertEquals(0, run.exitCode(), command + ": " + run.err());
      Set<String> leaks = englishIn(run.out(), english);
      if (!leaks.isEmpty()) {
        found.append(String.join(" ", command)).append(": ").append(leaks).append('\n');
      }
    }
    assertEquals("", found.toString());
  }

  @Test
  void anEnglishSentenceInDutchOutputIsFound() throws IOException {
    Set<String> leaks =
        englishIn("Regel: Recommend patient public capital where it is scarce", englishOnlyWords());
    assertTrue(leaks.containsAll(List.of("patient", "where", "scarce")), leaks::toString);
  }

  @Test
  void dutchTextWithFactPathsCodesAndNamesIsClean() throws IOException {
    String text =
        "Onderbouwing: financingChain.patientPublicCapital = laag (L4.PATIENT_PUBLIC_CAPITAL);"
            + " Flanders Investment & Trade presenteert de life sciences.";
    assertEquals(Set.of(), englishIn(text, englishOnlyWords()));
  }

  /** Words of the English texts that the Dutch texts never use. */
  private static Set<String> englishOnlyWords() throws IOException {
    Set<String> english = words(read(EN_TEXTS) + "\n" + read(EN_MESSAGES));
    english.removeAll(words(read(NL_TEXTS) + "\n" + read(NL_MESSAGES)));
    english.removeAll(NAMES);
    english.removeIf(w -> w.length() < 3);
    return english;
  }

  /** The values of a properties file, without keys and comments. */
  private static String read(Path file) throws IOException {
    StringBuilder values = new StringBuilder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int eq = line.indexOf('=');
      if (!line.startsWith("#") && eq > 0) {
        values.append(line.substring(eq + 1)).append('\n');
      }
    }
    return values.toString();
  }

  private static Set<String> words(String text) {
    Set<String> words = new TreeSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /**
   * The English words in an output, after taking out markup, fact paths, codes and file names, and
   * the lines that quote facts in the fact files' own notation: rows of fact values ({@code
   * financingChain.patientPublicCapital LOW HIGH}), changes ({@code LOW → MEDIUM}) and the commands
   * that make them ({@code $ koploper what-if … --set …=MEDIUM}), which a reader types; in HTML,
   * the table rows and list items that open with a fact path, and whatever is set as code.
   */
  static Set<String> englishIn(String output, Set<String> english) {
    String text =
        output
            .replaceAll("(?m)^\\s*\\$ .*$", " ")
            .replaceAll("(?m)^\\s*(\\d+\\.\\s+)?[a-z]\\w*\\.\\w+\\s.*$", " ")
            .replaceAll("(?s)<style>.*?</style>", " ")
            // the same in HTML: rows and list items that open with a fact path, and code
            .replaceAll("(?m)^<(tr><th scope=\"row\"|li)><code>[a-z]\\w*\\.\\w+</code>.*$", " ")
            .replaceAll("<code>[^<]*</code>", " ")
            .replaceAll("<[^>]*>", " ")
            .replaceAll("\\b[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+\\b", " ");
    Set<String> leaks = new TreeSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (english.contains(word)) {
        leaks.add(word);
      }
    }
    return leaks;
  }
}
