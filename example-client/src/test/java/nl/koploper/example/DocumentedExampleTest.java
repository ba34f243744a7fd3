package nl.koploper.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedding example shown in docs/embedding.md (and the README) is the code of Example.java
 * between its {@code embedding-example} markers, so what readers copy is what these tests compile
 * and run.
 */
class DocumentedExampleTest {
  private static final String JAVA_BEGIN = "// embedding-example:begin";
  private static final String JAVA_END = "// embedding-example:end";
  private static final String DOC_BEGIN = "<!-- embedding-example:begin -->";
  private static final String DOC_END = "<!-- embedding-example:end -->";

  /** The lines strictly between the first {@code begin} line and the next {@code end} line. */
  static List<String> region(String text, String begin, String end, String where) {
    List<String> lines = text.lines().toList();
    int from = lines.indexOf(begin);
    int to = from < 0 ? -1 : lines.subList(from, lines.size()).indexOf(end) + from;
    if (from < 0 || to <= from) {
      throw new IllegalArgumentException(where + " has no region " + begin + " … " + end);
    }
    return lines.subList(from + 1, to);
  }

  /** A documented region without the Markdown fence around the code. */
  static List<String> code(String markdown, String where) {
    List<String> lines = region(markdown, DOC_BEGIN, DOC_END, where);
    if (lines.size() < 2
        || !lines.get(0).equals("```java")
        || !lines.get(lines.size() - 1).equals("```")) {
      throw new IllegalArgumentException(where + ": the region is not one ```java block");
    }
    return lines.subList(1, lines.size() - 1);
  }

  static List<String> example() throws Exception {
    Path source =
        Path.of(System.getProperty("example.sources"), "nl/koploper/example/Example.java");
    return region(
        Files.readString(source, StandardCharsets.UTF_8), JAVA_BEGIN, JAVA_END, source.toString());
  }

  @Test
  void theEmbeddingGuideShowsTheExampleAsItIsCompiled() throws Exception {
    String guide = Files.readString(Path.of("docs/embedding.md"), StandardCharsets.UTF_8);
    assertEquals(example(), code(guide, "docs/embedding.md"));
  }

  @Test
  void theReadmeShowsTheExampleAsItIsCompiled() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assumeTrue(
        readme.contains(DOC_BEGIN),
        "README.md marks no embedding example yet (" + DOC_BEGIN + "); not compared");
    assertEquals(example(), code(readme, "README.md"));
  }

  @Test
  void aChangedLineIsADifference() throws Exception {
    List<String> shown = new ArrayList<>(example());
    shown.set(shown.size() / 2, shown.get(shown.size() / 2) + " // edited");
    String markdown =
        DOC_BEGIN + "\n```java\n" + String.join("\n", shown) + "\n```\n" + DOC_END + "\n";
    assertEquals(shown, code(markdown, "test"));
    assertNotEquals(example(), code(markdown, "test"));
  }

  @Test
  void aRegionWithoutItsEndMarkerOrFenceIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> code(DOC_BEGIN + "\n```java\nx\n```\n", "test"));
    assertThrows(
        IllegalArgumentException.class, () -> code(DOC_BEGIN + "\nx\n" + DOC_END + "\n", "test"));
  }
}
