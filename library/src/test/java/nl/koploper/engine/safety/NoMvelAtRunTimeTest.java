package nl.koploper.engine.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A user's rule set runs as bytecode: no class of MVEL is loaded while it assesses a region. */
class NoMvelAtRunTimeTest {
  @Test
  void assessingWithAUserRuleSetLoadsNoMvelClass() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Xmx512m",
                "-verbose:class",
                "-cp",
                System.getProperty("java.class.path"),
                AssessWithoutMvel.class.getName())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out.length() > 4000 ? out.substring(out.length() - 4000) : out);
    int from = out.indexOf("=== ASSESSING");
    int to = out.indexOf("=== DONE");
    assertTrue(from >= 0 && to > from, "markers missing");
    String during = out.substring(from, to);
    List<String> mvel =
        during.lines().filter(l -> l.matches(".*\\[class,load *\\] org\\.mvel2\\..*")).toList();
    assertEquals(List.of(), mvel);
    // the listing is real: it shows the classes generated from the rule set being loaded
    assertTrue(
        out.lines().anyMatch(l -> l.matches(".*\\[class,load *\\] koploper\\.rules\\..*")),
        "the listing shows generated classes");
    assertTrue(
        out.substring(0, from)
            .lines()
            .anyMatch(l -> l.matches(".*\\[class,load *\\] org\\.mvel2\\..*")),
        "the listing shows MVEL where it is loaded (compiling), so its absence later means something");
  }
}
