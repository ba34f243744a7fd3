package nl.koploper.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import nl.koploper.api.Assessment;
import nl.koploper.api.Language;
import nl.koploper.api.Recommendation;
import nl.koploper.facts.FactChange;
import nl.koploper.facts.FactSchema;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import nl.koploper.problem.KoploperException;
import nl.koploper.problem.Problem;
import nl.koploper.report.HtmlReport;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * The web form for people: the form itself (generated from {@link FactSchema}), the report it
 * answers with (the HTML report plus explain links, a what-if and a download of the facts), and the
 * explain and what-if pages. No JavaScript; the facts travel in the links ({@link FactLink}), so
 * nothing is kept on the server.
 */
final class FormPages {
  private final Service service;

  FormPages(Service service) {
    this.service = service;
  }

  /** {@code GET /?lang=nl}: the empty form. */
  Answer page(Params query) {
    query.only(Set.of("lang"));
    FormTexts t = FormTexts.of(query.language());
    return Answer.ok(Answer.HTML, form(t, Map.of(), List.of(), null));
  }

  /** {@code POST /report}: the facts filled in or uploaded, assessed; or the form with errors. */
  Answer report(Request request) throws IOException {
    Submission s = Submission.read(request);
    Params params = new Params(s.fields());
    Language language = params.language();
    FormTexts t = FormTexts.of(language);
    String benchmarkCode = params.one("benchmark", "");
    Benchmarks.Benchmark benchmark =
        benchmarkCode.isEmpty() ? null : service.benchmarks().get(benchmarkCode);
    byte[] bytes;
    String name;
    List<Problem> noValue = new ArrayList<>();
    if (s.upload() != null && s.upload().length > 0) {
      bytes = s.upload();
      name = s.uploadName();
    } else {
      Set<String> estimated = new java.util.TreeSet<>(params.all(FormFacts.ESTIMATE));
      for (String path : List.copyOf(estimated)) {
        if (params.one(path, "").isBlank()) {
          // Ticked without a value: said at the fact, in the form's words; not sent on.
          estimated.remove(path);
          noValue.add(
              new Problem(Problem.Code.INVALID_FACTS, "", 0, 0, path, t.get("estimate.noValue")));
        }
      }
      bytes =
          FormFacts.yaml(
                  path -> params.one(path, ""),
                  estimated,
                  path -> params.one(FormFacts.NOTE + path, ""))
              .getBytes(StandardCharsets.UTF_8);
      name = "form";
    }
    Facts facts = null;
    List<Problem> problems = new ArrayList<>(noValue);
    try {
      facts = FactsLoader.load(bytes, name.equals("form") ? "form.yaml" : name);
    } catch (KoploperException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      service.metrics().refused(Problem.Code.INVALID_FACTS.id());
      String html = form(t, s.fields(), problems, benchmarkCode);
      return new Answer(
          400, Answer.HTML, html.getBytes(StandardCharsets.UTF_8), Map.of(), List.of());
    }
    String link = FactLink.encode(bytes);
    if (link.length() <= FactLink.MAX_LENGTH) {
      // Post/Redirect/Get without state: the report's own address carries the facts.
      String location =
          "/report?f=" + link + "&benchmark=" + url(benchmarkCode) + "&lang=" + language.tag();
      return new Answer(303, Answer.TEXT, new byte[0], Map.of("Location", location), List.of());
    }
    return assessed(facts, bytes, name, benchmark, benchmarkCode, language, t);
  }

  /** {@code GET /report?f=…}: the report of facts carried in the link. */
  Answer reportOf(Params query) {
    query.only(Set.of("f", "benchmark", "lang"));
    Language language = query.language();
    FormTexts t = FormTexts.of(language);
    String benchmarkCode = query.one("benchmark", "");
    Benchmarks.Benchmark benchmark =
        benchmarkCode.isEmpty() ? null : service.benchmarks().get(benchmarkCode);
    byte[] bytes = FactLink.decode(query.one("f", null));
    Facts facts = FactsLoader.load(bytes, linkName(bytes));
    return assessed(facts, bytes, linkName(bytes), benchmark, benchmarkCode, language, t);
  }

