package nl.koploper.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import nl.koploper.api.Advisor;

/** A real service on a free loopback port, and the ways tests talk to it. */
final class Served implements AutoCloseable {
  final ServeConfig config;
  final Service service;
  final WebServer server;
  final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  private Served(ServeConfig config, int maxConnections) throws Exception {
    this.config = config;
    this.service = Service.start(Advisor.bundled(), config);
    this.server = WebServer.start(service, config, maxConnections);
  }

  static Served start() throws Exception {
    return start(config(null, 2, 8, Duration.ofSeconds(30), null));
  }

  static Served start(ServeConfig config) throws Exception {
    return new Served(config, WebServer.MAX_CONNECTIONS);
  }

  static Served start(ServeConfig config, int maxConnections) throws Exception {
    return new Served(config, maxConnections);
  }

  static ServeConfig config(
      byte[] token, int workers, int queue, Duration ruleTimeLimit, Path decisionLog)
      throws IOException {
    return new ServeConfig(
        InetAddress.getLoopbackAddress(),
        0,
        null,
        decisionLog,
        token,
        workers,
        queue,
        ruleTimeLimit,
        Duration.ofSeconds(2),
        Duration.ofSeconds(20));
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + server.port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> post(String pathAndQuery, String type, byte[] body, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(pathAndQuery))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> postYaml(String pathAndQuery, Path facts) throws Exception {
    return post(pathAndQuery, "application/yaml", java.nio.file.Files.readAllBytes(facts));
  }

  /** Sends raw bytes (headers HttpClient will not send, broken framing) and reads the answer. */
  String raw(String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
