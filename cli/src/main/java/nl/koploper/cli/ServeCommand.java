package nl.koploper.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.koploper.api.Advisor;
import nl.koploper.cli.serve.ServeConfig;
import nl.koploper.cli.serve.Service;
import nl.koploper.cli.serve.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code koploper serve}: the advisor as a web service and a web form, until SIGTERM. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = KoploperCommand.Version.class,
    description = {
      "Serve the advisor over HTTP: a JSON API (POST /v1/assess, /v1/what-if, /v1/explain, "
          + "/v1/sensitivity with a fact file as the body) and a web form at /.",
      "Binds to 127.0.0.1 by default; any other address needs --token-file. SIGTERM or Ctrl-C "
          + "lets the requests in flight finish, then exits 0."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "The address to listen on (default ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "The port to listen on, 0 for any free one (default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--benchmarks",
      paramLabel = "DIR",
      description = "A directory of benchmark fact files (default: the bundled example regions).")
  Path benchmarks;

  @Option(
      names = "--decision-log",
      paramLabel = "FILE",
      description = "Append one JSON line per decision to FILE (never the facts).")
  Path decisionLog;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "A file holding the bearer token every request must carry.")
  Path tokenFile;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "A rule set directory instead of the bundled rules (checked at start).")
  Path rules;

  @Option(
      names = "--workers",
      paramLabel = "N",
      defaultValue = "0",
      description = "Assessments run at once (default: the number of cores).")
  int workers;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ServeConfig config = ServeConfig.of(host, port, benchmarks, decisionLog, tokenFile, workers);
    Advisor advisor = rules == null ? Advisor.bundled() : Advisor.fromDirectory(rules);
    long begin = System.nanoTime();
    Service service = Service.start(advisor, config);
    long ready = System.nanoTime();
    try (WebServer server = WebServer.start(service, config)) {
      long listening = System.nanoTime();
      err.println(
          "koploper serve: listening on "
              + server.uri()
              + " (SIGTERM or Ctrl-C stops; rules ready in "
              + (ready - begin) / 1_000_000
              + " ms, HTTP server started in "
              + (listening - ready) / 1_000_000
              + " ms)");
      err.flush();
      server.awaitSignalAndDrain();
      err.println("koploper serve: stopped after the requests in flight finished");
    }
    return ExitCodes.OK;
  }
}
