package nl.koploper.cli.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.koploper.problem.KoploperException;
import nl.koploper.problem.Problem;

/**
 * Errors as RFC 9457 problem documents ({@code application/problem+json}): the standard members
 * {@code type}, {@code title}, {@code status}, {@code detail}, and {@code errors}, the same {@code
 * file:line:col: path: message} lines the CLI prints, with {@code problems}, each as data.
 */
final class Problems {
  private Problems() {}

  static Answer of(Refusal r) {
    Answer a = document(r.status(), r.reason(), r.title(), List.of(r.getMessage()), List.of());
    if (r.status() == 503) {
      a = a.withHeader("Retry-After", "1");
    } else if (r.status() == 401) {
      a = a.withHeader("WWW-Authenticate", "Bearer");
    } else if (r.status() == 405) {
      a = a.withHeader("Allow", String.join(", ", r.allowed()));
    }
    return a;
  }

  static Answer of(KoploperException e) {
    int status =
        switch (e.code()) {
          case INVALID_FACTS, INVALID_ARGUMENT, NOT_RECOMMENDED, INVALID_POLICY_TEST -> 400;
          case INVALID_RULES, RULES_FAILED, RULES_DID_NOT_SETTLE -> 500;
        };
    String title =
        switch (e.code()) {
          case INVALID_FACTS -> "Invalid facts";
          case INVALID_ARGUMENT -> "Invalid parameter";
          case NOT_RECOMMENDED -> "Not recommended";
          default -> "The rules failed";
        };
    return document(status, e.code().id(), title, lines(e), e.problems());
  }

  /** What an internal error says to the client. */
  static final List<String> INTERNAL =
      List.of("an unexpected error (a bug); the server's standard error has the details");

  static Answer internal() {
    return document(500, "internal-error", "Internal error", INTERNAL, List.of());
  }

  /** The {@code file:line:col: path: message} lines of a refusal, as the CLI prints them. */
  static List<String> lines(KoploperException e) {
    return e.problems().stream().map(Problem::toString).toList();
  }

  private static Answer document(
      int status, String reason, String title, List<String> errors, List<Problem> problems) {
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"type\": ").append(Json.string("urn:koploper:problem:" + reason)).append(",\n");
    json.append("  \"title\": ").append(Json.string(title)).append(",\n");
    json.append("  \"status\": ").append(status).append(",\n");
    json.append("  \"detail\": ")
        .append(
            Json.string(
                errors.size() == 1 ? errors.get(0) : errors.size() + " problems: see errors"))
        .append(",\n");
    json.append("  \"errors\": [");
    for (int i = 0; i < errors.size(); i++) {
      json.append(i == 0 ? "\n    " : ",\n    ").append(Json.string(errors.get(i)));
    }
    json.append(errors.isEmpty() ? "]" : "\n  ]");
    json.append(",\n  \"problems\": [");
    for (int i = 0; i < problems.size(); i++) {
      Problem p = problems.get(i);
      json.append(i == 0 ? "\n    " : ",\n    ")
          .append("{\"code\": ")
          .append(Json.string(p.code().id()))
          .append(", \"file\": ")
          .append(Json.string(p.file()))
          .append(", \"line\": ")
          .append(p.line())
          .append(", \"column\": ")
          .append(p.column())
          .append(", \"path\": ")
          .append(Json.string(p.path()))
          .append(", \"message\": ")
          .append(Json.string(p.message()))
          .append('}');
    }
    json.append(problems.isEmpty() ? "]" : "\n  ]");
    json.append("\n}\n");
    return new Answer(
        status,
        Answer.PROBLEM,
        json.toString().getBytes(StandardCharsets.UTF_8),
        Map.of(),
        List.of());
  }
}