  private Answer assessed(
      Facts facts,
      byte[] bytes,
      String name,
      Benchmarks.Benchmark benchmark,
      String benchmarkCode,
      Language language,
      FormTexts t) {
    Service.Body body = new Service.Body(bytes, name);
    Answer assessed =
        service.run(
            "form",
            body,
            benchmark,
            language,
            () -> {
              Assessment a =
                  service
                      .advisor()
                      .assess(facts, benchmark == null ? null : benchmark.facts(), language);
              String html = withNextSteps(HtmlReport.render(a), a, bytes, benchmarkCode, t);
              return Answer.ok(Answer.HTML, html, Service.codes(a.recommendations()));
            });
    return assessed;
  }

  /**
   * {@code GET /explain?f=…&code=…}: why one recommendation fired, and the ways out, each a link to
   * its what-if.
   */
  Answer explain(Params query) {
    query.only(Set.of("f", "code", "benchmark", "lang"));
    FormTexts t = FormTexts.of(query.language());
    String link = query.one("f", null);
    byte[] facts = FactLink.decode(link);
    String benchmark = query.one("benchmark", "");
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("code", List.of(query.one("code", "")));
    p.put("lang", List.of(t.language().tag()));
    p.put("benchmark", List.of(benchmark));
    p.put("format", List.of("html"));
    String common =
        "/what-if?f=" + link + "&benchmark=" + url(benchmark) + "&lang=" + t.language().tag();
    Answer page =
        service.explain(
            new Service.Body(facts, linkName(facts)),
            new Params(p),
            way -> {
              StringBuilder href = new StringBuilder(common);
              for (FactChange c : way.factChanges()) {
                href.append("&set=").append(url(c.assignment()));
              }
              return href.toString();
            });
    return withWayBack(page, t, link, benchmark);
  }

  /**
   * {@code GET /what-if?f=…&fact=…&value=…[&estimate=on]}, or {@code …&set=PATH=VALUE…} for several
   * changes at once (a way out of an explanation): the report's difference when facts change.
   */
  Answer whatIf(Params query) {
    query.only(Set.of("f", "fact", "value", "estimate", "set", "benchmark", "lang"));
    FormTexts t = FormTexts.of(query.language());
    byte[] facts = FactLink.decode(query.one("f", null));
    List<String> sets = new ArrayList<>(query.all("set"));
    String fact = query.one("fact", null);
    if (fact != null) {
      sets.add(change(fact, query.one("value", ""), !query.one("estimate", "").isEmpty()));
    } else if (query.one("value", null) != null || query.one("estimate", null) != null) {
      throw Refusal.badParameter("fact", "give the fact whose value changes");
    }
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("set", sets);
    p.put("lang", List.of(t.language().tag()));
    p.put("benchmark", List.of(query.one("benchmark", "")));
    p.put("format", List.of("html"));
    Answer page = service.whatIf(new Service.Body(facts, linkName(facts)), new Params(p));
    return withWayBack(page, t, query.one("f", null), query.one("benchmark", ""));
  }

  /** A page of the library's with, before its end, the way back to the report and to the form. */
  private static Answer withWayBack(Answer page, FormTexts t, String link, String benchmark) {
    String html = new String(page.body(), StandardCharsets.UTF_8);
    String lang = t.language().tag();
    String back =
        "<nav aria-label=\""
            + Html.escape(t.get("nav.label"))
            + "\">\n<p><a id=\"back-to-report\" href=\"/report?f="
            + link
            + "&amp;benchmark="
            + url(benchmark)
            + "&amp;lang="
            + lang
            + "\">"
            + Html.escape(t.get("nav.report"))
            + "</a> · <a href=\"/?lang="
            + lang
            + "\">"
            + Html.escape(t.get("back"))
            + "</a></p>\n</nav>\n";
    int end = html.lastIndexOf("</main>");
    byte[] body =
        (html.substring(0, end) + back + html.substring(end)).getBytes(StandardCharsets.UTF_8);
    return new Answer(page.status(), page.type(), body, page.headers(), page.codes());
  }

  /**
   * {@code PATH=VALUE} as {@code what-if --set} takes it; an estimate is written in the fact files'
   * notation, its value quoted as the form's facts are, so that nothing typed changes its shape.
   */
  static String change(String fact, String value, boolean estimate) {
    if (!estimate) {
      return fact + "=" + value;
    }
    FactSchema.Field field =
        FactSchema.fields().stream().filter(f -> f.path().equals(fact)).findFirst().orElse(null);
    if (value.isBlank()) {
      throw Refusal.badParameter(
          "value",
          "an estimate needs a value; to make the fact unknown, leave 'estimate' unticked");
    }
    if (field == null) {
      return fact + "=" + value; // refused by FactChange with its own words: no such fact
    }
    return fact + "={estimate: " + FormFacts.scalar(field.type(), value.strip()) + "}";
  }

