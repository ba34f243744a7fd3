package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fact files that extend another, at the command line. */
class ExtendsCommandTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void validateSaysHowManyFactsAFileInheritsAndFromWhere() throws Exception {
    Path nl = write("nl.yaml", Files.readString(Path.of("facts/netherlands.yaml")));
    Path zh =
        write(
            "zh.yaml",
            "schema: koploper/facts/v1\nextends: nl.yaml\n"
                + "region: {code: NL-ZH, name: Zuid-Holland, population: 3700000}\n");
    CliRun run = CliRun.of("validate", zh.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("; inherited: "), run.out());
    assertTrue(run.out().contains(" from " + nl + ")"), run.out());
    CliRun plain = CliRun.of("validate", nl.toString());
    assertTrue(!plain.out().contains("inherited"), plain.out());
  }

  @Test
  void assessRefusesACycleWithExitTwoAndWritesNothing() throws Exception {
    Path a =
        write(
            "a.yaml", "schema: koploper/facts/v1\nextends: b.yaml\nregion: {code: AA, name: A}\n");
    write("b.yaml", "schema: koploper/facts/v1\nextends: a.yaml\nregion: {code: BB, name: B}\n");
    CliRun run = CliRun.of("assess", a.toString());
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains(":2:10: extends: extends makes a cycle"), run.err());
    assertTrue(!run.err().contains("Exception"), run.err());
  }

  @Test
  void assessRefusesAPathOutOfTheDirectoryWithExitTwo() throws Exception {
    Path a =
        write(
            "a.yaml",
            "schema: koploper/facts/v1\nextends: ../../etc/passwd\nregion: {code: AA, name: A}\n");
    CliRun run = CliRun.of("assess", a.toString());
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains(a + ":2:10: extends: "), run.err());
  }
}
