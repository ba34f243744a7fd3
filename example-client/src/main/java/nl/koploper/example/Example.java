package nl.koploper.example;

// embedding-example:begin
import java.nio.file.Path;
import nl.koploper.api.Advisor;
import nl.koploper.api.Assessment;
import nl.koploper.api.Language;
import nl.koploper.api.Recommendation;
import nl.koploper.facts.Availability;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import nl.koploper.facts.InvalidFactsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class Example {
  private static final Logger LOG = LoggerFactory.getLogger(Example.class);

  public static void main(String[] args) throws Exception {
    Advisor advisor = Advisor.bundled(); // built once; share it between threads
    Facts nl = FactsLoader.load(Path.of("facts/netherlands.yaml")); // InvalidFactsException
    Facts flanders = FactsLoader.load(Path.of("facts/flanders.yaml"));
    Assessment result = advisor.assess(nl, flanders, Language.EN);
    for (Recommendation r : result.recommendations()) {
      System.out.println(r.rank() + ". " + r.priority() + " " + r.code() + " " + r.title());
    }

    // Facts in code are checked as a fact file is; with(path, value) is a what-if.
    Facts sketch =
        Facts.builder("NL", "Nederland")
            .set("earlyFunding.earlyRndSubsidies", Availability.SCARCE)
            .build();
    Facts broader = sketch.with("earlyFunding.earlyRndSubsidies", Availability.BROAD);
    System.out.println(
        advisor.assess(sketch).recommendations().size()
            + " recommendations; with broad subsidies "
            + advisor.assess(broader).recommendations().size());
    try {
      Facts.builder("NL", "Nederland").set("earlyFunding.earlyRndSubsidies", "PLENTY").build();
    } catch (InvalidFactsException e) {
      LOG.error("refused: {}", e.getMessage()); // your logging, your binding
    }
  }
}
// embedding-example:end
