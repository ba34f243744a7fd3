package nl.koploper.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.koploper.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/** The JSON API on a real server: the CLI's bytes, and every error as a problem document. */
class ServeApiTest {
  static final Path NL = Path.of("facts/netherlands.yaml");
  static final Path FLANDERS = Path.of("facts/flanders.yaml");
  static Served served;

  @BeforeAll
  static void start() throws Exception {
    served = Served.start();
  }

  @AfterAll
  static void stop() throws Exception {
    served.close();
  }

  static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    return out.toString();
  }

  static Map<String, Object> json(String text) {
    return new Json().toType(text, Json.MAP_TYPE);
  }

  @Test
  void assessGivesTheCliBytesForTheNetherlandsAgainstFlandersInJsonAndText() throws Exception {
    for (String format : List.of("json", "text")) {
      String expected =
          cli("assess", NL.toString(), "--benchmark", FLANDERS.toString(), "--format", format);
      HttpResponse<String> r = served.postYaml("/v1/assess?benchmark=BE-VLG&format=" + format, NL);
      assertEquals(200, r.statusCode());
      assertEquals(expected, r.body(), format);
      assertEquals(
          format.equals("json") ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
          r.headers().firstValue("Content-Type").orElseThrow());
    }
  }

  @Test
  void assessInDutchDiffersFromEnglishAndEqualsTheCli() throws Exception {
    String expected = cli("assess", NL.toString(), "--lang", "nl");
    HttpResponse<String> r = served.postYaml("/v1/assess?lang=nl", NL);
    assertEquals(expected, r.body());
    assertFalse(r.body().equals(served.postYaml("/v1/assess", NL).body()));
  }

  @Test
  void whatIfExplainAndSensitivityGiveTheCliBytes() throws Exception {
    assertEquals(
        cli(
            "what-if",
            NL.toString(),
            "--set",
            "earlyFunding.earlyRndSubsidies=BROAD",
            "--format",
            "json"),
        served
            .postYaml("/v1/what-if?format=json&set=earlyFunding.earlyRndSubsidies%3DBROAD", NL)
            .body());
    assertEquals(
        cli(
            "sensitivity",
            "facts/uncertain/netherlands-uncertain.yaml",
            "--samples",
            "200",
            "--format",
            "json"),
        served
            .postYaml(
                "/v1/sensitivity?format=json&samples=200",
                Path.of("facts/uncertain/netherlands-uncertain.yaml"))
            .body());
    String code = "L3.EARLY_RND_SUBSIDIES";
    HttpResponse<String> explained = served.postYaml("/v1/explain?format=json&code=" + code, NL);
    assertEquals(200, explained.statusCode(), explained.body());
    assertEquals(code, json(explained.body()).get("code"));
  }

  @Test
  void invalidFactsGive400WithTheLinesTheCliPrints(@TempDir Path dir) throws Exception {
    String bad =
        "schema: koploper/facts/v1\nregion:\n  code: NL\n  name: X\n"
            + "earlyFunding:\n  earlyRndSubsidies: PLENTY\n  industryPhdMandates: yes\n";
    Path file = dir.resolve("facts.yaml");
    Files.writeString(file, bad);
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"assess", file.toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertEquals(2, code);
    List<String> cliLines =
        err.toString().lines().map(l -> l.replace(file.toString(), "facts.yaml")).toList();
    HttpResponse<String> r = served.post("/v1/assess", "application/yaml", bad.getBytes());
    assertEquals(400, r.statusCode());
    assertEquals(
        "application/problem+json; charset=utf-8",
        r.headers().firstValue("Content-Type").orElseThrow());
    Map<String, Object> problem = json(r.body());
    assertEquals(cliLines, problem.get("errors"));
    assertEquals(2, cliLines.size());
    assertEquals("urn:koploper:problem:invalid-facts", problem.get("type"));
    assertEquals(400L, ((Number) problem.get("status")).longValue());
  }

  @Test
  void badParametersGive400NamingTheParameter() throws Exception {
    HttpResponse<String> r = served.postYaml("/v1/assess?benchmark=XX", NL);
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("benchmark: 'XX' is not a benchmark here"), r.body());
    r = served.postYaml("/v1/assess?lang=de", NL);
    assertEquals(400, r.statusCode());
    r = served.postYaml("/v1/assess?rules=/tmp", NL);
    assertEquals(400, r.statusCode(), "no rule sets over HTTP");
    assertTrue(r.body().contains("rules: not a parameter here"), r.body());
    r = served.postYaml("/v1/explain?code=L9.NOTHING", NL);
    assertEquals(400, r.statusCode());
    assertEquals("urn:koploper:problem:not-recommended", json(r.body()).get("type"));
  }

  @Test
  void unknownPathsGive404AndWrongMethods405() throws Exception {
    HttpResponse<String> r = served.get("/v1/nothing");
    assertEquals(404, r.statusCode());
    assertEquals("urn:koploper:problem:not-found", json(r.body()).get("type"));
    r = served.get("/v1/assess");
    assertEquals(405, r.statusCode());
    assertEquals("urn:koploper:problem:method-not-allowed", json(r.body()).get("type"));
    assertEquals("POST", r.headers().firstValue("Allow").orElseThrow());
    r = served.post("/v1/rules", "application/yaml", new byte[0]);
    assertEquals(405, r.statusCode());
    assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElseThrow());
    assertEquals(200, served.get("/healthz").statusCode());
  }

  @Test
  void headAnswersEveryGetRouteWithItsHeadersAndNoBody() throws Exception {
    for (String path : List.of("/healthz", "/v1/rules", "/v1/openapi.json", "/?lang=nl")) {
      HttpResponse<String> get = served.get(path);
      HttpResponse<String> head =
          served.http.send(
              HttpRequest.newBuilder(served.uri(path))
                  .method("HEAD", HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, head.statusCode(), path);
      assertEquals("", head.body(), path);
      assertEquals(
          get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
      assertEquals(
          String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length),
          head.headers().firstValue("Content-Length").orElseThrow(),
          path);
    }
    String refused =
        served.raw(
            "HEAD /v1/assess HTTP/1.1\r\nHost: localhost:"
                + served.server.port()
                + "\r\nConnection: close\r\n\r\n");
    assertTrue(refused.startsWith("HTTP/1.1 405 "), refused);
    assertTrue(refused.contains("\r\nAllow: POST\r\n"), refused);
  }

  @Test
  void aBodyOver1MibGives413AndOneOfExactly1MibIsRead() throws Exception {
    byte[] big = new byte[ServeConfig.MAX_BODY + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    HttpResponse<String> r = served.post("/v1/assess", "application/yaml", big);
    assertEquals(413, r.statusCode());
    assertEquals("urn:koploper:problem:too-large", json(r.body()).get("type"));
    byte[] limit = java.util.Arrays.copyOf(Files.readAllBytes(NL), ServeConfig.MAX_BODY);
    java.util.Arrays.fill(limit, (int) Files.size(NL), limit.length, (byte) '\n');
    assertEquals(200, served.post("/v1/assess", "application/yaml", limit).statusCode());
  }

  @Test
  void aBodyThatIsNotYamlOrJsonGives415() throws Exception {
    byte[] facts = Files.readAllBytes(NL);
    assertEquals(415, served.post("/v1/assess", "text/plain", facts).statusCode());
    assertEquals(
        415, served.post("/v1/assess", "application/yaml; charset=latin1", facts).statusCode());
    assertEquals(200, served.post("/v1/assess", "application/x-yaml", facts).statusCode());
    String asJson =
        "{\"schema\": \"koploper/facts/v1\", \"region\": {\"code\": \"NL\", \"name\": \"N\"}}";
    assertEquals(
        200, served.post("/v1/assess", "application/json", asJson.getBytes()).statusCode());
  }

  @Test
  void everyAnswerIsTypedNosniffUnframedUncachedAndHasNoCors() throws Exception {
    for (HttpResponse<String> r :
        List.of(
            served.get("/healthz"),
            served.get("/nothing"),
            served.postYaml("/v1/assess?format=html", NL),
            served.post(
                "/v1/assess",
                "application/yaml",
                NL.toString().getBytes(),
                "Origin",
                "http://localhost:" + served.server.port()))) {
      String type = r.headers().firstValue("Content-Type").orElseThrow();
      assertTrue(type.contains("charset=utf-8") || type.startsWith("application/json"), type);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
      assertTrue(
          r.headers()
              .firstValue("Content-Security-Policy")
              .orElseThrow()
              .contains("frame-ancestors 'none'"));
      assertEquals("no-store", r.headers().firstValue("Cache-Control").orElseThrow());
      assertTrue(
          r.headers().map().keySet().stream()
              .noneMatch(h -> h.toLowerCase().startsWith("access-control")),
          r.headers().toString());
    }
  }

  @Test
  void theHtmlReportsCspAllowsExactlyItsOwnStyle() throws Exception {
    HttpResponse<String> r = served.postYaml("/v1/assess?format=html", NL);
    String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(csp.startsWith("default-src 'none'; style-src 'sha256-"), csp);
    String style =
        r.body().substring(r.body().indexOf("<style>") + 7, r.body().indexOf("</style>"));
    assertTrue(csp.contains(Json256.of(style)), csp);
    assertFalse(csp.contains("unsafe-inline"));
  }

  @Test
  void rulesAndBenchmarksAreListed() throws Exception {
    assertEquals(cli("rules", "list", "--format", "json"), served.get("/v1/rules").body());
    Map<String, Object> list = json(served.get("/v1/benchmarks").body());
    assertEquals("koploper/benchmarks/v1", list.get("schema"));
    assertEquals(3, ((List<?>) list.get("benchmarks")).size());
    assertEquals(400, served.get("/v1/rules?lang=fr").statusCode());
  }

  /** The CSP's source expression of a style block. */
  static final class Json256 {
    static String of(String css) {
      return "'sha256-"
          + nl.koploper.cli.serve.Json.sha256Base64(css.getBytes(StandardCharsets.UTF_8))
          + "'";
    }
  }
}
