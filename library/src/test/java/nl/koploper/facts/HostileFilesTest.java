package nl.koploper.facts;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files built to hurt a parser are refused early, without reading them whole. */
class HostileFilesTest {
  @TempDir Path dir;

  private String refusal(Path file) {
    InvalidFactsException e =
        assertThrows(InvalidFactsException.class, () -> FactsLoader.load(file));
    return e.errors().get(0).toString();
  }

  @Test
  void refusesAHugeScalarByItsSizeAlone() throws IOException {
    Path file = dir.resolve("huge.yaml");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("schema: koploper/facts/v1\nregion: {code: NL, name: \"".getBytes());
      byte[] chunk = "x".repeat(1 << 16).getBytes();
      for (int i = 0; i < 320; i++) { // 20 MiB
        out.write(chunk);
      }
      out.write("\"}\n".getBytes());
    }
    String message = refusal(file);
    assertTrue(message.contains("larger than 1 MiB"), message);
  }

  @Test
  void refusesALongScalarInsideTheSizeLimit() throws IOException {
    Path file = dir.resolve("long.yaml");
    Files.writeString(
        file,
        "schema: koploper/facts/v1\nregion: {code: NL, name: \"" + "x".repeat(500_000) + "\"}\n");
    String message = refusal(file);
    assertTrue(message.contains("longer than 10000 characters"), message);
  }

  @Test
  void refusesDeepYamlNestingWithoutOverflowingTheStack() throws IOException {
    Path file = dir.resolve("deep.yaml");
    Files.writeString(file, "schema: koploper/facts/v1\nregion: " + "[".repeat(100_000));
    String message = refusal(file);
    assertTrue(message.contains("nesting deeper than 8 levels"), message);
  }

  @Test
  void refusesDeepJsonNestingWithoutOverflowingTheStack() throws IOException {
    Path file = dir.resolve("deep.json");
    Files.writeString(file, "{\"region\": " + "[".repeat(100_000));
    String message = refusal(file);
    assertTrue(message.contains("nesting deeper than 8 levels"), message);
  }

  @Test
  void refusesAWideAliasExpansion() throws IOException {
    StringBuilder yaml =
        new StringBuilder("schema: koploper/facts/v1\nregion: {code: NL, name: X}\n");
    yaml.append("a: &a [").append("x, ".repeat(2_000)).append("x]\n");
    yaml.append("b: [").append("*a, ".repeat(100)).append("*a]\n");
    Path file = dir.resolve("wide.yaml");
    Files.writeString(file, yaml);
    String message = refusal(file);
    assertTrue(message.contains("alias bomb"), message);
  }

  @Test
  void readsAJsonFileNearTheSizeLimitWithAnEmojiInOnePass() throws IOException {
    // Columns are counted in characters once an emoji is in the file; finding each token's line
    // from the start of the text made this file take half a minute. It is read in under a second.
    StringBuilder json =
        new StringBuilder(
            "{\"schema\": \"koploper/facts/v1\",\n"
                + "\"region\": {\"code\": \"NL\", \"name\": \"\uD83C\uDDF3\uD83C\uDDF1 NL\"},\n"
                + "\"sources\": [\n");
    for (int i = 0; i < 28_000; i++) {
      json.append(i == 0 ? "" : ",\n")
          .append("{\"id\": \"s")
          .append(i)
          .append("\",\n\"title\": \"t\"}");
    }
    json.append("]}\n");
    Path file = dir.resolve("long.json");
    Files.writeString(file, json);
    Facts facts =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(15), () -> FactsLoader.load(file));
    org.junit.jupiter.api.Assertions.assertEquals(28_000, facts.sources().size());
  }

  @Test
  void refusesADirectory() {
    String message = refusal(dir);
    assertTrue(message.endsWith("is a directory, not a fact file"), message);
  }
}
