package nl.koploper.cli.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.koploper.problem.KoploperException;
import nl.koploper.problem.Problem;

/**
 * How the service runs: where it listens, what it serves, and its limits.
 *
 * @param host the address to bind
 * @param port the port, 0 for any free one
 * @param benchmarks a directory of benchmark fact files, or null for the bundled example regions
 * @param decisionLog the JSON Lines file to append decisions to, or null for none
 * @param token the bearer token every request must carry, or null (loopback only)
 * @param workers how many assessments run at once
 * @param queue how many assessments may wait for a worker before the service answers 503
 * @param ruleTimeLimit how long one request's rules may run before it gets 503
 * @param idleTimeout how long a connection may be idle (or a slow client silent) before it closes
 * @param drainTime how long SIGTERM waits for requests in flight
 */
public record ServeConfig(
    InetAddress host,
    int port,
    Path benchmarks,
    Path decisionLog,
    byte[] token,
    int workers,
    int queue,
    Duration ruleTimeLimit,
    Duration idleTimeout,
    Duration drainTime) {

  /** The largest request body: a fact file is at most 1 MiB, as the loader says. */
  public static final int MAX_BODY = 1 << 20;

  /** A token shorter than this is refused: it could be guessed. */
  static final int MIN_TOKEN_LENGTH = 16;

  public ServeConfig {
    if (port < 0 || port > 65_535) {
      throw invalid("--port must be from 0 to 65535, not " + port);
    }
    if (workers < 1 || queue < 0) {
      throw invalid("--workers must be at least 1");
    }
    if (token == null && !host.isLoopbackAddress()) {
      throw invalid(
          "refusing to listen on "
              + host.getHostAddress()
              + ": it is not a loopback address, so other machines could use the service;"
              + " give --token-file FILE with a bearer token every request must carry, or"
              + " listen on 127.0.0.1 (the default)");
    }
  }

  /**
   * The configuration of the command line's options, with the default limits.
   *
   * @throws KoploperException (invalid argument) naming the option that cannot be used
   */
  public static ServeConfig of(
      String host, int port, Path benchmarks, Path decisionLog, Path tokenFile, int workers) {
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw invalid("--host " + host + ": not an address of this machine");
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int n = workers > 0 ? workers : cores;
    return new ServeConfig(
        address,
        port,
        benchmarks,
        decisionLog,
        tokenFile == null ? null : readToken(tokenFile),
        n,
        4 * n,
        Duration.ofSeconds(10),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30));
  }

  private static byte[] readToken(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw invalid("--token-file " + file + ": cannot read it: " + e.getMessage());
    }
    if (text.length() < MIN_TOKEN_LENGTH || text.chars().anyMatch(c -> c <= ' ' || c > '~')) {
      throw invalid(
          "--token-file "
              + file
              + ": the token must be at least "
              + MIN_TOKEN_LENGTH
              + " printable ASCII characters without spaces");
    }
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static KoploperException invalid(String message) {
    return new KoploperException(List.of(Problem.of(Problem.Code.INVALID_ARGUMENT, message)));
  }
}
