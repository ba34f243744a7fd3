package nl.koploper.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.api.Advisor;
import nl.koploper.api.Assessment;
import nl.koploper.api.Language;
import nl.koploper.api.Recommendation;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import org.junit.jupiter.api.Test;

class CsvReportTest {
  private static final Advisor ADVISOR = Advisor.bundled();

  private static Assessment netherlandsAgainstFlanders(Language language) throws Exception {
    Facts nl = FactsLoader.load(Path.of("facts/netherlands.yaml"));
    Facts vl = FactsLoader.load(Path.of("facts/flanders.yaml"));
    return ADVISOR.assess(nl, vl, language);
  }

  /**
   * A strict RFC 4180 reader: records end in CRLF, a quoted field may hold commas, CRLF and doubled
   * quotes. Anything else (a bare LF, a quote inside an unquoted field) fails the test.
   */
  static List<List<String>> parse(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (c == '"' && field.length() == 0) {
        i = quoted(csv, i + 1, field);
        continue;
      }
      if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        assertFalse(c == '"' || c == '\r' || c == '\n', "unquoted " + (int) c + " at " + i);
        field.append(c);
      }
      i++;
    }
    assertTrue(record.isEmpty() && field.length() == 0, "the last record lacks its CRLF");
    return records;
  }

  /** Reads a quoted field's content from {@code i}; returns the index after its closing quote. */
  private static int quoted(String csv, int i, StringBuilder field) {
    while (true) {
      char c = csv.charAt(i);
      if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
        field.append('"');
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        field.append(c);
        i++;
      }
    }
  }

  @Test
  void hasExactlyOneRowPerRecommendationPlusTheHeader() throws Exception {
    Assessment a = netherlandsAgainstFlanders(Language.EN);
    List<List<String>> rows = parse(CsvReport.render(a));
    assertEquals(a.recommendations().size() + 1, rows.size());
    assertEquals(
        List.of(
            "rank",
            "code",
            "lesson",
            "priority",
            "score",
            "title",
            "action",
            "evidence",
            "actors",
            "rests on estimates"),
        rows.get(0));
    for (List<String> row : rows) {
      assertEquals(10, row.size(), row.toString());
    }
  }

  @Test
  void holdsEveryRecommendationInRankOrder() throws Exception {
    Assessment a = netherlandsAgainstFlanders(Language.EN);
    List<List<String>> rows = parse(CsvReport.render(a));
    List<String> codes = rows.subList(1, rows.size()).stream().map(r -> r.get(1)).toList();
    assertEquals(a.recommendations().stream().map(Recommendation::code).toList(), codes);
    for (int i = 0; i < a.recommendations().size(); i++) {
      Recommendation r = a.recommendations().get(i);
      List<String> row = rows.get(i + 1);
      assertEquals(
          List.of(
              String.valueOf(r.rank()),
              r.code(),
              String.valueOf(r.lesson()),
              r.priority().name(),
              String.valueOf(r.score()),
              r.title(),
              r.action()),
          row.subList(0, 7));
    }
  }

  @Test
  void summarisesTheEvidenceWithTheBenchmarksValue() throws Exception {
    Assessment a = netherlandsAgainstFlanders(Language.EN);
    String evidence =
        parse(CsvReport.render(a)).stream()
            .filter(row -> row.get(1).equals("L3.EARLY_RND_SUBSIDIES"))
            .findFirst()
            .orElseThrow()
            .get(7);
    assertEquals(
        "earlyFunding.earlyRndSubsidies = NONE (expected at least AVAILABLE; Vlaanderen: BROAD (estimate))",
        evidence);
  }

  @Test
  void speaksDutchWithDutchPrioritiesAndActorsButMachineReadableNumbers() throws Exception {
    Assessment a = netherlandsAgainstFlanders(Language.NL);
    List<List<String>> rows = parse(CsvReport.render(a));
    assertEquals(
        List.of(
            "rang",
            "code",
            "les",
            "prioriteit",
            "score",
            "titel",
            "actie",
            "onderbouwing",
            "actoren",
            "berust op schattingen"),
        rows.get(0));
    List<String> first = rows.get(1);
    assertEquals("ZEER HOOG", first.get(3));
    assertEquals("90.0", first.get(4));
    assertEquals(a.recommendations().get(0).title(), first.get(5));
    List<String> patientCapital =
        rows.stream()
            .filter(r -> r.get(1).equals("L4.PATIENT_PUBLIC_CAPITAL"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "het Rijk, de provincie of regio, de regionale ontwikkelingsmaatschappij (ROM)",
        patientCapital.get(8));
    assertTrue(first.get(7).contains("(verwacht "), first.get(7));
  }

  @Test
  void quotesFieldsWithCommasQuotesAndLineBreaks() {
    assertEquals("plain", CsvReport.field("plain"));
    assertEquals("\"a, b\"", CsvReport.field("a, b"));
    assertEquals("\"say \"\"no\"\"\"", CsvReport.field("say \"no\""));
    assertEquals("\"one\r\ntwo\"", CsvReport.field("one\r\ntwo"));
    assertEquals("\"one\ntwo\"", CsvReport.field("one\ntwo"));
    assertEquals("\"cr\ronly\"", CsvReport.field("cr\ronly"));
    String tricky = "a, \"b\"\r\nc";
    assertEquals(List.of(List.of(tricky, "x")), parse(CsvReport.field(tricky) + ",x\r\n"));
  }

  @Test
  void endsEveryRecordWithCrlf() throws Exception {
    String csv = CsvReport.render(netherlandsAgainstFlanders(Language.EN));
    assertTrue(csv.endsWith("\r\n"));
    assertFalse(csv.replace("\r\n", "").contains("\n"), "a bare LF outside a quoted field");
  }

  @Test
  void writesScoresWithAPointAndNeverAnExponent() {
    assertEquals("98.0", CsvReport.number(98.0));
    assertEquals("24.4", CsvReport.number(24.4));
    assertEquals("0.00010", CsvReport.number(0.0001));
  }
}
