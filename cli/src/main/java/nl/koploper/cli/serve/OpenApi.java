package nl.koploper.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** The OpenAPI document of the API, kept beside this class and checked against real answers. */
final class OpenApi {
  private OpenApi() {}

  static String text() {
    try (InputStream in = OpenApi.class.getResourceAsStream("openapi.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Answer answer(Params query) {
    query.only(Set.of());
    return Answer.ok(Answer.JSON, text());
  }
}
