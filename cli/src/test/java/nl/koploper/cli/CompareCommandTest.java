package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompareCommandTest {
  private static final String NL = "facts/netherlands.yaml";
  private static final String VL = "facts/flanders.yaml";
  private static final String DK = "facts/denmark.yaml";

  @Test
  void ranksRegionsByMeanLessonMaturityWithUnknownLast() {
    CliRun run = CliRun.of("compare", DK, NL, VL);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .startsWith("Koploper comparison: Vlaanderen (BE-VLG), Nederland (NL), Danmark (DK)\n"),
        run.out());
    assertTrue(run.out().contains("1. BE-VLG       2. NL       3. DK"), run.out());
  }

  @Test
  void showsEachRegionsTopRecommendationsInTheirAssessmentOrder() {
    CliRun compare = CliRun.of("compare", NL, VL, "--format", "json", "--top", "2");
    CliRun assess = CliRun.of("assess", NL, "--format", "json");
    assertEquals(0, compare.exitCode(), compare.err());
    int first = assess.out().indexOf("\"code\": \"L");
    String firstCode = assess.out().substring(first + 9, assess.out().indexOf('"', first + 9));
    assertTrue(compare.out().contains("\"code\": \"" + firstCode + "\""), compare.out());
    assertTrue(compare.out().startsWith("{\n  \"schema\": \"koploper/comparison/v1\""));
  }

  @Test
  void writesOneCsvRowPerRegionPlusTheHeader() {
    CliRun run = CliRun.of("compare", NL, VL, DK, "--format", "csv");
    assertEquals(0, run.exitCode(), run.err());
    List<String> rows = List.of(run.out().split("\r\n"));
    assertEquals(4, rows.size(), run.out());
    assertTrue(rows.get(0).startsWith("rank,code,Region,mean,knowledge-base,"), rows.get(0));
    assertTrue(rows.get(1).startsWith("1,BE-VLG,Vlaanderen,100.0,"), rows.get(1));
  }

  @Test
  void writesAMarkdownTableWithAColumnPerRegion() {
    CliRun run = CliRun.of("compare", NL, VL, "--format", "markdown", "--lang", "nl");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("| Les | 1. Vlaanderen | 2. Nederland |"), run.out());
    assertTrue(run.out().contains("| 3. Vroege financiering | 100,0 | 16,7 |"), run.out());
  }

  @Test
  void needsAtLeastTwoRegions() {
    CliRun run = CliRun.of("compare", NL);
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
  }

  @Test
  void refusesTheSameRegionTwice() {
    CliRun run = CliRun.of("compare", NL, NL);
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("region NL is given more than once"), run.err());
  }

  @Test
  void reportsEveryInvalidFileAndWritesNothing() {
    CliRun run =
        CliRun.of(
            "compare",
            "library/src/test/resources/facts/bad/unknown-enum.yaml",
            NL,
            "library/src/test/resources/facts/bad/negative-count.yaml");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("unknown-enum.yaml:4:22"), run.err());
    assertTrue(run.err().contains("negative-count.yaml:4:20"), run.err());
  }

  @Test
  void refusesATopBelowOne() {
    CliRun run = CliRun.of("compare", NL, VL, "--top", "0");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--top must be at least 1"), run.err());
  }
}
