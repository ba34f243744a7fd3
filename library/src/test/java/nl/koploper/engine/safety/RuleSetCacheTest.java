package nl.koploper.engine.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import nl.koploper.engine.RuleFiles;
import nl.koploper.engine.RuleSet;
import nl.koploper.engine.RuleSetException;
import nl.koploper.engine.compile.ExecutableModelCompiler;
import nl.koploper.engine.compile.GeneratedRules;
import nl.koploper.engine.compile.RuleSetCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compiled rule set is kept by its sha256, and checked again whenever it is read back. */
class RuleSetCacheTest {
  @TempDir Path dir;

  @Test
  void aCheckedRuleSetIsCachedAndReadBackWithTheSameRules() throws Exception {
    RuleSetCache cache = new RuleSetCache(dir);
    RuleFiles files = RuleFiles.fromDirectory(Path.of("rules"));
    RuleSet first = RuleSet.load(files, Optional.of(cache));
    try (var listing = Files.list(dir)) {
      assertEquals(1, listing.filter(f -> f.toString().endsWith(".rules")).count());
    }
    assertTrue(cache.read(files).isPresent());
    RuleSet second = RuleSet.load(files, Optional.of(cache));
    assertEquals(first.rules().rules(), second.rules().rules());
  }

  @Test
  void aRefusedRuleSetIsNotCached() throws Exception {
    RuleSetCache cache = new RuleSetCache(dir);
    RuleFiles files =
        new RuleFiles(
            "bad",
            Map.of(
                "r.drl",
                "package bad;\nimport nl.koploper.facts.*;\n"
                    + "rule \"Exit\" @lesson(0)\nwhen\n  Region()\nthen\n  System.exit(3);\nend\n"));
    assertThrows(RuleSetException.class, () -> RuleSet.load(files, Optional.of(cache)));
    assertFalse(cache.read(files).isPresent());
  }

  @Test
  void aCacheEntryReplacedByUnsafeClassesIsRefusedOnLoad() throws Exception {
    RuleSetCache cache = new RuleSetCache(dir);
    RuleFiles benign = RuleSafetyTest.benign();
    RuleFiles evil =
        new RuleFiles(
            "evil",
            Map.of(
                "r.drl",
                "package evil;\nimport nl.koploper.facts.*;\n"
                    + "rule \"Exit\" @lesson(0)\nwhen\n  Region()\nthen\n  System.exit(3);\nend\n"));
    GeneratedRules unsafe = ExecutableModelCompiler.compile(evil, DrlChecks.check(evil).outline());
    cache.write(benign, unsafe); // someone replaced the benign set's entry
    assertTrue(cache.read(benign).isPresent());
    RuleSetException e =
        assertThrows(RuleSetException.class, () -> RuleSet.load(benign, Optional.of(cache)));
    assertTrue(e.getMessage().contains("calls java.lang.System.exit"), e.getMessage());
  }
}