  /** The name a fact file from a link goes by: its notation follows from its first character. */
  static String linkName(byte[] facts) {
    boolean json = new String(facts, StandardCharsets.UTF_8).stripLeading().startsWith("{");
    return json ? "facts.json" : "facts.yaml";
  }

  /** {@code GET /download?f=…}: the facts as a fact file to keep, edit and send again. */
  Answer download(Params query) {
    query.only(Set.of("f"));
    byte[] facts = FactLink.decode(query.one("f", null));
    String file = linkName(facts);
    boolean json = file.endsWith(".json");
    return new Answer(
            200,
            json ? "application/json; charset=utf-8" : "application/yaml; charset=utf-8",
            facts,
            Map.of(),
            List.of())
        .withHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
  }

  /**
   * A refused request for a page, as a page: the same status and headers as the problem document
   * the API would send, the same lines, and the way back to the form.
   */
  Answer refused(Answer problem, List<String> errors, Language language) {
    FormTexts t = FormTexts.of(language);
    StringBuilder html = head(t, t.get("refused.title"));
    html.append("<h1>")
        .append(Html.escape(t.get("refused.title")))
        .append("</h1>\n<section id=\"errors\" role=\"alert\">\n<ul>\n");
    for (String line : errors) {
      html.append("<li>").append(Html.escape(line)).append("</li>\n");
    }
    html.append("</ul>\n</section>\n<p><a href=\"/?lang=")
        .append(t.language().tag())
        .append("\">")
        .append(Html.escape(t.get("refused.back")))
        .append("</a></p>\n");
    Answer page =
        new Answer(
            problem.status(),
            Answer.HTML,
            foot(t, html).getBytes(StandardCharsets.UTF_8),
            Map.of(),
            problem.codes());
    for (Map.Entry<String, String> h : problem.headers().entrySet()) {
      page = page.withHeader(h.getKey(), h.getValue());
    }
    return page;
  }

  /** The HTML report with a section of next steps before its end. */
  String withNextSteps(String report, Assessment a, byte[] facts, String benchmark, FormTexts t) {
    String link = FactLink.encode(facts);
    String lang = t.language().tag();
    StringBuilder s = new StringBuilder("<section id=\"next-steps\" aria-labelledby=\"next\">\n");
    s.append("<h2 id=\"next\">").append(Html.escape(t.get("next.heading"))).append("</h2>\n");
    if (link.length() > FactLink.MAX_LENGTH) {
      s.append("<p>").append(Html.escape(t.get("download.tooLarge"))).append("</p>\n");
    } else {
      String common = "f=" + link + "&amp;benchmark=" + url(benchmark) + "&amp;lang=" + lang;
      if (!a.recommendations().isEmpty()) {
        s.append("<h3>").append(Html.escape(t.get("explain.heading"))).append("</h3>\n<ul>\n");
        for (Recommendation r : a.recommendations()) {
          s.append("<li><a class=\"explain\" href=\"/explain?code=")
              .append(url(r.code()))
              .append("&amp;")
              .append(common)
              .append("\">")
              .append(Html.escape(t.get("explain.link", r.code())))
              .append("</a>: ")
              .append(Html.escape(r.title()))
              .append("</li>\n");
        }
        s.append("</ul>\n");
      }
      s.append("<h3>").append(Html.escape(t.get("whatif.heading"))).append("</h3>\n");
      s.append("<form method=\"get\" action=\"/what-if\">\n")
          .append(hidden("f", link))
          .append(hidden("benchmark", benchmark))
          .append(hidden("lang", lang))
          .append("<p><label for=\"whatif-fact\">")
          .append(Html.escape(t.get("whatif.fact")))
          .append("</label>\n<select id=\"whatif-fact\" name=\"fact\">\n");
      for (FactSchema.Field f : FactSchema.fields()) {
        if (FactChange.whyNotSettable(f).isEmpty()) {
          s.append("<option value=\"")
              .append(f.path())
              .append("\">")
              .append(Html.escape(t.label(f)))
              .append(" (")
              .append(f.path())
              .append(")</option>\n");
        }
      }
      s.append("</select></p>\n<p><label for=\"whatif-value\">")
          .append(Html.escape(t.get("whatif.value")))
          .append("</label>\n<input id=\"whatif-value\" name=\"value\" type=\"text\"></p>\n")
          .append("<p><input id=\"whatif-estimate\" name=\"estimate\" type=\"checkbox\"")
          .append(" value=\"on\"> <label for=\"whatif-estimate\">")
          .append(Html.escape(t.get("whatif.estimate")))
          .append("</label></p>\n")
          .append("<p><button type=\"submit\">")
          .append(Html.escape(t.get("whatif.submit")))
          .append("</button></p>\n</form>\n");
      s.append("<h3>").append(Html.escape(t.get("download.heading"))).append("</h3>\n");
      s.append("<p><a id=\"download\" href=\"/download?f=")
          .append(link)
          .append("\">")
          .append(Html.escape(t.get("download.link")))
          .append("</a></p>\n");
    }
    s.append("<p><a href=\"/?lang=")
        .append(lang)
        .append("\">")
        .append(Html.escape(t.get("back")))
        .append("</a></p>\n</section>\n");
    int end = report.lastIndexOf("</main>");
    return report.substring(0, end) + s + report.substring(end);
  }

