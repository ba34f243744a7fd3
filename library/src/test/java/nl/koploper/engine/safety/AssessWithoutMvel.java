package nl.koploper.engine.safety;

import java.nio.file.Path;
import java.util.Optional;
import nl.koploper.engine.RuleFiles;
import nl.koploper.engine.RuleSet;
import nl.koploper.facts.FactsLoader;

/**
 * Run in a JVM of its own by {@link NoMvelAtRunTimeTest} with {@code -verbose:class}: compiles the
 * project's rules as a user's rule set, prints a marker, assesses a region, prints another.
 */
public final class AssessWithoutMvel {
  private AssessWithoutMvel() {}

  public static void main(String[] args) throws Exception {
    RuleSet rules = RuleSet.load(RuleFiles.fromDirectory(Path.of("rules")), Optional.empty());
    var facts = FactsLoader.load(Path.of("facts/netherlands.yaml"));
    System.out.println("=== ASSESSING");
    System.out.flush();
    int conclusions = rules.rules().trace(facts, null, null).conclusions().size();
    System.out.println("=== DONE " + conclusions);
    System.out.flush();
  }
}
