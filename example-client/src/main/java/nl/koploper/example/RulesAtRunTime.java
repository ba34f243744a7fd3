package nl.koploper.example;

import java.nio.file.Path;
import nl.koploper.api.Advisor;
import nl.koploper.api.Assessment;
import nl.koploper.api.Language;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;

/**
 * Compiles the rule set in {@code rules/} at run time ({@link Advisor#fromDirectory}) and checks
 * that it advises as the bundled, prebuilt one does: rules compiled by Drools while the library
 * runs as a named module still reach the rule vocabulary the module opens to them. Exits 1 when the
 * two differ.
 */
public final class RulesAtRunTime {
  private RulesAtRunTime() {}

  public static void main(String[] args) throws Exception {
    Path directory = Path.of(args.length > 0 ? args[0] : "rules");
    Advisor compiled = Advisor.fromDirectory(directory);
    Facts nl = FactsLoader.load(Path.of("facts/netherlands.yaml"));
    Facts flanders = FactsLoader.load(Path.of("facts/flanders.yaml"));
    Assessment fresh = compiled.assess(nl, flanders, Language.EN);
    Assessment bundled = Advisor.bundled().assess(nl, flanders, Language.EN);
    boolean same =
        fresh.recommendations().equals(bundled.recommendations())
            && fresh.lessons().equals(bundled.lessons());
    System.out.println(
        "rules compiled at run time from "
            + directory
            + ": "
            + compiled.ruleSet().rules()
            + " rules, "
            + fresh.recommendations().size()
            + " recommendations, "
            + (same ? "the same as the bundled rules'" : "NOT the same as the bundled rules'"));
    if (!same) {
      System.exit(1);
    }
  }
}
