package nl.koploper.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.koploper.engine.session.RuleBase;
import org.junit.jupiter.api.Test;

class BundledRulesTest {
  @Test
  void theBundledRulesAreTheFilesOfTheRulesDirectory() throws Exception {
    RuleFiles project = RuleFiles.fromDirectory(Path.of("rules"));
    RuleFiles bundled = RuleFiles.bundled();
    assertEquals(project.files(), bundled.files());
    assertEquals(project.sha256(), bundled.sha256());
    assertEquals(project.sha256(), new RuleFiles("x", bundled.files()).sha256());
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
  void thePrebuiltModelAndARuntimeCompilationDescribeTheSameRules() throws Exception {
    RuleFiles files = RuleFiles.bundled();
    assertEquals(
        RuleSet.load(files, java.util.Optional.empty()).rules().rules(),
        RuleBase.prebuilt(files).orElseThrow().rules());
  }
}
