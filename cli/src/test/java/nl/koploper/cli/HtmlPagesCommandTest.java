package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code explain --format html} and {@code what-if --format html}, in process. */
class HtmlPagesCommandTest {
  private static final String NL = "facts/netherlands.yaml";
  private static final String VL = "facts/flanders.yaml";
  private static final String CODE = "L3.EARLY_RND_SUBSIDIES";
  private static final String SET = "earlyFunding.earlyRndSubsidies=BROAD";

  private static String[] explain(String... more) {
    List<String> args = new ArrayList<>(List.of("explain", NL, CODE, "--benchmark", VL));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private static String[] whatIf(String... more) {
    List<String> args = new ArrayList<>(List.of("what-if", NL, "--set", SET, "--benchmark", VL));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void explainWritesAPageWhoseCommandsAreTheJsonsWhatIfCommands() {
    CliRun html = CliRun.of(explain("--format", "html"));
    assertEquals(0, html.exitCode(), html.err());
    assertEquals("", html.err());
    assertTrue(html.out().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html.out());
    assertTrue(html.out().endsWith("</main>\n</body>\n</html>\n"));
    CliRun json = CliRun.of(explain("--format", "json"));
    List<String> inJson = all("\"(koploper what-if [^\"]*)\"", json.out());
    List<String> inHtml = new ArrayList<>();
    for (String command : all("<strong>Command:</strong> <code>([^<]*)</code>", html.out())) {
      inHtml.add(command.replace("&#39;", "'").replace("&amp;", "&"));
    }
    assertFalse(inJson.isEmpty());
    assertEquals(inJson, inHtml);
  }

  @Test
  void whatIfWritesAPageWithTheTextsDifference() {
    CliRun html = CliRun.of(whatIf("--format", "html", "--lang", "nl"));
    assertEquals(0, html.exitCode(), html.err());
    assertTrue(html.out().startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"), html.out());
    assertTrue(html.out().contains("<h1>Koploper wat-als: Nederland"), html.out());
    assertTrue(html.out().contains("<span aria-hidden=\"true\">-</span> vervallen</span></td>"));
  }

  @ParameterizedTest(name = "{0} --format html --output writes the file whole and nothing else")
  @ValueSource(strings = {"explain", "what-if"})
  void htmlGoesToTheOutputFileAndNothingToStandardOutput(String command, @TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("page.html");
    String[] args =
        command.equals("explain")
            ? explain("--format", "html", "--output", out.toString())
            : whatIf("--format", "html", "--output", out.toString());
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    String onStdout =
        CliRun.of(
                command.equals("explain")
                    ? explain("--format", "html")
                    : whatIf("--format", "html"))
            .out();
    assertEquals(onStdout, Files.readString(out, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0} refuses csv and markdown with exit 2, writing nothing")
  @ValueSource(strings = {"explain", "what-if"})
  void formatsItDoesNotWriteAreUsageErrorsThatWriteNothing(String command, @TempDir Path dir) {
    for (String format : List.of("csv", "markdown")) {
      Path out = dir.resolve("page." + format);
      String[] args =
          command.equals("explain")
              ? explain("--format", format, "--output", out.toString())
              : whatIf("--format", format, "--output", out.toString());
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode(), run.err());
      assertEquals("", run.out());
      assertEquals(
          "koploper " + command + ": --format is text, json or html, not " + format + "\n",
          run.err());
      assertFalse(Files.exists(out), "nothing written");
    }
  }

  @Test
  void anUnknownFormatIsAUsageErrorNamingTheFormats() {
    CliRun run = CliRun.of(explain("--format", "pdf"));
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("'pdf' is not one of"), run.err());
  }

  @Test
  void sensitivityStillWritesOnlyTextOrJson() {
    CliRun run =
        CliRun.of(
            "sensitivity",
            "facts/uncertain/netherlands-uncertain.yaml",
            "--samples",
            "10",
            "--format",
            "html");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("--format is text or json, not html"), run.err());
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    assertEquals(
        CliRun.of(explain("--format", "html", "--lang", "nl")).out(),
        CliRun.of(explain("--format", "html", "--lang", "nl")).out());
    assertEquals(
        CliRun.of(whatIf("--format", "html")).out(), CliRun.of(whatIf("--format", "html")).out());
  }

  private static List<String> all(String regex, String text) {
    Matcher m = Pattern.compile(regex).matcher(text);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
