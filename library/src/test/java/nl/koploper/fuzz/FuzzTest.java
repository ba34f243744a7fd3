package nl.koploper.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every input to the fact loader (YAML and JSON), {@code --set} and the policy-test reader ends in
 * a result or a clean refusal within {@link Fuzz#TIME_LIMIT_SECONDS} seconds.
 *
 * <p>Each build replays the regression corpus ({@code src/test/resources/fuzz/<target>/}) and a
 * short seeded run. A long run: {@code ./mvnw -B test -pl library -Dtest=FuzzTest
 * -Dkoploper.fuzz.iterations=20000 -Dkoploper.fuzz.seed=$RANDOM}; what it finds is written to
 * {@code library/target/fuzz-findings/}, to be fixed and then added to the corpus.
 */
class FuzzTest {
  private static final Path CORPUS = Path.of("library/src/test/resources/fuzz");
  private static final Path FINDINGS = Path.of("library/target/fuzz-findings");
  private static final int ITERATIONS = Integer.getInteger("koploper.fuzz.iterations", 150);
  private static final long SEED = Long.getLong("koploper.fuzz.seed", 20261204L);

  @ParameterizedTest
  @EnumSource(Fuzz.Target.class)
  void everyInputOfTheRegressionCorpusEndsCleanly(Fuzz.Target target, @TempDir Path scratch)
      throws IOException {
    Path folder = CORPUS.resolve(target.folder);
    List<Path> inputs;
    try (Stream<Path> files = Files.list(folder)) {
      inputs = files.filter(p -> p.toString().endsWith(target.extension)).sorted().toList();
    }
    assertFalse(inputs.isEmpty(), "a corpus for " + target + " in " + folder);
    List<String> findings = new ArrayList<>();
    for (Path input : inputs) {
      String why = Fuzz.run(target, Files.readString(input, StandardCharsets.UTF_8), scratch);
      if (why != null) {
        findings.add(input + ": " + why);
      }
    }
    assertEquals(List.of(), findings);
  }

  @ParameterizedTest
  @EnumSource(Fuzz.Target.class)
  void seededMutantsOfTheRealFilesEndCleanly(Fuzz.Target target, @TempDir Path scratch)
      throws IOException {
    List<String> seeds = Fuzz.seeds(target);
    assertFalse(seeds.isEmpty());
    List<String> findings = new ArrayList<>();
    for (int i = 0; i < ITERATIONS; i++) {
      Random random = new Random(SEED * 31 + i * 7919L + target.ordinal());
      String input =
          i % 10 == 9
              ? generated(target, random)
              : Fuzz.mutate(seeds.get(random.nextInt(seeds.size())), random);
      String why = Fuzz.run(target, input, scratch);
      if (why != null) {
        Files.createDirectories(FINDINGS);
        Path saved = FINDINGS.resolve(target.folder + "-" + SEED + "-" + i + target.extension);
        Files.writeString(saved, input, StandardCharsets.UTF_8);
        findings.add(saved + ": " + why);
      }
    }
    assertEquals(List.of(), findings, "seed " + SEED);
  }

  private static String generated(Fuzz.Target target, Random random) {
    String structure = Fuzz.generate(random, 6);
    return switch (target) {
      case SET -> "earlyFunding.earlyRndSubsidies=" + structure;
      case FACTS_JSON -> structure;
      case FACTS_YAML -> "schema: koploper/facts/v1\nregion: " + structure + "\n";
      case POLICY_TEST -> "schema: koploper/policy-test/v1\ncases: " + structure + "\n";
    };
  }

  @ParameterizedTest
  @EnumSource(
      value = Fuzz.Target.class,
      names = {"FACTS_YAML", "FACTS_JSON", "POLICY_TEST"})
  void theRealFilesThemselvesEndCleanly(Fuzz.Target target, @TempDir Path scratch)
      throws IOException {
    for (String seed : Fuzz.seeds(target)) {
      assertNull(Fuzz.run(target, seed, scratch));
    }
  }
}
