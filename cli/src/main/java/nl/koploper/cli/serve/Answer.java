package nl.koploper.cli.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What the service answers, before HTTP: a status, a typed body and the recommendation codes it
 * returned (for the decision log).
 *
 * @param status the HTTP status
 * @param type the media type, with {@code charset} where it is text
 * @param body the bytes
 * @param headers extra response headers
 * @param codes the recommendation codes of the result, empty where there are none
 */
record Answer(
    int status, String type, byte[] body, Map<String, String> headers, List<String> codes) {
  static final String TEXT = "text/plain; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";
  static final String HTML = "text/html; charset=utf-8";
  static final String PROBLEM = "application/problem+json; charset=utf-8";

  Answer {
    headers = Map.copyOf(headers);
    codes = List.copyOf(codes);
  }

  static Answer ok(String type, String body) {
    return ok(type, body, List.of());
  }

  static Answer ok(String type, String body, List<String> codes) {
    return new Answer(200, type, body.getBytes(StandardCharsets.UTF_8), Map.of(), codes);
  }

  Answer withHeader(String name, String value) {
    Map<String, String> more = new java.util.TreeMap<>(headers);
    more.put(name, value);
    return new Answer(status, type, body, more, codes);
  }
}
