package nl.koploper.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.koploper.problem.KoploperException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may use the service, and what a hostile client gets: DNS rebinding, CSRF, bad framing. */
class ServeSecurityTest {
  static Served served;

  @BeforeAll
  static void start() throws Exception {
    served = Served.start();
  }

  @AfterAll
  static void stop() throws Exception {
    served.close();
  }

  private String get(String host) throws Exception {
    return served.raw("GET /healthz HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
  }

  @Test
  void aHostOtherThanLoopbackAtThisPortIsRefused() throws Exception {
    int port = served.server.port();
    assertTrue(get("evil.example:" + port).startsWith("HTTP/1.1 403"));
    assertTrue(get("localhost").startsWith("HTTP/1.1 403"), "the port must match");
    assertTrue(get("localhost:" + (port + 1)).startsWith("HTTP/1.1 403"));
    assertTrue(get("127.0.0.1.evil.example:" + port).startsWith("HTTP/1.1 403"));
  }

  @Test
  void localhostAnd127001AndIpv6LoopbackAreServed() throws Exception {
    int port = served.server.port();
    for (String host : new String[] {"localhost:", "127.0.0.1:", "[::1]:"}) {
      String answer = get(host + port);
      assertTrue(answer.startsWith("HTTP/1.1 200"), host + " " + answer);
    }
  }

  @Test
  void aCrossSitePostIsRefusedAndASameOriginOneServed() throws Exception {
    byte[] facts = Files.readAllBytes(ServeApiTest.NL);
    String self = "http://localhost:" + served.server.port();
    HttpResponse<String> r =
        served.post("/v1/assess", "application/yaml", facts, "Origin", "http://evil.example");
    assertEquals(403, r.statusCode());
    assertTrue(r.body().contains("urn:koploper:problem:cross-site"));
    r = served.post("/v1/assess", "application/yaml", facts, "Origin", "null");
    assertEquals(403, r.statusCode(), "a sandboxed frame of any site sends Origin: null");
    r = served.post("/v1/assess", "application/yaml", facts, "Sec-Fetch-Site", "cross-site");
    assertEquals(403, r.statusCode());
    r = served.post("/v1/assess", "application/yaml", facts, "Sec-Fetch-Site", "same-site");
    assertEquals(403, r.statusCode(), "another port of localhost is another origin");
    r =
        served.post(
            "/v1/assess",
            "application/yaml",
            facts,
            "Origin",
            self,
            "Sec-Fetch-Site",
            "same-origin");
    assertEquals(200, r.statusCode());
  }

  @Test
  void ambiguousFramingGets400NeverAGuess() throws Exception {
    String both =
        "POST /v1/assess HTTP/1.1\r\nHost: localhost:"
            + served.server.port()
            + "\r\nContent-Type: application/yaml\r\nContent-Length: 5\r\n"
            + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n";
    assertTrue(served.raw(both).startsWith("HTTP/1.1 400"), "CL and TE together");
    String twoLengths =
        "POST /v1/assess HTTP/1.1\r\nHost: localhost:"
            + served.server.port()
            + "\r\nContent-Type: application/yaml\r\nContent-Length: 5\r\nContent-Length: 6\r\n"
            + "Connection: close\r\n\r\nhello!";
    assertTrue(served.raw(twoLengths).startsWith("HTTP/1.1 400"), "two lengths");
    String garbage = "GARBAGE\r\n\r\n";
    assertTrue(served.raw(garbage).startsWith("HTTP/1.1 400"));
  }

  @Test
  void anIdleConnectionIsClosedAndOthersAreServedMeanwhile() throws Exception {
    try (Socket idle = new Socket(InetAddress.getLoopbackAddress(), served.server.port())) {
      idle.getOutputStream()
          .write("POST /v1/assess HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
      assertEquals(200, served.get("/healthz").statusCode());
      idle.setSoTimeout(15_000);
      long start = System.nanoTime();
      InputStream in = idle.getInputStream();
      byte[] rest = in.readAllBytes();
      long seconds = (System.nanoTime() - start) / 1_000_000_000L;
      assertTrue(seconds < 15, "closed by the server within its idle timeout");
      assertTrue(rest.length == 0 || new String(rest).startsWith("HTTP/1.1 4"), new String(rest));
    }
  }

  @Test
  void theTokenIsRequiredWhenConfiguredAndComparedWhole() throws Exception {
    byte[] token = "0123456789abcdef0123".getBytes(StandardCharsets.US_ASCII);
    try (Served guarded = Served.start(Served.config(token, 1, 2, Duration.ofSeconds(30), null))) {
      assertEquals(401, guarded.get("/v1/benchmarks").statusCode());
      assertEquals(200, guarded.get("/healthz").statusCode());
      HttpResponse<String> ok =
          guarded.http.send(
              java.net.http.HttpRequest.newBuilder(guarded.uri("/v1/benchmarks"))
                  .header("Authorization", "Bearer 0123456789abcdef0123")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, ok.statusCode());
      HttpResponse<String> wrong =
          guarded.http.send(
              java.net.http.HttpRequest.newBuilder(guarded.uri("/v1/benchmarks"))
                  .header("Authorization", "Bearer 0123456789abcdef0124")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(401, wrong.statusCode());
      assertEquals("Bearer", wrong.headers().firstValue("WWW-Authenticate").orElseThrow());
    }
  }

  @Test
  void anAddressBeyondLoopbackIsRefusedWithoutATokenAndSaysWhy(@TempDir Path dir) throws Exception {
    KoploperException e =
        assertThrows(
            KoploperException.class, () -> ServeConfig.of("0.0.0.0", 0, null, null, null, 1));
    assertTrue(e.getMessage().contains("not a loopback address"), e.getMessage());
    Path token = dir.resolve("token");
    Files.writeString(token, "short\n");
    e =
        assertThrows(
            KoploperException.class, () -> ServeConfig.of("0.0.0.0", 0, null, null, token, 1));
    assertTrue(e.getMessage().contains("at least 16"), e.getMessage());
    Files.writeString(token, "a-long-enough-token-1234\n");
    assertTrue(ServeConfig.of("0.0.0.0", 0, null, null, token, 1).token() != null);
  }
}
