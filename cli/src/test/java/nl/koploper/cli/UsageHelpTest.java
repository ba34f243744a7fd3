package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code --help} and a mistyped option tell the user. */
class UsageHelpTest {
  /** Every command as {@link Main} registers it, by the arguments that reach it. */
  private static final Map<String, Object> COMMANDS =
      Map.ofEntries(
          Map.entry("assess", new AssessCommand()),
          Map.entry("compare", new CompareCommand()),
          Map.entry("what-if", new WhatIfCommand()),
          Map.entry("explain", new ExplainCommand()),
          Map.entry("sensitivity", new SensitivityCommand()),
          Map.entry("validate", new ValidateCommand()),
          Map.entry("test", new TestCommand()),
          Map.entry("rules check", new RulesCommand.Check()),
          Map.entry("rules list", new RulesCommand.ListRules()));

  @ParameterizedTest
  @ValueSource(strings = {"what-if", "explain"})
  void theHelpOfACommandThatWritesTextJsonOrHtmlOffersOnlyThose(String command) {
    CliRun run = CliRun.of(help(command));
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out().matches("(?s).*--format=FORMAT +text \\(default\\), json or html\\.\n.*"),
        run.out());
    for (String refused : List.of("markdown", "csv")) {
      assertFalse(run.out().contains(refused), refused + " in\n" + run.out());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sensitivity", "rules list"})
  void theHelpOfACommandThatWritesTextOrJsonOffersOnlyThose(String command) {
    CliRun run = CliRun.of(help(command));
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out().matches("(?s).*--format=FORMAT +text \\(default\\) or json\\.\n.*"), run.out());
    for (String refused : List.of("markdown", "csv", "html")) {
      assertFalse(run.out().contains(refused), refused + " in\n" + run.out());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"assess", "compare"})
  void theHelpOfACommandThatWritesEveryFormatOffersThemAll(String command) {
    CliRun run = CliRun.of(help(command));
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out().contains("--format=FORMAT") && run.out().contains("markdown, csv or html."),
        run.out());
  }

  @Test
  void noHelpBreaksALineInsideAWord() {
    for (Map.Entry<String, Object> command : COMMANDS.entrySet()) {
      String shown = CliRun.of(help(command.getKey())).out();
      for (String word : words(new CommandLine(command.getValue()).getCommandSpec())) {
        assertTrue(
            shown.contains(word),
            "'" + word + "' is broken in koploper " + command.getKey() + "\n" + shown);
      }
    }
    String rules = CliRun.of("rules", "--help").out();
    for (Object command : List.of(new RulesCommand.Check(), new RulesCommand.ListRules())) {
      for (String word :
          words(new CommandLine(command).getCommandSpec().usageMessage().description()[0])) {
        assertTrue(
            rules.contains(word), "'" + word + "' is broken in koploper rules --help\n" + rules);
      }
    }
    String root = CliRun.of("--help").out();
    for (Object command : COMMANDS.values()) {
      CommandSpec spec = new CommandLine(command).getCommandSpec();
      if (!spec.name().equals("check") && !spec.name().equals("list")) {
        for (String word : words(spec.usageMessage().description()[0])) {
          assertTrue(root.contains(word), "'" + word + "' is broken in koploper --help\n" + root);
        }
      }
    }
  }

  @Test
  void aHelpLineBrokenInsideAWordIsCaught() {
    // The check above against a text picocli wraps after a dot: it must see the break.
    CommandSpec spec = CommandSpec.create().name("x");
    spec.addOption(
        CommandLine.Model.OptionSpec.builder("--set")
            .paramLabel("PATH=VALUE")
            .type(String.class)
            .description(
                "A fact to change, such as earlyFunding.earlyRndSubsidies=BROAD; repeatable.")
            .build());
    String shown = new CommandLine(spec).getUsageMessage();
    assertFalse(shown.contains("earlyFunding.earlyRndSubsidies=BROAD;"), shown);
    assertTrue(words(spec).contains("earlyFunding.earlyRndSubsidies=BROAD;"));
  }

  @Test
  void rulesListRefusesAFormatItDoesNotWriteNamingOnlyThoseItDoes() {
    CliRun run = CliRun.of("rules", "list", "--format", "html");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(
        run.err()
            .startsWith("Invalid value for option '--format': 'html' is not one of text, json\n"),
        run.err());
  }

  @Test
  void rulesListStillWritesJson() {
    CliRun run = CliRun.of("rules", "list", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{"), run.out());
  }

  @Test
  void anOptionWithTwoLettersSwappedGetsTheOptionItWasMeantToBe() {
    CliRun run = CliRun.of("assess", "facts/netherlands.yaml", "--fromat", "json");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals("Unknown options: '--fromat', 'json'\nPossible solutions: --format\n", run.err());
  }

  @Test
  void anOptionWithItsValueAfterAnEqualsSignGetsASuggestionToo() {
    CliRun run = CliRun.of("rules", "list", "--fromat=json");
    assertEquals(2, run.exitCode());
    assertEquals("Unknown option: '--fromat=json'\nPossible solutions: --format\n", run.err());
  }

  @Test
  void picocliKeepsItsOwnSuggestionForAnOptionThatStartsRight() {
    CliRun run = CliRun.of("assess", "facts/netherlands.yaml", "--benchmrk", "facts/flanders.yaml");
    assertEquals(2, run.exitCode());
    assertEquals(
        "Unknown options: '--benchmrk', 'facts/flanders.yaml'\nPossible solutions: --benchmark\n",
        run.err());
  }

  @Test
  void anOptionLikeNoneGetsTheUsageInsteadOfAGuess() {
    CliRun run = CliRun.of("assess", "facts/netherlands.yaml", "--colour");
    assertEquals(2, run.exitCode());
    assertFalse(run.err().contains("Possible solutions"), run.err());
    assertTrue(
        run.err().startsWith("Unknown option: '--colour'\nUsage: koploper assess"), run.err());
  }

  private static String[] help(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    return args.toArray(String[]::new);
  }

  /** Every word the help of a command shows: its description and those of its arguments. */
  private static List<String> words(CommandSpec spec) {
    List<String> words = new ArrayList<>();
    for (String line : spec.usageMessage().description()) {
      words.addAll(words(line));
    }
    for (ArgSpec arg : spec.args()) {
      for (String line : arg.description()) {
        words.addAll(words(line));
      }
    }
    return words;
  }

  private static List<String> words(String text) {
    return List.of(text.replace("%%", "%").replace("%n", " ").trim().split("\\s+"));
  }
}
