package nl.koploper.cli.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import java.util.function.IntSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Who may use the service, checked before anything else of a request is read: on loopback only a
 * {@code Host} that names this machine's loopback at this port (a web page whose name was rebound
 * to 127.0.0.1 still sends its own name); with a token, {@code Authorization: Bearer} compared in
 * constant time; and no cross-site request that could change state ({@code Origin} of another
 * origin, {@code Sec-Fetch-Site} other than same-origin or none).
 */
final class Guard {
  private final boolean loopback;
  private final byte[] token;
  private final IntSupplier port;

  Guard(boolean loopback, byte[] token, IntSupplier port) {
    this.loopback = loopback;
    this.token = token == null ? null : token.clone();
    this.port = port;
  }

  /**
   * @throws Refusal 403 for a foreign Host or a cross-site request, 401 without the token
   */
  void check(Request request, String path) {
    String host = request.getHeaders().get(HttpHeader.HOST);
    if (loopback && !allowedHosts().contains(host)) {
      throw Refusal.forbidden(
          "forbidden-host",
          "the Host header "
              + (host == null ? "is missing" : "'" + host + "' does not name this service")
              + "; open http://localhost:"
              + port.getAsInt()
              + "/");
    }
    if (token != null && !path.equals("/healthz") && !tokenMatches(request)) {
      throw Refusal.unauthorized();
    }
    String method = request.getMethod();
    if (method.equals("GET") || method.equals("HEAD")) {
      return;
    }
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (origin != null && !origin.equals("http://" + host)) {
      throw Refusal.forbidden(
          "cross-site", "a request from " + origin + " may not use this service (Origin)");
    }
    String site = request.getHeaders().get("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      throw Refusal.forbidden(
          "cross-site", "a " + site + " request may not use this service (Sec-Fetch-Site)");
    }
  }

  private Set<String> allowedHosts() {
    int p = port.getAsInt();
    return Set.of("localhost:" + p, "127.0.0.1:" + p, "[::1]:" + p);
  }

  private boolean tokenMatches(Request request) {
    String given = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    byte[] expected =
        ("Bearer " + new String(token, StandardCharsets.US_ASCII))
            .getBytes(StandardCharsets.US_ASCII);
    // MessageDigest.isEqual takes the same time whatever the first differing byte.
    return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected);
  }
}
