package nl.koploper.facts;

import static nl.koploper.facts.FactsLoaderTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtendsTest {
  private static final String SCHEMA = "schema: koploper/facts/v1\n";
  private static final String NATION =
      SCHEMA
          + "region: {code: NL, name: Nederland, population: 17400000, year: 2020}\n"
          + "sources:\n"
          + "  - {id: report, title: Report}\n"
          + "  - {id: shared, title: National title}\n"
          + "earlyFunding:\n"
          + "  earlyRndSubsidies: {estimate: NONE, note: national}\n"
          + "  policyContinuityYears: 4\n"
          + "  source: report\n"
          + "clinicalResearch:\n"
          + "  medianApprovalDays: 60\n"
          + "  source: report\n"
          + "outcomes: {biotechCompanies: 376, source: report}\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private FactError refused(Path file) {
    InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> load(file));
    return e.errors().get(0);
  }

  private static Facts load(Path file) throws InvalidFactsException {
    return FactsLoader.load(file);
  }

  @Test
  void inheritsEveryFactAndReplacesOnlyTheFieldsItWrites() throws Exception {
    write("nl.yaml", NATION);
    Path zh =
        write(
            "zh.yaml",
            SCHEMA
                + "extends: nl.yaml\n"
                + "region: {code: NL-ZH, name: Zuid-Holland, population: 3700000}\n"
                + "sources:\n"
                + "  - {id: shared, title: Provincial title}\n"
                + "  - {id: province, title: Province}\n"
                + "earlyFunding:\n"
                + "  policyContinuityYears: {estimate: 6}\n"
                + "  source: province\n");
    Facts facts = load(zh);
    assertEquals("NL-ZH", facts.region().code());
    assertEquals(3_700_000L, facts.region().population());
    assertNull(facts.region().year(), "the region section is the file's own");
    assertNull(facts.outcomes().biotechCompanies(), "a country's totals are not a province's");
    assertEquals(Availability.NONE, facts.earlyFunding().earlyRndSubsidies());
    assertEquals(6, facts.earlyFunding().policyContinuityYears());
    assertEquals(60, facts.clinicalResearch().medianApprovalDays());
    assertEquals("province", facts.earlyFunding().source());
    assertEquals("report", facts.clinicalResearch().source());
    assertEquals(
        List.of("report:Report", "shared:Provincial title", "province:Province"),
        facts.sources().stream().map(s -> s.id() + ":" + s.title()).toList());
    assertTrue(facts.isEstimate("earlyFunding.earlyRndSubsidies"), "inherited estimate");
    assertTrue(facts.isEstimate("earlyFunding.policyContinuityYears"), "own estimate");
    assertFalse(facts.isEstimate("clinicalResearch.medianApprovalDays"));
  }

  @Test
  void anOwnCertainValueReplacesAnInheritedEstimate() throws Exception {
    write("nl.yaml", NATION);
    Path zh =
        write(
            "zh.yaml",
            SCHEMA
                + "extends: nl.yaml\nregion: {code: NL-ZH, name: Zuid-Holland}\n"
                + "earlyFunding: {earlyRndSubsidies: SCARCE}\n");
    Facts facts = load(zh);
    assertEquals(Availability.SCARCE, facts.earlyFunding().earlyRndSubsidies());
    assertFalse(facts.isEstimate("earlyFunding.earlyRndSubsidies"));
  }

  @Test
  void namesTheFileEachFactWasWrittenIn() throws Exception {
    write("nl.yaml", NATION);
    Path zh =
        write(
            "zh.yaml",
            SCHEMA
                + "extends: nl.yaml\nregion: {code: NL-ZH, name: Zuid-Holland}\n"
                + "earlyFunding: {policyContinuityYears: 5}\n");
    LoadedFacts loaded = FactsLoader.loadWithOrigins(zh);
    assertEquals(zh.toString(), loaded.origins().get("earlyFunding.policyContinuityYears"));
    assertEquals(zh.toString(), loaded.origins().get("region.code"));
    assertEquals(
        dir.resolve("nl.yaml").toString(), loaded.origins().get("earlyFunding.earlyRndSubsidies"));
    assertFalse(loaded.origins().containsKey("region.year"));
  }

  @Test
  void anErrorInTheExtendedFileNamesThatFile() throws Exception {
    write("nl.yaml", NATION.replace("policyContinuityYears: 4", "policyContinuityYears: -4"));
    Path zh = write("zh.yaml", SCHEMA + "extends: nl.yaml\nregion: {code: NL-ZH, name: Z}\n");
    FactError error = refused(zh);
    assertEquals(dir.resolve("nl.yaml").toString(), error.file());
    assertEquals("earlyFunding.policyContinuityYears", error.path());
    assertEquals(8, error.line());
  }

  @Test
  void citesASourceOnlyTheExtendedFileListsButNotAnUnknownOne() throws Exception {
    write("nl.yaml", NATION);
    Path ok =
        write(
            "ok.yaml",
            SCHEMA
                + "extends: nl.yaml\nregion: {code: NL-ZH, name: Z}\n"
                + "outcomes: {biotechCompanies: 40, source: report}\n");
    assertEquals("report", load(ok).outcomes().source());
    Path bad =
        write(
            "bad.yaml",
            SCHEMA
                + "extends: nl.yaml\nregion: {code: NL-ZH, name: Z}\n"
                + "outcomes: {biotechCompanies: 40, source: nowhere}\n");
    assertError(refused(bad), 4, 42, "outcomes.source", "names no entry of sources");
  }

  @Test
  void requiresTheRegionInTheExtendingFile() throws Exception {
    write("nl.yaml", NATION);
    Path zh = write("zh.yaml", SCHEMA + "extends: nl.yaml\n");
    assertError(refused(zh), 1, 1, "region", "required section is missing");
  }

  @Test
  void refusesAPathThatLeadsOutOfTheDirectoryOrIsAbsolute() throws Exception {
    write("nl.yaml", NATION);
    Path inner =
        write("regions/zh.yaml", SCHEMA + "extends: ../nl.yaml\nregion: {code: A1, name: A}\n");
    assertError(refused(inner), 2, 10, "extends", "leads outside this file's directory");
    Path absolute =
        write(
            "abs.yaml",
            SCHEMA + "extends: " + dir.resolve("nl.yaml") + "\nregion: {code: A1, name: A}\n");
    assertError(refused(absolute), 2, 10, "extends", "is absolute");
  }

  @Test
  void refusesAMissingFileADirectoryAndAValueThatIsNoPath() throws Exception {
    Path missing = write("m.yaml", SCHEMA + "extends: nope.yaml\nregion: {code: A1, name: A}\n");
    assertError(refused(missing), 2, 10, "extends", "no such file");
    Files.createDirectories(dir.resolve("sub"));
    Path directory = write("d.yaml", SCHEMA + "extends: sub\nregion: {code: A1, name: A}\n");
    assertError(refused(directory), 2, 10, "extends", "not a regular file");
    Path number = write("n.yaml", SCHEMA + "extends: 3\nregion: {code: A1, name: A}\n");
    assertError(refused(number), 2, 10, "extends", "expected the path of a fact file");
    Path list = write("l.yaml", SCHEMA + "extends: [a.yaml]\nregion: {code: A1, name: A}\n");
    assertError(refused(list), 2, 10, "extends", "expected the path of a fact file");
  }

  @Test
  void refusesASymbolicLinkOutOfTheDirectory(@TempDir Path elsewhere) throws Exception {
    Path outside = Files.writeString(elsewhere.resolve("secret.yaml"), NATION);
    Path link = dir.resolve("link.yaml");
    try {
      Files.createSymbolicLink(link, outside);
    } catch (UnsupportedOperationException | java.io.IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
    }
    Path zh = write("zh.yaml", SCHEMA + "extends: link.yaml\nregion: {code: A1, name: A}\n");
    assertError(refused(zh), 2, 10, "extends", "is a symbolic link to");
  }

  @Test
  void followsASymbolicLinkThatStaysInside() throws Exception {
    Path real = write("nl.yaml", NATION);
    Files.createSymbolicLink(dir.resolve("alias.yaml"), real);
    Path zh = write("zh.yaml", SCHEMA + "extends: alias.yaml\nregion: {code: A1, name: A}\n");
    assertEquals(60, load(zh).clinicalResearch().medianApprovalDays());
  }

  @Test
  void refusesACycleNamingTheFilesInOrder() throws Exception {
    Path a = write("a.yaml", SCHEMA + "extends: b.yaml\nregion: {code: AA, name: A}\n");
    write("b.yaml", SCHEMA + "extends: a.yaml\nregion: {code: BB, name: B}\n");
    FactError error = refused(a);
    assertError(error, 2, 10, "extends", "extends makes a cycle: ");
    assertTrue(
        error.message().endsWith(a + " → " + dir.resolve("b.yaml") + " → " + a), error.message());
    Path self = write("self.yaml", SCHEMA + "extends: self.yaml\nregion: {code: SS, name: S}\n");
    assertError(refused(self), 2, 10, "extends", "cycle");
  }

  @Test
  void allowsFourLevelsAndRefusesTheFifth() throws Exception {
    write("l5.yaml", NATION);
    for (int i = 4; i >= 0; i--) {
      write(
          "l" + i + ".yaml",
          SCHEMA + "extends: l" + (i + 1) + ".yaml\nregion: {code: L" + i + ", name: L}\n");
    }
    assertEquals(60, load(dir.resolve("l1.yaml")).clinicalResearch().medianApprovalDays());
    FactError error = refused(dir.resolve("l0.yaml"));
    assertError(error, 2, 10, "extends", "more than 4 levels deep");
    assertEquals(dir.resolve("l4.yaml").toString(), error.file());
  }

  @Test
  void refusesExtendsInTextThatHasNoFile() {
    InvalidFactsException e =
        assertThrows(
            InvalidFactsException.class,
            () ->
                FactsLoader.parse(
                    SCHEMA + "extends: nl.yaml\nregion: {code: AA, name: A}\n",
                    "memory.yaml",
                    FactsLoader.Format.YAML));
    assertError(e.errors().get(0), 2, 1, "extends", "only from a fact file on disk");
  }

  @Test
  void extendsWorksInJsonAndCarriesUncertainValuesForSensitivity() throws Exception {
    write(
        "nl.yaml",
        NATION.replace("policyContinuityYears: 4", "policyContinuityYears: {between: [2, 6]}"));
    Path json =
        write(
            "zh.json",
            "{\"schema\": \"koploper/facts/v1\", \"extends\": \"nl.yaml\","
                + " \"region\": {\"code\": \"NL-ZH\", \"name\": \"Z\"}}");
    UncertainFacts facts = FactsLoader.loadUncertain(json);
    assertEquals(1, facts.uncertainties().size());
    assertEquals(60, facts.base().clinicalResearch().medianApprovalDays());
    assertError(refused(json), 8, 26, "earlyFunding.policyContinuityYears", "only for koploper");
  }
}
