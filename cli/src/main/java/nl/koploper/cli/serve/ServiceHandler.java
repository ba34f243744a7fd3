package nl.koploper.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koploper.problem.KoploperException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Routes each request to the {@link Service} or the {@link FormPages}, after the {@link Guard}, and
 * writes every answer typed and with the same protective headers; every failure becomes a problem
 * document.
 */
final class ServiceHandler extends Handler.Abstract {
  /** The routes and the one method each takes; anything else is 404. */
  static final Map<String, String> ROUTES = new LinkedHashMap<>();

  static {
    for (String p : List.of("/v1/assess", "/v1/what-if", "/v1/explain", "/v1/sensitivity")) {
      ROUTES.put(p, "POST");
    }
    for (String p :
        List.of(
            "/v1/rules",
            "/v1/benchmarks",
            "/v1/openapi.json",
            "/healthz",
            "/metrics",
            "/",
            "/explain",
            "/what-if",
            "/download")) {
      ROUTES.put(p, "GET");
    }
    // The form posts here and is redirected to GET (the facts in the link), so Back and reload
    // work.
    ROUTES.put("/report", "GET POST");
  }

  /** The pages for people: a refusal there is a page to read, not a problem document. */
  private static final Set<String> PAGES =
      Set.of("/", "/report", "/explain", "/what-if", "/download");

  private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

  private final Service service;
  private final Guard guard;
  private final FormPages form;

