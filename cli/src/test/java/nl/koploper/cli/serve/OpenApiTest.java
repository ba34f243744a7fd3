package nl.koploper.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * The OpenAPI document against the real service: every API route is documented, and each real
 * answer's status, media type and required members are what the document says.
 */
class OpenApiTest {
  static Served served;
  static Map<String, Object> doc;

  @BeforeAll
  static void start() throws Exception {
    served = Served.start();
    HttpResponse<String> r = served.get("/v1/openapi.json");
    assertEquals(200, r.statusCode());
    doc = new Json().toType(r.body(), Json.MAP_TYPE);
  }

  @AfterAll
  static void stop() throws Exception {
    served.close();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> resolve(Map<String, Object> node) {
    Object ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    Map<String, Object> at = doc;
    for (String part : ref.toString().substring(2).split("/")) {
      at = (Map<String, Object>) at.get(part);
    }
    return at;
  }

  /** Checks one real answer against the document's operation. */
  static void conforms(String path, String method, HttpResponse<String> r) {
    Map<String, Object> op = map(map(map(doc.get("paths")).get(path)).get(method));
    assertNotNull(op, method + " " + path + " is not documented");
    Object documented = map(op.get("responses")).get(Integer.toString(r.statusCode()));
    assertNotNull(documented, path + " answered " + r.statusCode() + ", not documented");
    Map<String, Object> content = map(resolve(map(documented)).get("content"));
    String media = r.headers().firstValue("Content-Type").orElseThrow().split(";")[0];
    assertTrue(content.containsKey(media), path + " " + r.statusCode() + " " + media);
    Object schema = map(content.get(media)).get("schema");
    if (media.endsWith("json")) {
      Map<String, Object> body = new Json().toType(r.body(), Json.MAP_TYPE);
      for (Object required : (List<?>) map(schema).getOrDefault("required", List.of())) {
        assertTrue(body.containsKey(required.toString()), path + " lacks " + required);
      }
    }
  }

  @Test
  void everyApiRouteIsDocumentedWithItsMethodAndNothingElse() {
    List<String> api = new ArrayList<>();
    ServiceHandler.ROUTES.forEach(
        (path, method) -> {
          if (path.startsWith("/v1/") || path.equals("/healthz") || path.equals("/metrics")) {
            api.add(path);
            Map<String, Object> item = map(map(doc.get("paths")).get(path));
            assertNotNull(item, path);
            assertEquals(List.of(method.toLowerCase()), List.copyOf(item.keySet()), path);
          }
        });
    assertEquals(api.size(), map(doc.get("paths")).size(), "a documented path that is not served");
  }

  @Test
  void realAnswersMatchTheDocument() throws Exception {
    Path nl = ServeApiTest.NL;
    for (String format : List.of("json", "text", "markdown", "csv", "html")) {
      conforms("/v1/assess", "post", served.postYaml("/v1/assess?format=" + format, nl));
    }
    conforms(
        "/v1/what-if",
        "post",
        served.postYaml("/v1/what-if?format=json&set=earlyFunding.earlyRndSubsidies%3DBROAD", nl));
    conforms(
        "/v1/what-if",
        "post",
        served.postYaml("/v1/what-if?set=earlyFunding.earlyRndSubsidies%3DBROAD", nl));
    conforms(
        "/v1/explain",
        "post",
        served.postYaml("/v1/explain?format=json&code=L3.EARLY_RND_SUBSIDIES", nl));
    for (String format : List.of("text", "html")) {
      conforms(
          "/v1/explain",
          "post",
          served.postYaml("/v1/explain?format=" + format + "&code=L3.EARLY_RND_SUBSIDIES", nl));
    }
    conforms(
        "/v1/what-if",
        "post",
        served.postYaml("/v1/what-if?format=html&set=earlyFunding.earlyRndSubsidies%3DBROAD", nl));
    conforms(
        "/v1/sensitivity",
        "post",
        served.postYaml(
            "/v1/sensitivity?format=json&samples=50",
            Path.of("facts/uncertain/netherlands-uncertain.yaml")));
    for (String path :
        List.of("/v1/rules", "/v1/benchmarks", "/v1/openapi.json", "/healthz", "/metrics")) {
      conforms(path, "get", served.get(path));
    }
    conforms("/v1/rules", "get", served.get("/v1/rules?lang=xx"));
  }

  @Test
  void problemAnswersMatchTheDocument() throws Exception {
    byte[] facts = Files.readAllBytes(ServeApiTest.NL);
    byte[] big = new byte[ServeConfig.MAX_BODY + 10];
    for (String path : List.of("/v1/assess", "/v1/what-if", "/v1/explain", "/v1/sensitivity")) {
      HttpResponse<String> bad = served.post(path + "?lang=xx", "application/yaml", facts);
      assertEquals(400, bad.statusCode());
      conforms(path, "post", bad);
      HttpResponse<String> large = served.post(path, "application/yaml", big);
      assertEquals(413, large.statusCode());
      conforms(path, "post", large);
      HttpResponse<String> untyped = served.post(path, "text/plain", facts);
      assertEquals(415, untyped.statusCode());
      conforms(path, "post", untyped);
    }
  }
}
