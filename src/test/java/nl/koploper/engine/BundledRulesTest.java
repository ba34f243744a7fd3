package nl.koploper.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BundledRulesTest {
  @Test
  void theBundledRulesAreTheFilesOfTheRulesDirectory() throws Exception {
    assertEquals(RuleFiles.fromDirectory(Path.of("rules")).files(), RuleFiles.bundled().files());
  }

  @Test
  void theBundledRulesRunFromTheExecutableModelBuiltWithThem() {
    assertTrue(
        RuleBase.prebuilt(RuleFiles.bundled()).isPresent(),
        "the build writes an executable model matching rules/; start-up depends on it");
  }

  @Test
  void anExecutableModelOfOtherRuleFilesIsNotUsed() {
    RuleFiles changed = new RuleFiles("bundled", java.util.Map.of("x.drl", "package x;"));
    assertTrue(RuleBase.prebuilt(changed).isEmpty());
  }

  @Test
  void theExecutableModelAndTheCompiledDrlDescribeTheSameRules() throws Exception {
    RuleFiles files = RuleFiles.bundled();
    assertEquals(RuleBase.compile(files).rules(), RuleBase.prebuilt(files).orElseThrow().rules());
  }
}
