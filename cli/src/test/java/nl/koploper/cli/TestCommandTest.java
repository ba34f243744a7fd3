package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code koploper test}: the project's own policy tests, and what a broken test looks like. */
class TestCommandTest {
  private static final String HEADER = "schema: koploper/policy-test/v1\ncases:\n";

  /** A copy of the bundled rules with the given test files in its tests directory. */
  private static Path rulesWith(Path dir, String... nameAndText) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Path tests = Files.createDirectories(dir.resolve("tests"));
    for (int i = 0; i < nameAndText.length; i += 2) {
      Files.writeString(tests.resolve(nameAndText[i]), nameAndText[i + 1]);
    }
    return dir;
  }

  @Test
  void theProjectsOwnPolicyTestsPassAndFireEveryRule() {
    CliRun run = CliRun.of("test", "rules", "--coverage", "--min-coverage", "100");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains(" passed, 0 failed\n"), run.out());
    assertTrue(
        run.out().endsWith("coverage: 70 of 70 rules fired in some case (100.0 %)\n"), run.out());
    assertTrue(
        run.out()
            .startsWith(
                "PASS  rules/tests/lesson-1-knowledge-base.yaml: ad-hoc collaboration of technical"),
        run.out());
    assertEquals("", run.err());
  }

  @Test
  void everyLessonHasATestFile() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("rules", "tests"))) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      for (int lesson = 1; lesson <= 7; lesson++) {
        String prefix = "lesson-" + lesson + "-";
        assertTrue(names.stream().anyMatch(n -> n.startsWith(prefix)), prefix + " in " + names);
      }
    }
  }

  @Test
  void aFailingCaseShowsTheExpectedAgainstTheActualAndExitsOne(@TempDir Path dir)
      throws IOException {
    rulesWith(
        dir,
        "early.yaml",
        HEADER
            + "  - name: scarce early R&D subsidies are high priority\n"
            + "    facts:\n"
            + "      earlyFunding: {earlyRndSubsidies: SCARCE}\n"
            + "    expect:\n"
            + "      present: [L3.INDUSTRY_PHD_MANDATES]\n"
            + "      priority: {L3.EARLY_RND_SUBSIDIES: HIGH}\n"
            + "  - name: scarce early R&D subsidies are recommended against\n"
            + "    facts: {earlyFunding: {earlyRndSubsidies: SCARCE}}\n"
            + "    expect: {present: [L3.EARLY_RND_SUBSIDIES]}\n");
    CliRun run = CliRun.of("test", dir.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    String file = dir.resolve("tests/early.yaml").toString();
    assertEquals(
        "FAIL  "
            + file
            + ":3: scarce early R&D subsidies are high priority\n"
            + "        expected L3.INDUSTRY_PHD_MANDATES present; recommended:"
            + " L3.EARLY_RND_SUBSIDIES (MEDIUM 45.0)\n"
            + "        expected L3.EARLY_RND_SUBSIDIES at priority HIGH; it is MEDIUM 45.0 at rank 1:"
            + " gap +45.0, report-emphasis +10.0, low-coverage -10.0\n"
            + "PASS  "
            + file
            + ": scarce early R&D subsidies are recommended against\n"
            + "1 passed, 1 failed\n",
        run.out());
  }

  @Test
  void aBadTestFileIsExitTwoWithFileLineColumnAndFieldForEveryProblem(@TempDir Path dir)
      throws IOException {
    rulesWith(
        dir,
        "bad.yaml",
        HEADER
            + "  - name: a case with mistakes\n"
            + "    facts:\n"
            + "      earlyFunding: {earlyRndSubsidies: PLENTY}\n"
            + "    expect:\n"
            + "      presnt: [L3.EARLY_RND_SUBSIDIES]\n"
            + "      absent: [l3.early]\n"
            + "      priority: {L3.EARLY_RND_SUBSIDY: HIGH}\n"
            + "      factors: {L3.EARLY_RND_SUBSIDIES: [gap, gapp]}\n");
    CliRun run = CliRun.of("test", dir.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals("", run.out());
    String file = dir.resolve("tests/bad.yaml").toString();
    assertEquals(
        file
            + ":5:41: cases[0].facts.earlyFunding.earlyRndSubsidies: 'PLENTY' is not one of NONE,"
            + " SCARCE, AVAILABLE, BROAD\n"
            + file
            + ":7:7: cases[0].expect.presnt: unknown field; expected one of present, absent,"
            + " priority, score, factors, order, lessonScore\n"
            + file
            + ":8:16: cases[0].expect.absent[0]: expected a recommendation code L<lesson>.<NAME>"
            + " such as L3.EARLY_RND_SUBSIDIES, got 'l3.early'\n"
            + file
            + ":9:18: cases[0].expect.priority.L3.EARLY_RND_SUBSIDY: L3.EARLY_RND_SUBSIDY is no"
            + " recommendation of the rule set; lesson 3 has L3.EARLY_RND_SUBSIDIES,"
            + " L3.INDUSTRY_PHD_MANDATES, L3.POLICY_CONTINUITY\n"
            + file
            + ":10:47: cases[0].expect.factors.L3.EARLY_RND_SUBSIDIES[1]: no score factor of the"
            + " rule set is called gapp; did you mean gap? The rule set has benchmark-misses,"
            + " benchmark-not-ahead, continuity-root, few-companies, few-companies-benchmark,"
            + " few-large-companies, few-large-companies-benchmark, gap,"
            + " late-capital-without-patient-capital, low-coverage, low-private-rnd,"
            + " low-private-rnd-benchmark, report-emphasis, short-continuity, small-market-cap,"
            + " small-market-cap-benchmark, strong-knowledge-weak-valorisation\n"
            + "koploper test: 1 of 1 test file invalid\n",
        run.err());
  }

  @Test
  void aCaseThatExpectsNothingOrNamesAMissingFactFileIsRefused(@TempDir Path dir)
      throws IOException {
    rulesWith(
        dir,
        "a.yaml",
        HEADER
            + "  - name: expects nothing\n"
            + "    facts: {}\n"
            + "    expect: {}\n"
            + "  - name: reads a missing file\n"
            + "    factsFile: ../no-such.yaml\n"
            + "    expect: {absent: [L1.JOINT_INSTITUTE]}\n"
            + "  - name: expects nothing\n"
            + "    facts: {}\n"
            + "    expect: {}\n");
    CliRun run = CliRun.of("test", dir.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    String file = dir.resolve("tests/a.yaml").toString();
    assertTrue(
        run.err()
            .contains(
                file
                    + ":5:13: cases[0].expect: no expectation; a case that expects nothing"
                    + " cannot fail\n"),
        run.err());
    assertTrue(
        run.err()
            .contains(
                file
                    + ":7:16: cases[1].factsFile: the fact file is invalid: "
                    + dir.resolve("no-such.yaml")
                    + ": no such file\n"),
        run.err());
    // the third case repeats the first one's name and has a mistake of its own: both are said
    assertTrue(
        run.err()
            .contains(
                file
                    + ":9:5: cases[2].name: another case has this name at line 3; name each case"
                    + " differently\n"
                    + file
                    + ":11:13: cases[2].expect: no expectation; a case that expects nothing"
                    + " cannot fail\n"),
        run.err());
  }

  @Test
  void aFactsFileOutsideTheProjectIsRefusedWithoutEchoingIt(@TempDir Path dir) throws IOException {
    rulesWith(
        dir,
        "a.yaml",
        HEADER
            + "  - name: reads the password file\n"
            + "    factsFile: /etc/passwd\n"
            + "    expect: {absent: [L1.JOINT_INSTITUTE]}\n"
            + "  - name: climbs out of the project\n"
            + "    factsFile: ../../../../../../../../../etc/passwd\n"
            + "    expect: {absent: [L1.JOINT_INSTITUTE]}\n");
    CliRun run = CliRun.of("test", dir.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("cases[0].factsFile: /etc/passwd: an absolute path"), run.err());
    assertTrue(run.err().contains("cases[1].factsFile: ../"), run.err());
    assertTrue(run.err().contains("leads outside the project"), run.err());
    assertFalse(run.err().contains("root:"), run.err());
  }

  @Test
  void coverageListsTheRulesThatFiredInNoCaseAndTheMinimumFailsTheRun(@TempDir Path dir)
      throws IOException {
    rulesWith(
        dir,
        "one.yaml",
        HEADER
            + "  - name: a missing joint institute is recommended\n"
            + "    facts: {knowledgeBase: {jointInstitutes: 0}}\n"
            + "    expect: {present: [L1.JOINT_INSTITUTE]}\n");
    CliRun run = CliRun.of("test", dir.toString(), "--min-coverage", "50");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("1 passed, 0 failed\ncoverage: "), run.out());
    assertTrue(
        run.out()
            .contains(
                "\n  Recommend physical collaboration of technical and medical research where it"
                    + " is not in one place  [lesson-1-knowledge-base.drl]\n"),
        run.out());
    assertFalse(run.out().contains("Recommend a joint institute where there is none  ["));
    assertTrue(run.out().endsWith(" % is below the minimum of 50 %\n"), run.out());

    CliRun reportOnly = CliRun.of("test", dir.toString(), "--coverage");
    assertEquals(0, reportOnly.exitCode(), reportOnly.out() + reportOnly.err());
    assertTrue(reportOnly.out().contains("rules fired in some case ("), reportOnly.out());
  }

  @Test
  void anEmptyTestsDirectoryIsReportedAndExitTwo(@TempDir Path dir) throws IOException {
    rulesWith(dir);
    CliRun run = CliRun.of("test", dir.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals("", run.out());
    assertTrue(
        run.err().startsWith(dir.resolve("tests") + ": no policy tests (*.yaml) to run"),
        run.err());
  }

  @Test
  void anInvalidRuleSetIsExitThree() {
    CliRun run = CliRun.of("test", "no-such-dir");
    assertEquals(3, run.exitCode());
    assertTrue(run.err().contains("no-such-dir: not a directory of rules"), run.err());
  }

  @Test
  void aMinimumCoverageOutsideZeroToHundredIsAUsageError() {
    CliRun run = CliRun.of("test", "rules", "--min-coverage", "101");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--min-coverage takes a percentage from 0 to 100"), run.err());
  }
}
