package nl.koploper.cli.serve;

import java.util.List;
import nl.koploper.problem.KoploperException;
import nl.koploper.problem.Problem;

/**
 * A request the service refuses for a reason of HTTP itself (no such route, wrong method, body too
 * large, wrong media type, saturated, not allowed), with the status to answer.
 */
final class Refusal extends RuntimeException {
  private final int status;
  private final String title;
  private final String reason;
  private final List<String> allowed;

  Refusal(int status, String reason, String title, String detail) {
    this(status, reason, title, detail, List.of());
  }

  private Refusal(int status, String reason, String title, String detail, List<String> allowed) {
    super(detail, null, false, false);
    this.status = status;
    this.reason = reason;
    this.title = title;
    this.allowed = List.copyOf(allowed);
  }

  /** The methods a 405 names in its {@code Allow} header; empty for any other refusal. */
  List<String> allowed() {
    return allowed;
  }

  int status() {
    return status;
  }

  /** A short stable word for metrics and the problem's type: {@code too-large}. */
  String reason() {
    return reason;
  }

  String title() {
    return title;
  }

  static Refusal notFound(String path) {
    return new Refusal(404, "not-found", "Not found", "there is nothing at " + path);
  }

  static Refusal method(String method, List<String> allowed) {
    return new Refusal(
        405,
        "method-not-allowed",
        "Method not allowed",
        method + " is not allowed here; use " + String.join(" or ", allowed),
        allowed);
  }

  static Refusal tooLarge() {
    return new Refusal(
        413,
        "too-large",
        "Content too large",
        "the body is larger than 1 MiB; fact files are small text files");
  }

  static Refusal slowBody() {
    return new Refusal(
        408,
        "request-timeout",
        "Request timeout",
        "the body did not arrive in time (too slow, or the connection was cut)");
  }

  static Refusal mediaType(String given) {
    return new Refusal(
        415,
        "unsupported-media-type",
        "Unsupported media type",
        "the body is "
            + (given == null ? "untyped" : given)
            + "; send a fact file as application/yaml or application/json");
  }

  static Refusal saturated() {
    return new Refusal(
        503,
        "saturated",
        "Service busy",
        "every worker is busy and the queue is full; try again in a moment");
  }

  static Refusal timedOut(long seconds) {
    return new Refusal(
        503,
        "time-limit",
        "Rules took too long",
        "the rules did not finish within " + seconds + " s for this request");
  }

  static Refusal forbidden(String reason, String detail) {
    return new Refusal(403, reason, "Forbidden", detail);
  }

  static Refusal unauthorized() {
    return new Refusal(
        401,
        "unauthorized",
        "Unauthorized",
        "this service needs the header Authorization: Bearer <token>");
  }

  /** The problem of an invalid argument, as the CLI prints it. */
  static KoploperException badParameter(String name, String message) {
    return new KoploperException(
        List.of(new Problem(Problem.Code.INVALID_ARGUMENT, "", 0, 0, name, message)));
  }
}