  private static String hidden(String name, String value) {
    return "<input type=\"hidden\" name=\""
        + name
        + "\" value=\""
        + Html.escape(value == null ? "" : value)
        + "\">\n";
  }

  private static String url(String s) {
    return java.net.URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }

  /** The form, with the values given before and the problems found in them. */
  String form(
      FormTexts t, Map<String, List<String>> values, List<Problem> problems, String benchmark) {
    StringBuilder h = head(t, t.get("title"));
    Language other = t.language() == Language.EN ? Language.NL : Language.EN;
    h.append("<p class=\"lang\"><a href=\"/?lang=")
        .append(other.tag())
        .append("\" hreflang=\"")
        .append(other.tag())
        .append("\" lang=\"")
        .append(other.tag())
        .append("\">")
        .append(other == Language.NL ? "Nederlands" : "English")
        .append("</a></p>\n");
    h.append("<h1>").append(Html.escape(t.get("title"))).append("</h1>\n");
    h.append("<p>").append(Html.escape(t.get("intro"))).append("</p>\n");
    if (!problems.isEmpty()) {
      h.append("<section id=\"errors\" role=\"alert\" aria-labelledby=\"errors-heading\">\n")
          .append("<h2 id=\"errors-heading\">")
          .append(Html.escape(t.get("errors.heading")))
          .append("</h2>\n<p>")
          .append(Html.escape(t.get("errors.intro")))
          .append("</p>\n<ul>\n");
      for (Problem p : problems) {
        String target = p.path().isEmpty() ? "upload" : "f-" + p.path();
        h.append("<li><a href=\"#")
            .append(Html.escape(target))
            .append("\">")
            .append(Html.escape(p.toString()))
            .append("</a></li>\n");
      }
      h.append("</ul>\n</section>\n");
    }
    h.append("<form method=\"post\" action=\"/report\" enctype=\"multipart/form-data\">\n");
    h.append("<fieldset>\n<legend>")
        .append(Html.escape(t.get("lang.label")))
        .append("</legend>\n<p><label for=\"lang\">")
        .append(Html.escape(t.get("lang.label")))
        .append("</label>\n<select id=\"lang\" name=\"lang\">\n");
    for (Language l : Language.values()) {
      h.append(option(l.tag(), l == Language.NL ? "Nederlands" : "English", l == t.language()));
    }
    h.append("</select></p>\n<p><label for=\"benchmark\">")
        .append(Html.escape(t.get("benchmark.label")))
        .append("</label>\n<select id=\"benchmark\" name=\"benchmark\">\n")
        .append(option("", t.get("benchmark.none"), benchmark == null || benchmark.isEmpty()));
    for (Benchmarks.Benchmark b : service.benchmarks().all()) {
      h.append(option(b.code(), b.name() + " (" + b.code() + ")", b.code().equals(benchmark)));
    }
    h.append("</select></p>\n</fieldset>\n");
    String section = null;
    for (FactSchema.Field f : FactSchema.fields()) {
      if (!f.section().equals(section)) {
        if (section != null) {
          h.append("</fieldset>\n");
        }
        section = f.section();
        String legend = "section." + section;
        h.append("<fieldset>\n<legend>")
            .append(Html.escape(t.knows(legend) ? t.get(legend) : section))
            .append("</legend>\n");
      }
      String given = first(values.get(f.path()));
      boolean invalid = problems.stream().anyMatch(p -> p.path().equals(f.path()));
      boolean estimated = values.getOrDefault(FormFacts.ESTIMATE, List.of()).contains(f.path());
      String note = first(values.get(FormFacts.NOTE + f.path()));
      h.append(
          FormControls.field(
              t,
              name -> service.advisor().scaleValue(name, t.language()),
              f,
              given,
              invalid,
              estimated,
              note));
    }
    h.append("</fieldset>\n");
    h.append("<fieldset>\n<legend>")
        .append(Html.escape(t.get("upload.heading")))
        .append("</legend>\n<p><label for=\"upload\">")
        .append(Html.escape(t.get("upload.label")))
        .append("</label>\n<input id=\"upload\" name=\"upload\" type=\"file\"")
        .append(" accept=\".yaml,.yml,.json\" aria-describedby=\"upload-help\"></p>\n")
        .append("<p class=\"help\" id=\"upload-help\">")
        .append(Html.escape(t.get("upload.help")))
        .append("</p>\n</fieldset>\n");
    h.append("<p><button type=\"submit\">")
        .append(Html.escape(t.get("submit")))
        .append("</button></p>\n</form>\n");
    return foot(t, h);
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  static String option(String value, String text, boolean selected) {
    return "<option value=\""
        + Html.escape(value)
        + "\""
        + (selected ? " selected" : "")
        + ">"
        + Html.escape(text)
        + "</option>\n";
  }

  private static StringBuilder head(FormTexts t, String title) {
    return new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
        .append(t.language().tag())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.escape(title))
        .append(" – Koploper</title>\n<style>")
        .append(FormControls.STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n");
  }

  private String foot(FormTexts t, StringBuilder h) {
    return h.append("<footer><p>")
        .append(Html.escape(t.get("footer", service.ruleSetSha256().substring(0, 12))))
        .append("</p></footer>\n</main>\n</body>\n</html>\n")
        .toString();
  }

  /** A submitted form: its fields, and the uploaded file if one was chosen. */
  record Submission(Map<String, List<String>> fields, byte[] upload, String uploadName) {
    static Submission read(Request request) throws IOException {
      String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
      if (type == null
          || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
          || MultiPart.extractBoundary(type) == null) {
        throw Refusal.mediaType(type);
      }
      if (request.getLength() > ServeConfig.MAX_BODY + 64 * 1024) {
        throw Refusal.tooLarge();
      }
      MultiPartFormData.Parser parser =
          new MultiPartFormData.Parser(MultiPart.extractBoundary(type));
      parser.setMaxParts(200);
      parser.setMaxLength(ServeConfig.MAX_BODY + 64 * 1024);
      parser.setMaxFileSize(ServeConfig.MAX_BODY);
      parser.setMaxMemoryFileSize(ServeConfig.MAX_BODY + 1);
      MultiPartFormData.Parts parts;
      try {
        parts = parser.parse(request).get();
      } catch (ExecutionException e) {
        String why = String.valueOf(e.getCause() == null ? e : e.getCause().getMessage());
        if (why.toLowerCase(Locale.ROOT).contains("max")) {
          throw Refusal.tooLarge();
        }
        throw Refusal.badParameter("upload", "the form's data could not be read: " + why);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw Refusal.saturated();
      }
      try (parts) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        byte[] upload = null;
        String uploadName = null;
        for (MultiPart.Part part : parts) {
          if (part.getName() == null) {
            continue;
          }
          if (part.getName().equals("upload")) {
            try (InputStream in = Content.Source.asInputStream(part.getContentSource())) {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              in.transferTo(out);
              upload = out.toByteArray();
            }
            uploadName = safeName(part.getFileName());
          } else {
            fields
                .computeIfAbsent(part.getName(), k -> new ArrayList<>())
                .add(part.getContentAsString(StandardCharsets.UTF_8));
          }
        }
        return new Submission(fields, upload, uploadName);
      }
    }

    /** The uploaded file's own name, kept to letters, digits, dot, dash and underscore. */
    static String safeName(String name) {
      if (name == null) {
        return "upload.yaml";
      }
      String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
      String safe = base.replaceAll("[^A-Za-z0-9._-]", "_");
      if (safe.length() > 64) {
        safe = safe.substring(safe.length() - 64);
      }
      return safe.isEmpty() || safe.startsWith(".") ? "upload.yaml" : safe;
    }
  }
}
