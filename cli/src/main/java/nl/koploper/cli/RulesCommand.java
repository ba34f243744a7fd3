package nl.koploper.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.koploper.api.Advisor;
import nl.koploper.api.RuleSetInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koploper rules}: work with rule sets. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = KoploperCommand.Version.class,
    description = "Work with rule sets.",
    subcommands = {RulesCommand.Check.class, RulesCommand.ListRules.class})
final class RulesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: check or list");
  }

  /** {@code koploper rules check [DIR]}: compiles a rule set and reports its errors. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      versionProvider = KoploperCommand.Version.class,
      description = "Compile a rule set and check its texts; every problem names file and line.")
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        arity = "0..1",
        paramLabel = "DIR",
        description =
            "The rule set directory (default: ./rules; where there is none, the bundled rules).")
    Path directory;

    @Override
    public Integer call() {
      Path checked = directory != null ? directory : ProjectRules.here().orElse(null);
      // Outside a project there is no ./rules: check what assess runs with, and say so.
      RuleSetInfo info =
          checked == null ? Advisor.bundled().ruleSet() : Advisor.fromDirectory(checked).ruleSet();
      String name = checked == null ? "bundled (no ./rules here)" : checked.toString();
      spec.commandLine()
          .getOut()
          .println(name + ": " + info.rules() + " rules compile; " + "sha256 " + info.sha256());
      return ExitCodes.OK;
    }
  }

  /** {@code koploper rules list [DIR]}: the whole policy at a glance. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      versionProvider = KoploperCommand.Version.class,
      description = "List every rule with its lesson, code, title and the facts it reads.")
  static final class ListRules implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        arity = "0..1",
        paramLabel = "DIR",
        description = "A rule set directory (default: the bundled rules).")
    Path directory;

    @picocli.CommandLine.Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "text",
        converter = Choices.TextOrJsonConverter.class,
        description = "text (default) or json.")
    Choices.Format format;

    @picocli.CommandLine.Option(
        names = "--lang",
        paramLabel = "LANG",
        defaultValue = "en",
        converter = Choices.LanguageConverter.class,
        description = "en (default) or nl, for the titles.")
    nl.koploper.api.Language language;

    @Override
    public Integer call() {
      Advisor advisor = directory == null ? Advisor.bundled() : Advisor.fromDirectory(directory);
      java.util.List<nl.koploper.api.RuleDescription> rules = advisor.rules(language);
      switch (format) {
        case TEXT ->
            spec.commandLine()
                .getOut()
                .print(nl.koploper.report.RuleCatalogueText.render(rules, language));
        case JSON ->
            spec.commandLine().getOut().print(nl.koploper.report.RuleCatalogueJson.render(rules));
        default -> throw new IllegalStateException("--format refuses " + format + " as it parses");
      }
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }
}
