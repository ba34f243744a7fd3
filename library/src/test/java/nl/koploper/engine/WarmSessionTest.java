package nl.koploper.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import nl.koploper.engine.session.RuleBase;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import org.junit.jupiter.api.Test;

/**
 * Warm sessions keep the facts of their previous run and re-insert only what changed; these tests
 * hold their results against fresh sessions over long sequences of different regions.
 */
class WarmSessionTest {
  private static final RuleBase RULES = RuleBase.prebuilt(RuleFiles.bundled()).orElseThrow();

  private static List<Facts> examples() throws Exception {
    return List.of(
        FactsLoader.load(Path.of("facts/netherlands.yaml")),
        FactsLoader.load(Path.of("facts/flanders.yaml")),
        FactsLoader.load(Path.of("facts/denmark.yaml")));
  }

  /** A region whose every section comes from one of the examples, picked at random. */
  private static Facts mix(List<Facts> from, SplittableRandom random) {
    Facts[] pick = new Facts[9];
    for (int i = 0; i < pick.length; i++) {
      pick[i] = from.get(random.nextInt(from.size()));
    }
    return new Facts(
        null,
        pick[0].region(),
        List.of(),
        pick[1].knowledgeBase(),
        pick[2].valorisation(),
        pick[3].earlyFunding(),
        pick[4].financingChain(),
        pick[5].ecosystem(),
        pick[6].clinicalResearch(),
        pick[7].sectorPosition(),
        pick[8].outcomes());
  }

  /**
   * An outcome in a canonical order, without the fired rules (only traced runs know those). Its
   * advice is one per code (the bundled rules give each code one rule).
   */
  private static List<String> canonical(Outcome outcome) {
    List<String> all = new ArrayList<>();
    outcome.advice().forEach(a -> all.add(a.toString()));
    outcome.evidence().forEach(e -> all.add(e.toString()));
    outcome.factors().forEach(f -> all.add(f.toString()));
    outcome.lessonScores().forEach(s -> all.add(s.toString()));
    outcome.figures().forEach(f -> all.add(f.toString()));
    all.add(String.valueOf(outcome.cutoffs()));
    all.sort(Comparator.naturalOrder());
    return all;
  }

  @Test
  void aWarmSessionConcludesWhatAFreshSessionConcludesOverAThousandMixedRegions() throws Exception {
    List<Facts> examples = examples();
    Facts flanders = examples.get(1);
    Outcome flandersAlone = RULES.trace(flanders, null, null);
    SplittableRandom random = new SplittableRandom(20261129);
    int withAdvice = 0;
    for (int i = 0; i < 1000; i++) {
      Facts region = mix(examples, random);
      boolean against = random.nextBoolean();
      Facts benchmark = against ? flanders : null;
      Outcome theirs = against ? flandersAlone : null;
      Outcome warm = RULES.run(region, benchmark, theirs);
      Outcome fresh = RULES.trace(region, benchmark, theirs);
      assertEquals(canonical(fresh), canonical(warm), "run " + i + ": " + region);
      // read by scanning the session, without the listener both runs read through
      assertEquals(RULES.scanned(region, benchmark, theirs), warm, "run " + i + ": " + region);
      withAdvice += warm.advice().isEmpty() ? 0 : 1;
    }
    assertFalse(withAdvice < 100, "the mixes should exercise the recommending rules");
  }

  /** The region with one to three of its sections taken from an example at random. */
  private static Facts step(Facts from, List<Facts> examples, SplittableRandom random) {
    Object[] sections = {
      from.region(),
      from.knowledgeBase(),
      from.valorisation(),
      from.earlyFunding(),
      from.financingChain(),
      from.ecosystem(),
      from.clinicalResearch(),
      from.sectorPosition(),
      from.outcomes()
    };
    int changes = 1 + random.nextInt(3);
    for (int c = 0; c < changes; c++) {
      int s = random.nextInt(9);
      Facts other = examples.get(random.nextInt(examples.size()));
      Object[] theirs = {
        other.region(),
        other.knowledgeBase(),
        other.valorisation(),
        other.earlyFunding(),
        other.financingChain(),
        other.ecosystem(),
        other.clinicalResearch(),
        other.sectorPosition(),
        other.outcomes()
      };
      sections[s] = theirs[s];
    }
    return new Facts(
        null,
        (nl.koploper.facts.Region) sections[0],
        List.of(),
        (nl.koploper.facts.KnowledgeBase) sections[1],
        (nl.koploper.facts.Valorisation) sections[2],
        (nl.koploper.facts.EarlyFunding) sections[3],
        (nl.koploper.facts.FinancingChain) sections[4],
        (nl.koploper.facts.Ecosystem) sections[5],
        (nl.koploper.facts.ClinicalResearch) sections[6],
        (nl.koploper.facts.SectorPosition) sections[7],
        (nl.koploper.facts.Outcomes) sections[8]);
  }

