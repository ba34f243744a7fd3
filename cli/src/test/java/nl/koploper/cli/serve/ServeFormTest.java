package nl.koploper.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koploper.api.Language;
import nl.koploper.facts.FactSchema;
import nl.koploper.facts.FactsLoader;
import nl.koploper.facts.ValueType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web form over HTTP: generated from the schema, in two languages, and its round trip. */
class ServeFormTest {
  static Served served;
  static final String BOUNDARY = "----koploper-test-boundary";

  @BeforeAll
  static void start() throws Exception {
    served = Served.start();
  }

  @AfterAll
  static void stop() throws Exception {
    served.close();
  }

  static byte[] multipart(Map<String, String> fields, String fileName, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fields.forEach(
        (k, v) ->
            out.writeBytes(
                ("--"
                        + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\""
                        + k
                        + "\"\r\n\r\n"
                        + v
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    if (file != null) {
      out.writeBytes(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(file);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static HttpResponse<String> submit(Map<String, String> fields, String name, byte[] file)
      throws Exception {
    return served.post(
        "/report", "multipart/form-data; boundary=" + BOUNDARY, multipart(fields, name, file));
  }

  static Map<String, String> someFacts() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("lang", "nl");
    f.put("benchmark", "BE-VLG");
    f.put("region.code", "ZH");
    f.put("region.name", "Zuid-Holland");
    f.put("region.population", "3800000");
    f.put("earlyFunding.earlyRndSubsidies", "SCARCE");
    f.put("valorisation.ttoFunding", "PROJECT_BASED");
    f.put("valorisation.ttoStaffFtePer1000Researchers", "3,1");
    f.put("ecosystem.anchorFirms", "Janssen, MSD");
    f.put("ecosystem.emaHosted", "true");
    f.put("clinicalResearch.atmpFramework", "");
    return f;
  }

  static String href(String html, String idOrClass) {
    Matcher m = Pattern.compile(idOrClass + " href=\"([^\"]*)\"").matcher(html);
    assertTrue(m.find(), "no link " + idOrClass);
    return m.group(1).replace("&amp;", "&");
  }

  @Test
  void theFormHasEveryFactOfTheSchemaWithItsAllowedValuesHelpAndUnknown() throws Exception {
    String html = served.get("/").body();
    for (FactSchema.Field f : FactSchema.fields()) {
      assertTrue(html.contains("<label for=\"f-" + f.path() + "\">"), f.path());
      assertTrue(html.contains("name=\"" + f.path() + "\""), f.path());
      assertTrue(html.contains("aria-describedby=\"h-" + f.path() + "\""), f.path());
      if (f.type() instanceof ValueType.Choice c) {
        for (String value : c.names()) {
          assertTrue(html.contains("<option value=\"" + value + "\">"), f.path() + " " + value);
        }
      }
    }
    assertTrue(html.contains("<option value=\"\" selected>unknown</option>"));
    assertTrue(html.contains("type=\"file\""));
    assertFalse(html.contains("<script"), "no JavaScript");
    assertTrue(html.contains("<option value=\"BE-VLG\">"), "the benchmarks");
  }

  @Test
  void everyFactHasALabelAndAHelpTextInEnglishAndDutch() {
    for (Language l : Language.values()) {
      FormTexts t = FormTexts.of(l);
      for (FactSchema.Field f : FactSchema.fields()) {
        assertTrue(t.knows("fact." + f.path() + ".label"), l + " " + f.path());
        assertFalse(t.help(f).isEmpty(), l + " " + f.path());
        if (f.type() instanceof ValueType.Text text && text.pattern() != null) {
          assertTrue(t.knows("fact." + f.path() + ".allowed"), l + " " + f.path());
        }
      }
      assertFalse(t.knows("fact.no.such.label"));
    }
  }

  @Test
  void theWholePageIsDutchWhenAskedAndEnglishOtherwise() throws Exception {
    String nl = served.get("/?lang=nl").body();
    assertTrue(nl.contains("<html lang=\"nl\">"));
    assertTrue(nl.contains("<h1>Beoordeel uw regio</h1>"));
    assertTrue(nl.contains("Kennisbasis"));
    assertFalse(nl.contains("Assess your region"));
    assertTrue(nl.contains("<option value=\"SCARCE\">schaars</option>"), "values in Dutch");
    assertTrue(
        nl.contains("Toegestaan: geen (NONE), schaars (SCARCE),"), "and the names files use");
    assertTrue(nl.contains("een geheel getal van 1 tot en met 10.000.000.000"));
    for (String english : List.of("a whole number", "a number from", ">unknown<", "text.")) {
      assertFalse(nl.contains(english), english);
    }
    String en = served.get("/").body();
    assertTrue(en.contains("<h1>Assess your region</h1>"));
    assertTrue(en.contains("<option value=\"SCARCE\">SCARCE</option>"));
    assertFalse(en.contains("Beoordeel uw regio"));
  }

  @Test
  void submittedFactsGiveTheReportWithExplainLinksAWhatIfAndADownload() throws Exception {
    HttpResponse<String> r = submit(someFacts(), null, null);
    assertEquals(200, r.statusCode(), r.body());
    String html = r.body();
    assertTrue(html.contains("Zuid-Holland"));
    assertTrue(html.contains("<html lang=\"nl\""));
    assertTrue(html.contains("L3.EARLY_RND_SUBSIDIES"));
    HttpResponse<String> explained = served.get(href(html, "class=\"explain\""));
    assertEquals(200, explained.statusCode(), explained.body());
    assertTrue(explained.body().contains("<h1>Koploper-uitleg: <code>L"), explained.body());
    assertFalse(explained.body().contains("$ koploper"), "ways out are links, not commands");
    Matcher way =
        Pattern.compile("<a href=\"(/what-if[^\"]*&amp;set=[^\"]*)\"").matcher(explained.body());
    assertTrue(way.find(), "a way out links to its what-if");
    HttpResponse<String> wayOut = served.get(way.group(1).replace("&amp;", "&"));
    assertEquals(200, wayOut.statusCode(), wayOut.body());
    assertTrue(wayOut.body().contains("<h1>Koploper wat-als: "), wayOut.body());
    HttpResponse<String> back = served.get(href(explained.body(), "id=\"back-to-report\""));
    assertEquals(html, back.body(), "the way back is the report itself");
    Matcher f = Pattern.compile("name=\"f\" value=\"([^\"]*)\"").matcher(html);
    assertTrue(f.find());
    HttpResponse<String> whatIf =
        served.get(
            "/what-if?f="
                + f.group(1)
                + "&fact=earlyFunding.earlyRndSubsidies&value=BROAD"
                + "&benchmark=BE-VLG&lang=nl");
    assertEquals(200, whatIf.statusCode(), whatIf.body());
    assertTrue(whatIf.body().contains("L3.EARLY_RND_SUBSIDIES"), whatIf.body());
  }

  @Test
  void theDownloadedFactsValidateAndGiveTheSameAssessment() throws Exception {
    String report = submit(someFacts(), null, null).body();
    HttpResponse<String> download = served.get(href(report, "id=\"download\""));
    assertEquals(200, download.statusCode());
    assertEquals(
        "attachment; filename=\"facts.yaml\"",
        download.headers().firstValue("Content-Disposition").orElseThrow());
    byte[] file = download.body().getBytes(StandardCharsets.UTF_8);
    FactsLoader.load(file, "facts.yaml");
    HttpResponse<String> again =
        served.post("/v1/assess?format=html&benchmark=BE-VLG&lang=nl", "application/yaml", file);
    String withoutNextSteps =
        report.substring(0, report.indexOf("<section id=\"next-steps\""))
            + report.substring(report.indexOf("</section>\n</main>") + "</section>\n".length());
    assertEquals(again.body(), withoutNextSteps);
    HttpResponse<String> uploaded =
        submit(Map.of("lang", "nl", "benchmark", "BE-VLG"), "facts.yaml", file);
    assertEquals(report, uploaded.body(), "the same facts uploaded give the same page");
  }

  @Test
  void anUploadedFactFileIsAssessedInsteadOfTheFields() throws Exception {
    byte[] nl = Files.readAllBytes(ServeApiTest.NL);
    HttpResponse<String> r =
        submit(Map.of("lang", "en", "region.name", "ignored"), "netherlands.yaml", nl);
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("Nederland"));
  }

  @Test
  void invalidFactsGiveTheFormAgainWithTheErrorsAndTheValuesEscaped() throws Exception {
    Map<String, String> f = someFacts();
    f.put("region.name", "<script>alert(1)</script>");
    f.put("region.population", "many");
    f.put("lang", "en");
    HttpResponse<String> r = submit(f, null, null);
    assertEquals(400, r.statusCode());
    String html = r.body();
    assertTrue(html.contains("role=\"alert\""));
    assertTrue(html.contains("region.population: "), html);
    assertTrue(html.contains("aria-invalid=\"true\""));
    assertFalse(html.contains("<script>"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.contains("value=\"3,1\""), "what was entered is kept");
  }

  @Test
  void aFormPostFromAnotherSiteIsRefused() throws Exception {
    HttpResponse<String> r =
        served.post(
            "/report",
            "multipart/form-data; boundary=" + BOUNDARY,
            multipart(someFacts(), null, null),
            "Origin",
            "http://evil.example",
            "Sec-Fetch-Site",
            "cross-site");
    assertEquals(403, r.statusCode());
  }

  @Test
  void aDamagedFactLinkIsAnInvalidParameterNotACrash() throws Exception {
    assertEquals(400, served.get("/download?f=AAAA").statusCode());
    assertEquals(400, served.get("/download?f=%25%25").statusCode());
    assertEquals(400, served.get("/download").statusCode());
  }

  @Test
  void everyFactButTheRegionsCodeAndNameCanBeMarkedAsAnEstimateWithANote() throws Exception {
    String html = served.get("/?lang=nl").body();
    for (FactSchema.Field f : FactSchema.fields()) {
      boolean names = f.path().equals("region.code") || f.path().equals("region.name");
      String box =
          "<input type=\"checkbox\" id=\"e-"
              + f.path()
              + "\" name=\"estimate\" value=\""
              + f.path()
              + "\">";
      assertEquals(!names, html.contains(box), f.path());
      assertEquals(!names, html.contains("<label for=\"e-" + f.path() + "\">"), f.path());
      assertEquals(!names, html.contains("name=\"note." + f.path() + "\""), f.path());
    }
    assertTrue(html.contains("Deze waarde is een schatting"));
    assertTrue(html.contains("input[type=checkbox]:not(:checked)~.note{display:none}"));
  }

  @Test
  void aFactMarkedAsAnEstimateIsAnEstimateInTheReportAndInTheDownloadedFile() throws Exception {
    Map<String, String> f = someFacts();
    f.put("estimate", "earlyFunding.earlyRndSubsidies");
    f.put(
        "note.earlyFunding.earlyRndSubsidies",
        "the report's words: \"schaars\" {x: [1]} # not a comment");
    f.put("note.valorisation.ttoFunding", "a note without the box ticked is dropped");
    String report = submit(f, null, null).body();
    assertTrue(report.contains("schaars (schatting)"), report);
    assertTrue(report.contains("berust alleen op schattingen"), report);
    String file = served.get(href(report, "id=\"download\"")).body();
    assertTrue(
        file.contains(
            "  earlyRndSubsidies: {estimate: SCARCE, note: \"the report's words: \\\"schaars\\\""
                + " {x: [1]} # not a comment\"}\n"),
        file);
    nl.koploper.facts.Facts loaded =
        FactsLoader.load(file.getBytes(StandardCharsets.UTF_8), "facts.yaml");
    assertEquals(
        Map.of(
            "earlyFunding.earlyRndSubsidies",
            "the report's words: \"schaars\" {x: [1]} # not a comment"),
        loaded.estimates());
    assertFalse(loaded.isEstimate("valorisation.ttoFunding"), "not ticked: certain");
    assertFalse(file.contains("dropped"));
  }

  @Test
  void anEstimateWithoutAValueGivesTheFormAgainSayingSoAtThatFact() throws Exception {
    Map<String, String> f = someFacts();
    f.put("estimate", "clinicalResearch.atmpFramework");
    f.put("note.clinicalResearch.atmpFramework", "we think so");
    HttpResponse<String> r = submit(f, null, null);
    assertEquals(400, r.statusCode());
    String html = r.body();
    assertTrue(
        html.contains(
            "<a href=\"#f-clinicalResearch.atmpFramework\">clinicalResearch.atmpFramework:"
                + " gemarkeerd als schatting, maar zonder waarde"),
        html);
    assertTrue(html.contains("value=\"clinicalResearch.atmpFramework\" checked>"), "kept ticked");
    assertTrue(html.contains("value=\"we think so\""), "the note is kept");
  }

  @Test
  void theWhatIfMarksTheNewValueAsAnEstimateOnlyWhenAsked() throws Exception {
    String report = submit(someFacts(), null, null).body();
    Matcher m = Pattern.compile("name=\"f\" value=\"([^\"]*)\"").matcher(report);
    assertTrue(m.find());
    String base = "/what-if?f=" + m.group(1) + "&lang=nl&fact=financingChain.patientPublicCapital";
    HttpResponse<String> plain = served.get(base + "&value=LOW");
    HttpResponse<String> estimated = served.get(base + "&value=LOW&estimate=on");
    assertEquals(200, plain.statusCode(), plain.body());
    assertEquals(200, estimated.statusCode(), estimated.body());
    assertTrue(
        estimated.body().contains("<td>onbekend</td><td>LOW (schatting)</td>"), estimated.body());
    assertTrue(plain.body().contains("<td>onbekend</td><td>LOW</td>"), plain.body());
    HttpResponse<String> empty = served.get(base + "&value=&estimate=on");
    assertEquals(400, empty.statusCode());
    assertTrue(empty.body().contains("an estimate needs a value"), empty.body());
    assertTrue(empty.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
  }

  @Test
  void theWhatIfTakesSeveralChangesAtOnce() throws Exception {
    String report = submit(someFacts(), null, null).body();
    Matcher m = Pattern.compile("name=\"f\" value=\"([^\"]*)\"").matcher(report);
    assertTrue(m.find());
    HttpResponse<String> r =
        served.get(
            "/what-if?f="
                + m.group(1)
                + "&set=earlyFunding.earlyRndSubsidies=BROAD&set=valorisation.ttoFunding=STRUCTURAL");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("earlyFunding.earlyRndSubsidies"), r.body());
    assertTrue(r.body().contains("valorisation.ttoFunding"), r.body());
  }

  @Test
  void aRefusedPageIsAPageInTheAskedLanguageAndTheApiStillAnswersProblemDocuments()
      throws Exception {
    HttpResponse<String> page = served.get("/explain?f=AAAA&code=X&lang=nl");
    assertEquals(400, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(page.body().contains("<h1>Het verzoek kon niet worden beantwoord</h1>"));
    assertTrue(page.body().contains("<li>f: the facts in the link are cut short</li>"));
    HttpResponse<String> api = served.get("/v1/rules?nonsense=1");
    assertEquals(400, api.statusCode());
    assertTrue(
        api.headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"));
  }
}
