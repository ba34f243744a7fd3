package nl.koploper.api;

import java.nio.file.Path;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import nl.koploper.facts.InvalidFactsException;

/** Facts for tests: small YAML snippets, or the example regions in facts/. */
final class Regions {
  private Regions() {}

  /** A region with only the given sections (YAML, indented as top-level keys). */
  static Facts region(String sections) {
    String yaml =
        "schema: koploper/facts/v1\nregion: {code: XX, name: Testland, population: 10000000}\n"
            + sections;
    try {
      return FactsLoader.parse(yaml, "test.yaml", FactsLoader.Format.YAML);
    } catch (InvalidFactsException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** A benchmark region with the given sections. */
  static Facts benchmark(String sections) {
    String yaml =
        "schema: koploper/facts/v1\nregion: {code: BM, name: Benchland, population: 5000000}\n"
            + sections;
    try {
      return FactsLoader.parse(yaml, "benchmark.yaml", FactsLoader.Format.YAML);
    } catch (InvalidFactsException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  static Facts example(String name) {
    try {
      return FactsLoader.load(Path.of("facts", name + ".yaml"));
    } catch (InvalidFactsException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
