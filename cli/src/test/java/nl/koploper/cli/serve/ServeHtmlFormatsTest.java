package nl.koploper.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.koploper.api.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code format=html} of {@code /v1/explain} and {@code /v1/what-if}: the CLI's HTML pages, byte
 * for byte, typed as HTML, with the style their policy allows; the formats they still do not write
 * are refused as the CLI refuses them.
 */
class ServeHtmlFormatsTest {
  static final String CODE = "L3.EARLY_RND_SUBSIDIES";
  static final String SET = "earlyFunding.earlyRndSubsidies=BROAD";
  static Served served;

  /**
   * Benchmarks from facts/, so a benchmark's file is named as the CLI names it
   * (facts/flanders.yaml) and explain's what-if commands can be compared.
   */
  @BeforeAll
  static void start() throws Exception {
    served =
        Served.start(
            new ServeConfig(
                InetAddress.getLoopbackAddress(),
                0,
                Path.of("facts"),
                null,
                null,
                2,
                8,
                Duration.ofSeconds(30),
                Duration.ofSeconds(2),
                Duration.ofSeconds(20)));
  }

  @AfterAll
  static void stop() throws Exception {
    served.close();
  }

  @Test
  void whatIfHtmlIsTheCliBytesInBothLanguages() throws Exception {
    for (Language language : Language.values()) {
      String expected =
          ServeApiTest.cli(
              "what-if",
              ServeApiTest.NL.toString(),
              "--benchmark",
              ServeApiTest.FLANDERS.toString(),
              "--set",
              SET,
              "--format",
              "html",
              "--lang",
              language.tag());
      HttpResponse<String> r =
          served.postYaml(
              "/v1/what-if?format=html&benchmark=BE-VLG&lang="
                  + language.tag()
                  + "&set=earlyFunding.earlyRndSubsidies%3DBROAD",
              ServeApiTest.NL);
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(expected, r.body(), language.tag());
      assertEquals(Answer.HTML, r.headers().firstValue("Content-Type").orElseThrow());
      assertTrue(r.body().startsWith("<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\">"));
    }
  }

  /**
   * A request's fact file has no name of its own, so the service's commands name it facts.yaml
   * where the CLI names the file it was given: apart from that name, the same bytes.
   */
  @Test
  void explainHtmlIsTheCliBytesWithTheRequestsFactFileName() throws Exception {
    for (Language language : Language.values()) {
      String cli =
          ServeApiTest.cli(
              "explain",
              ServeApiTest.NL.toString(),
              CODE,
              "--benchmark",
              ServeApiTest.FLANDERS.toString(),
              "--format",
              "html",
              "--lang",
              language.tag());
      String named = "<code>koploper what-if facts/netherlands.yaml --set ";
      assertTrue(cli.contains(named), cli);
      HttpResponse<String> r =
          served.postYaml(
              "/v1/explain?format=html&benchmark=BE-VLG&lang=" + language.tag() + "&code=" + CODE,
              ServeApiTest.NL);
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(
          cli.replace(named, "<code>koploper what-if facts.yaml --set "), r.body(), language.tag());
      assertEquals(Answer.HTML, r.headers().firstValue("Content-Type").orElseThrow());
    }
  }

  @Test
  void theHtmlPagesCspAllowsExactlyTheirOwnStyle() throws Exception {
    for (String path :
        List.of(
            "/v1/explain?format=html&code=" + CODE,
            "/v1/what-if?format=html&set=earlyFunding.earlyRndSubsidies%3DBROAD")) {
      HttpResponse<String> r = served.postYaml(path, ServeApiTest.NL);
      assertEquals(200, r.statusCode(), r.body());
      String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
      String style =
          r.body().substring(r.body().indexOf("<style>") + 7, r.body().indexOf("</style>"));
      assertTrue(csp.contains(ServeApiTest.Json256.of(style)), csp);
      assertFalse(csp.contains("unsafe-inline"), csp);
    }
  }

  @Test
  void textStaysTheDefault() throws Exception {
    HttpResponse<String> r =
        served.postYaml("/v1/what-if?set=earlyFunding.earlyRndSubsidies%3DBROAD", ServeApiTest.NL);
    assertEquals(Answer.TEXT, r.headers().firstValue("Content-Type").orElseThrow());
    assertFalse(r.body().contains("<html"));
  }

  @Test
  void formatsTheyDoNotWriteAre400NamingTheFormats() throws Exception {
    for (String format : List.of("csv", "markdown", "HTML", "pdf")) {
      for (String path :
          List.of(
              "/v1/explain?code=" + CODE + "&format=" + format,
              "/v1/what-if?set=earlyFunding.earlyRndSubsidies%3DBROAD&format=" + format)) {
        HttpResponse<String> r = served.postYaml(path, ServeApiTest.NL);
        assertEquals(400, r.statusCode(), path);
        assertTrue(
            r.body().contains("format: '" + format + "' is not one of text, json, html"), r.body());
      }
    }
    // sensitivity writes no html yet
    HttpResponse<String> r =
        served.postYaml(
            "/v1/sensitivity?format=html&samples=10",
            Path.of("facts/uncertain/netherlands-uncertain.yaml"));
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("format: 'html' is not one of text, json"), r.body());
  }
}
