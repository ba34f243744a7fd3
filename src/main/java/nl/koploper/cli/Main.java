package nl.koploper.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The command line. {@link #run} takes its writers and returns the exit code, so every command is
 * tested in process; only {@link #main} exits.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs one command.
   *
   * @return the exit code: 0 success, 1 internal error, 2 usage error or invalid input, 3 invalid
   *     rule set
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    KoploperCommand root = new KoploperCommand();
    CommandLine cli =
        new CommandLine(root)
            .setOut(out)
            .setErr(err)
            .setCaseInsensitiveEnumValuesAllowed(false)
            .setExecutionExceptionHandler(
                (e, commandLine, parseResult) -> {
                  err.println("koploper: internal error: " + e);
                  if (root.verbose) {
                    e.printStackTrace(err);
                  } else {
                    err.println("(run again with --verbose for the stack trace)");
                  }
                  return ExitCodes.INTERNAL;
                });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
