package nl.koploper.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saturation, the time limit, the decision log and the metrics, each on its own server. */
class ServeLimitsTest {
  static final Path UNCERTAIN = Path.of("facts/uncertain/netherlands-uncertain.yaml");

  @Test
  void aFullQueueGives503WithRetryAfterAndTheOthersAreAnswered() throws Exception {
    try (Served s = Served.start(Served.config(null, 1, 1, Duration.ofSeconds(60), null))) {
      byte[] facts = Files.readAllBytes(UNCERTAIN);
      ExecutorService clients = Executors.newFixedThreadPool(8);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(
            clients.submit(
                () ->
                    s.post("/v1/sensitivity?samples=10000&seed=" + 1, "application/yaml", facts)));
      }
      int ok = 0;
      int busy = 0;
      for (Future<HttpResponse<String>> f : answers) {
        HttpResponse<String> r = f.get();
        if (r.statusCode() == 200) {
          ok++;
        } else {
          assertEquals(503, r.statusCode(), r.body());
          assertEquals("1", r.headers().firstValue("Retry-After").orElseThrow());
          assertTrue(r.body().contains("urn:koploper:problem:saturated"));
          busy++;
        }
      }
      clients.shutdown();
      assertTrue(ok >= 1 && busy >= 1, ok + " answered, " + busy + " refused");
      assertTrue(
          s.get("/metrics").body().contains("koploper_refusals_total{reason=\"saturated\"}"));
    }
  }

  @Test
  void rulesPastTheTimeLimitGive503AndTheServiceStaysUp() throws Exception {
    try (Served s = Served.start(Served.config(null, 1, 4, Duration.ofMillis(1), null))) {
      HttpResponse<String> r =
          s.post(
              "/v1/sensitivity?samples=10000", "application/yaml", Files.readAllBytes(UNCERTAIN));
      assertEquals(503, r.statusCode());
      assertTrue(r.body().contains("urn:koploper:problem:time-limit"), r.body());
      assertEquals(200, s.get("/healthz").statusCode());
    }
  }

  @Test
  void theDecisionLogHasOneLinePerDecisionAndNeverTheFacts(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("decisions.jsonl");
    try (Served s = Served.start(Served.config(null, 1, 4, Duration.ofSeconds(30), log))) {
      s.postYaml("/v1/assess?benchmark=BE-VLG&lang=nl", ServeApiTest.NL);
      s.post("/v1/assess", "application/yaml", "schema: nope".getBytes());
    }
    List<String> lines = Files.readAllLines(log);
    assertEquals(1, lines.size(), "an invalid file is no decision");
    String line = lines.get(0);
    String sha = Json.sha256(Files.readAllBytes(ServeApiTest.NL));
    assertTrue(line.contains("\"inputSha256\": \"" + sha + "\""), line);
    assertTrue(line.contains("\"endpoint\": \"assess\""));
    assertTrue(line.contains("\"benchmark\": \"BE-VLG\""));
    assertTrue(line.contains("\"language\": \"nl\""));
    assertTrue(line.contains("\"codes\": [\"L"), line);
    assertFalse(line.contains("Nederland"), "no fact of the input");
    assertFalse(line.contains("Janssen"), "no fact of the input");
  }

  @Test
  void theDecisionLogStaysWithinItsBoundByRotating(@TempDir Path dir) {
    Path file = dir.resolve("d.jsonl");
    DecisionLog log = new DecisionLog(file, 1000);
    for (int i = 0; i < 50; i++) {
      log.write("assess", "a".repeat(64), "b".repeat(64), null, "en", List.of("L1.X"), i);
    }
    log.close();
    assertTrue(file.toFile().length() <= 1000);
    assertTrue(dir.resolve("d.jsonl.1").toFile().length() <= 1000);
    assertTrue(file.toFile().length() > 0);
  }

  @Test
  void metricsCountRequestsByRouteAndStatusInPrometheusText() throws Exception {
    try (Served s = Served.start()) {
      s.postYaml("/v1/assess", ServeApiTest.NL);
      s.get("/nothing");
      HttpResponse<String> m = s.get("/metrics");
      assertEquals(200, m.statusCode());
      assertTrue(m.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
      String text = m.body();
      assertTrue(
          text.contains("koploper_http_requests_total{route=\"/v1/assess\",status=\"200\"} 1.0"),
          text);
      assertTrue(
          text.contains("koploper_http_requests_total{route=\"other\",status=\"404\"} 1.0"), text);
      assertTrue(
          text.contains("koploper_http_request_duration_seconds_bucket{route=\"/v1/assess\""));
      assertTrue(text.contains("koploper_assessments_total{endpoint=\"assess\"} 1.0"));
      assertTrue(text.contains("koploper_rules_queue_depth 0"), text);
    }
  }

  @Test
  void pastTheConnectionLimitANewcomerWaitsUntilAConnectionCloses() throws Exception {
    ServeConfig config = Served.config(null, 1, 4, Duration.ofSeconds(30), null);
    try (Served s = Served.start(config, 2);
        Socket first = new Socket(InetAddress.getLoopbackAddress(), s.server.port());
        Socket second = new Socket(InetAddress.getLoopbackAddress(), s.server.port())) {
      CompletableFuture<HttpResponse<String>> third =
          s.http.sendAsync(
              HttpRequest.newBuilder(s.uri("/healthz")).build(),
              HttpResponse.BodyHandlers.ofString());
      Thread.sleep(500);
      assertFalse(third.isDone(), "two connections are held: the third is not accepted yet");
      first.close();
      assertEquals(200, third.get(20, TimeUnit.SECONDS).statusCode());
    }
  }
}