  ServiceHandler(Service service, Guard guard) {
    this.service = service;
    this.guard = guard;
    this.form = new FormPages(service);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    long start = System.nanoTime();
    String path = Request.getPathInContext(request);
    String route = ROUTES.containsKey(path) ? path : "other";
    Answer answer;
    List<String> errors;
    try {
      guard.check(request, path);
      answer = route(request, path);
      errors = List.of();
    } catch (Refusal r) {
      service.metrics().refused(r.reason());
      answer = Problems.of(r);
      errors = List.of(r.getMessage());
    } catch (KoploperException e) {
      service.metrics().refused(e.code().id());
      answer = Problems.of(e);
      errors = Problems.lines(e);
    } catch (RuntimeException | IOException e) {
      // A bug: its stack trace goes to the operator's log, never to the client.
      System.err.println("koploper serve: internal error on " + path + ": " + e);
      e.printStackTrace();
      answer = Problems.internal();
      errors = Problems.INTERNAL;
    }
    if (PAGES.contains(path) && !errors.isEmpty()) {
      answer = form.refused(answer, errors, pageLanguage(request));
    }
    if (answer.status() >= 400
        && !(request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))) {
      // The body may be unread (a refusal comes before it is): close rather than let the client
      // send its next request into what is left of this one.
      answer = answer.withHeader("Connection", "close");
    }
    send(response, answer, callback);
    service.metrics().answered(route, answer.status(), System.nanoTime() - start);
    return true;
  }

  /** The language a page asked for, read leniently: its refusal is shown in it whatever else. */
  private static nl.koploper.api.Language pageLanguage(Request request) {
    String lang = Request.extractQueryParameters(request, StandardCharsets.UTF_8).getValue("lang");
    return "nl".equals(lang) ? nl.koploper.api.Language.NL : nl.koploper.api.Language.EN;
  }

  private Answer route(Request request, String path) throws IOException {
    String method = ROUTES.get(path);
    if (method == null) {
      throw Refusal.notFound(path);
    }
    List<String> methods = new ArrayList<>(List.of(method.split(" ")));
    if (methods.contains("GET")) {
      // HEAD is GET without the body (RFC 9110 9.3.2): same status and headers; Jetty drops it.
      methods.add(methods.indexOf("GET") + 1, "HEAD");
    }
    if (!methods.contains(request.getMethod())) {
      throw Refusal.method(request.getMethod(), methods);
    }
    boolean get = !request.getMethod().equals("POST");
    Params query = query(request);
    return switch (path) {
      case "/v1/assess" -> service.assess(body(request), query);
      case "/v1/what-if" -> service.whatIf(body(request), query);
      case "/v1/explain" -> service.explain(body(request), query);
      case "/v1/sensitivity" -> service.sensitivity(body(request), query);
      case "/v1/rules" -> service.rules(query);
      case "/v1/benchmarks" -> service.benchmarkList(query);
      case "/v1/openapi.json" -> OpenApi.answer(query);
      case "/healthz" -> Answer.ok(Answer.TEXT, "ok\n");
      case "/metrics" -> metrics(query);
      case "/" -> form.page(query);
      case "/explain" -> form.explain(query);
      case "/what-if" -> form.whatIf(query);
      case "/download" -> form.download(query);
      case "/report" -> get ? form.reportOf(query) : form.report(request);
      default -> throw Refusal.notFound(path);
    };
  }

  private Answer metrics(Params query) {
    query.only(Set.of());
    return Answer.ok(Metrics.contentType(), service.metrics().scrape());
  }

  static Params query(Request request) {
    Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Fields.Field f : fields) {
      values.put(f.getName(), new ArrayList<>(f.getValues()));
    }
    return new Params(values);
  }

  /** The request's fact file: typed YAML or JSON, at most 1 MiB. */
  private static Service.Body body(Request request) throws IOException {
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    String name = nameOf(type);
    long length = request.getLength();
    byte[] bytes;
    try (InputStream in = Content.Source.asInputStream(request)) {
      if (length > ServeConfig.MAX_BODY) {
        drain(in, length);
        throw Refusal.tooLarge();
      }
      bytes = in.readNBytes(ServeConfig.MAX_BODY + 1);
      if (bytes.length > ServeConfig.MAX_BODY) {
        drain(in, -1);
        throw Refusal.tooLarge();
      }
    } catch (IOException e) {
      throw Refusal.slowBody();
    }
    return new Service.Body(bytes, name);
  }

  /** A body this much over the limit is still read (and dropped) before the 413. */
  private static final long DRAINED = 4L * ServeConfig.MAX_BODY;

  /**
   * Reads and drops the rest of a body that is too large, up to {@link #DRAINED} bytes, so that the
   * client, still sending, reads the 413 instead of a reset connection; a larger one is cut off.
   */
  private static void drain(InputStream in, long length) throws IOException {
    if (length <= DRAINED) {
      long left = DRAINED;
      byte[] buffer = new byte[64 * 1024];
      for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
        left -= n;
      }
    }
  }

  /** {@code facts.yaml} or {@code facts.json} after the media type, or a 415. */
  static String nameOf(String contentType) {
    if (contentType == null) {
      throw Refusal.mediaType(null);
    }
    String[] parts = contentType.split(";");
    String media = parts[0].strip().toLowerCase(Locale.ROOT);
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].strip().split("=", 2);
      if (kv[0].equalsIgnoreCase("charset")
          && !(kv.length == 2 && kv[1].replace("\"", "").equalsIgnoreCase("utf-8"))) {
        throw Refusal.mediaType(contentType);
      }
    }
    return switch (media) {
      case "application/yaml", "application/x-yaml", "text/yaml" -> "facts.yaml";
      case "application/json" -> "facts.json";
      default -> throw Refusal.mediaType(contentType);
    };
  }

  private static void send(Response response, Answer answer, Callback callback) {
    response.setStatus(answer.status());
    HttpFields.Mutable h = response.getHeaders();
    h.put(HttpHeader.CONTENT_TYPE, answer.type());
    h.put("X-Content-Type-Options", "nosniff");
    h.put("X-Frame-Options", "DENY");
    // same-origin, not no-referrer: under no-referrer a browser posts the form with Origin: null,
    // which the Guard must refuse as it cannot tell it from a sandboxed frame of another site.
    h.put("Referrer-Policy", "same-origin");
    h.put(HttpHeader.CACHE_CONTROL, "no-store");
    h.put("Content-Security-Policy", policy(answer));
    answer.headers().forEach(h::put);
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
  }

  /**
   * No source of anything by default; an HTML page may apply exactly its own style blocks (by
   * hash), post forms only to this service, and be framed by no one.
   */
  static String policy(Answer answer) {
    if (!answer.type().startsWith("text/html")) {
      return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }
    StringBuilder styles = new StringBuilder();
    Matcher m = STYLE.matcher(new String(answer.body(), StandardCharsets.UTF_8));
    while (m.find()) {
      byte[] css = m.group(1).getBytes(StandardCharsets.UTF_8);
      styles.append(" 'sha256-").append(Json.sha256Base64(css)).append('\'');
    }
    return "default-src 'none'; style-src"
        + (styles.length() == 0 ? " 'none'" : styles)
        + "; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
  }
}
