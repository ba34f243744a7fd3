package nl.koploper.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.koploper.api.Advisor;
import nl.koploper.facts.Facts;
import nl.koploper.facts.Region;
import nl.koploper.problem.KoploperException;
import nl.koploper.problem.Problem;
import picocli.CommandLine;

/**
 * The command line. {@link #run} takes its writers and returns the exit code, so every command is
 * tested in process; only {@link #main} exits.
 */
public final class Main {
  /** The subcommands, in the order help lists them. */
  private static final List<String> COMMANDS =
      List.of(
          "assess",
          "compare",
          "what-if",
          "explain",
          "sensitivity",
          "validate",
          "rules",
          "test",
          "serve");

  /** The commands that assess with the rules: worth a warm-up thread and the relaunch. */
  static final List<String> ASSESSING =
      List.of("assess", "compare", "what-if", "explain", "sensitivity");

  private static Object command(String name) {
    switch (name) {
      case "assess":
        return new AssessCommand();
      case "compare":
        return new CompareCommand();
      case "what-if":
        return new WhatIfCommand();
      case "sensitivity":
        return new SensitivityCommand();
      case "explain":
        return new ExplainCommand();
      case "validate":
        return new ValidateCommand();
      case "test":
        return new TestCommand();
      case "serve":
        return new ServeCommand();
      default:
        return new RulesCommand();
    }
  }

  /** Set by {@link #main} when the bundled rules are being warmed up on a second thread. */
  private static volatile Thread warmUp;

  private Main() {}

  /** Runs the CLI in this JVM; {@link Launcher} decides first whether to relaunch. */
  public static void main(String[] args) {
    watchRuleTimeLimit();
    if (usesBundledRules(args)) {
      warmUpInBackground();
    }
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * The backstop of the rules' time limit: Java cannot stop a thread stuck inside one call, so a
   * run of the rules still going a second past its limit ends the process, with exit 3 and the rule
   * named. Nothing has been written then: results are written whole, after the rules ran.
   */
  private static void watchRuleTimeLimit() {
    Thread watchdog =
        new Thread(
            () -> {
              while (true) {
                try {
                  Thread.sleep(200);
                } catch (InterruptedException e) {
                  return;
                }
                Advisor.overdueRun(java.time.Duration.ofSeconds(1))
                    .ifPresent(
                        late -> {
                          System.err.println("koploper: " + late);
                          System.err.flush();
                          Runtime.getRuntime().halt(ExitCodes.INVALID_RULES);
                        });
              }
            },
            "koploper-rule-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  /** Whether the command will assess with the bundled rules (not with {@code --rules DIR}). */
  static boolean usesBundledRules(String[] args) {
    return args.length > 0
        && ASSESSING.contains(args[0])
        && !List.of(args).contains("--help")
        && List.of(args).stream().noneMatch(a -> a.equals("--rules") || a.startsWith("--rules="));
  }

  /**
   * Builds the bundled rule base and runs it once on an empty region on a second thread, while the
   * main thread parses the arguments and reads the fact files: on two cores this takes most of the
   * rule engine's start-up off the critical path. The result is discarded; the real assessment runs
   * on the main thread as always, so output never depends on it.
   */
  private static void warmUpInBackground() {
    Thread thread =
        new Thread(
            () -> {
              try {
                Advisor.bundled()
                    .assess(
                        new Facts(
                            null,
                            new Region("XX", "warm-up", null, null),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
              } catch (RuntimeException ignored) {
                // the main thread builds the advisor again and reports any problem itself
              }
            },
            "koploper-warm-up");
    thread.setDaemon(true);
    thread.start();
    warmUp = thread;
  }

  /**
   * Waits for the warm-up, if one runs, so that the real assessment does not load the rule engine's
   * classes in parallel with it.
   */
  static void awaitWarmUp() {
    Thread thread = warmUp;
    if (thread != null) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The one place where a command's failure reaches the user: every problem of a {@link
   * KoploperException} on a line of its own ({@code file:line:col: path: message}; a problem in no
   * file is prefixed with the command), anything else as an internal error, with its stack trace
   * only under {@code --verbose}.
   */
  private static void report(Exception e, String command, boolean verbose, PrintWriter err) {
    if (e instanceof KoploperException k) {
      for (Problem problem : k.problems()) {
        err.println(problem.file().isEmpty() ? "koploper " + command + ": " + problem : problem);
      }
    } else {
      err.println("koploper: internal error: " + e);
    }
    if (verbose) {
      e.printStackTrace(err);
    } else if (!(e instanceof KoploperException)) {
      err.println("(run again with --verbose for the stack trace)");
    }
  }

  /**
   * Runs one command.
   *
   * @return the exit code: 0 success, 1 internal error, 2 usage error or invalid input, 3 invalid
   *     rule set
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    KoploperCommand root = new KoploperCommand();
    CommandLine cli = new CommandLine(root);
    cli.setParameterExceptionHandler(new NearOptions(cli.getParameterExceptionHandler()));
    // Picocli reflects on every command it is given; building only the one asked for saves a
    // noticeable part of start-up. Help, typos and root options get them all.
    String first = args.length > 0 ? args[0] : "";
    for (String name : COMMANDS) {
      if (!COMMANDS.contains(first) || name.equals(first)) {
        cli.addSubcommand(name, command(name));
      }
    }
    ExitCodes exitCodes = new ExitCodes();
    cli.setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(false)
        .setExitCodeExceptionMapper(exitCodes)
        .setExecutionExceptionHandler(
            (e, commandLine, parseResult) -> {
              report(e, commandLine.getCommandName(), root.verbose, err);
              return exitCodes.getExitCode(e);
            });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