  @Test
  void aWarmSessionUpdatingAFewSectionsAtATimeConcludesWhatAFreshSessionConcludes()
      throws Exception {
    List<Facts> examples = examples();
    Facts flanders = examples.get(1);
    Outcome flandersAlone = RULES.trace(flanders, null, null);
    SplittableRandom random = new SplittableRandom(7);
    Facts region = examples.get(0);
    for (int i = 0; i < 1000; i++) {
      region = step(region, examples, random);
      Facts benchmark = i % 200 < 100 ? flanders : null;
      Outcome theirs = benchmark == null ? null : flandersAlone;
      Outcome fresh = RULES.trace(region, benchmark, theirs);
      Outcome warm = RULES.run(region, benchmark, theirs);
      assertEquals(canonical(fresh), canonical(warm), "step " + i + ": " + region);
      assertEquals(fresh.untraced(), warm, "step " + i + ": " + region);
      assertEquals(RULES.scanned(region, benchmark, theirs), warm, "step " + i + ": " + region);
    }
  }

  @Test
  void aCodeNothingHappenedToKeepsItsConclusionInstanceFromOneRunToTheNext() throws Exception {
    List<Facts> examples = examples();
    Facts netherlands = examples.get(0);
    Facts flanders = examples.get(1);
    Facts trials =
        new Facts(
            null,
            netherlands.region(),
            List.of(),
            netherlands.knowledgeBase(),
            netherlands.valorisation(),
            netherlands.earlyFunding(),
            netherlands.financingChain(),
            netherlands.ecosystem(),
            flanders.clinicalResearch(),
            netherlands.sectorPosition(),
            netherlands.outcomes());
    // one thread, so the session that ran the Netherlands runs the change too
    Outcome before = RULES.run(netherlands, null, null);
    Outcome after = RULES.run(trials, null, null);
    java.util.Map<String, Conclusion> earlier = new java.util.HashMap<>();
    before.conclusions().forEach(c -> earlier.put(c.code(), c));
    int kept = 0;
    int changed = 0;
    for (Conclusion c : after.conclusions()) {
      Conclusion was = earlier.get(c.code());
      if (c.equals(was)) {
        org.junit.jupiter.api.Assertions.assertSame(was, c, c.code());
        kept++;
      } else {
        changed++;
      }
    }
    assertFalse(kept < 5, "most codes do not read clinical research: " + kept);
    assertFalse(changed == 0 && after.conclusions().size() == before.conclusions().size());
    Outcome again = RULES.run(trials, null, null);
    org.junit.jupiter.api.Assertions.assertSame(after, again, "nothing changed: the same outcome");
    assertEquals(RULES.trace(trials, null, null).untraced(), again);
  }

  @Test
  void aRegionConcludesTheSameAfterHundredsOfOthersInTheSameSessions() throws Exception {
    // Lesson scores are means of many indicators; a running mean kept by the session would drift
    // in its last bits as indicators come and go, and a rounded score could flip.
    nl.koploper.facts.UncertainFacts everything =
        FactsLoader.loadUncertain(
            Path.of("library/src/test/resources/facts/uncertain/everything-uncertain.yaml"));
    Facts flanders = examples().get(1);
    Outcome flandersAlone = RULES.trace(flanders, null, null);
    SplittableRandom random = new SplittableRandom(7);
    List<Facts> samples = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      samples.add(everything.sample(random));
    }
    for (Facts sample : samples) {
      Outcome warm = RULES.run(sample, flanders, flandersAlone);
      assertEquals(
          canonical(RULES.trace(sample, flanders, flandersAlone)), canonical(warm), "" + sample);
      assertEquals(RULES.scanned(sample, flanders, flandersAlone), warm, sample.toString());
    }
  }

  @Test
  void aRuleSetWithPlainInsertionsRunsEveryRegionInAFreshSession() throws Exception {
    java.util.Map<String, String> files = new java.util.TreeMap<>(RuleFiles.bundled().files());
    String drl = files.get("lesson-3-early-funding.drl");
    String plain =
        drl.replace(
            "  Advice advice = Advice.of(drools.getRule());\n  insertLogical(advice);",
            "  Advice advice = Advice.of(drools.getRule());\n  insert(advice);");
    org.junit.jupiter.api.Assertions.assertNotEquals(drl, plain);
    files.put("lesson-3-early-funding.drl", plain);
    RuleBase rules = RuleSet.load(new RuleFiles("test", files), java.util.Optional.empty()).rules();
    Facts netherlands = examples().get(0);
    Facts broad =
        nl.koploper.facts.FactChange.of(
                "earlyFunding.earlyRndSubsidies", nl.koploper.facts.Availability.BROAD)
            .apply(netherlands);
    assertFalse(RuleBase.onlyLogical(new RuleFiles("test", files)));
    rules.run(netherlands, null, null);
    assertEquals(
        canonical(rules.trace(broad, null, null)), canonical(rules.run(broad, null, null)));
    org.junit.jupiter.api.Assertions.assertTrue(RuleBase.onlyLogical(RuleFiles.bundled()));
  }

  @Test
  void warmSessionsRunningOnTwoThreadsConcludeWhatFreshSessionsConclude() throws Exception {
    List<Facts> examples = examples();
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 2; t++) {
      long seed = t;
      Thread thread =
          new Thread(
              () -> {
                try {
                  SplittableRandom random = new SplittableRandom(seed);
                  for (int i = 0; i < 300; i++) {
                    Facts region = mix(examples, random);
                    assertEquals(
                        canonical(RULES.trace(region, null, null)),
                        canonical(RULES.run(region, null, null)));
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(List.of(), failures);
  }
}
