package nl.koploper.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example runs as a named module on the module path, with the library and Drools as modules,
 * and its own logging works: logback is the only SLF4J binding, so SLF4J warns of nothing and the
 * example's LOG.error line is printed.
 */
class ModulePathRunTest {
  private static ExampleJvm example;

  @BeforeAll
  static void runTheExample() throws Exception {
    example = ExampleJvm.run("Example");
  }

  @Test
  void theExampleRunsOnTheModulePathAndPrintsTheRankedAdvice() {
    assertEquals(0, example.exitCode(), example::toString);
    assertTrue(example.out().startsWith("1. CRITICAL "), example::toString);
    assertTrue(
        example.out().lines().anyMatch(l -> l.matches("\\d+ recommendations; with broad .*")),
        example::toString);
  }

  @Test
  void theClientsOwnErrorLogLineIsPrintedThroughItsBinding() {
    assertTrue(
        example
            .err()
            .lines()
            .anyMatch(
                l ->
                    l.startsWith("ERROR nl.koploper.example.Example - refused: Facts.builder(NL): ")
                        && l.contains("earlyFunding.earlyRndSubsidies: 'PLENTY' is not one of")),
        example::toString);
  }

  @Test
  void slf4jWarnsOfNothing() {
    String all = example.out() + example.err();
    assertFalse(all.contains("SLF4J(W)"), example::toString);
    assertFalse(all.contains("SLF4J: "), example::toString); // the 1.7 form of its warnings
    assertFalse(all.contains("WARN"), example::toString);
  }

  @Test
  void theClientSeesItsOwnBindingOnly() throws Exception {
    // Negative control: without a binding on the module path, SLF4J does warn, so the test above
    // would see it if the library brought a binding of its own or if the client's failed.
    String modulePath =
        String.join(
            File.pathSeparator,
            Arrays.stream(ExampleJvm.modulePath().split(File.pathSeparator))
                .filter(p -> !p.contains("logback"))
                .toList());
    ExampleJvm bare = ExampleJvm.runWith(modulePath, "Example");
    assertTrue(bare.err().contains("SLF4J(W)"), bare::toString);
    assertFalse(bare.err().contains("refused: "), bare::toString);
  }
}
