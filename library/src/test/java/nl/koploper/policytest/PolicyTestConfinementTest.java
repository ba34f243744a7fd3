package nl.koploper.policytest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policy tests read files only inside their project (the rule directory's parent): absolute paths,
 * {@code ..} beyond it and symbolic links out of it are refused without reading the target, and an
 * error never quotes a file that is no fact file.
 */
class PolicyTestConfinementTest {
  private static final Set<String> CODES = Set.of("L1.JOINT_INSTITUTE");
  private static final String SECRET = "hunter2-do-not-print";

  @TempDir Path project;
  @TempDir Path elsewhere;
  private Path rules;
  private Path tests;

  @BeforeEach
  void layOut() throws IOException {
    rules = Files.createDirectories(project.resolve("rules"));
    tests = Files.createDirectories(rules.resolve("tests"));
    Files.createDirectories(project.resolve("facts"));
    Files.copy(Path.of("facts/netherlands.yaml"), project.resolve("facts/nl.yaml"));
  }

  private static String testNaming(String factsFile) {
    return "schema: koploper/policy-test/v1\n"
        + "cases:\n"
        + "  - name: reads a fact file\n"
        + "    factsFile: "
        + factsFile
        + "\n"
        + "    expect: {absent: [L1.JOINT_INSTITUTE]}\n";
  }

  private List<PolicyCase> read(String factsFile) throws Exception {
    Path file = Files.writeString(tests.resolve("a.yaml"), testNaming(factsFile));
    return PolicySuite.read(rules, List.of(file), CODES, Set.of());
  }

  /** The errors of a refused read, one per line; bounded in time, so a read FIFO would fail. */
  private String refusal(String factsFile) {
    InvalidPolicyTestException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> assertThrows(InvalidPolicyTestException.class, () -> read(factsFile)));
    return e.errors().stream().map(Object::toString).collect(Collectors.joining("\n"));
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void readsAFactFileInsideTheProject() throws Exception {
    assertEquals(1, read("../../facts/nl.yaml").size());
  }

  @Test
  void followsALinkThatStaysInsideTheProject() throws Exception {
    Files.createSymbolicLink(project.resolve("latest.yaml"), project.resolve("facts/nl.yaml"));
    assertEquals(1, read("../../latest.yaml").size());
  }

  @Test
  void refusesAnAbsolutePath() {
    String why = refusal("/etc/passwd");
    assertTrue(why.contains("cases[0].factsFile: /etc/passwd: an absolute path"), why);
    assertFalse(why.contains("root:"), why);
  }

  @Test
  void refusesDotDotBeyondTheProject() {
    String why = refusal("../../../../../../../../etc/passwd");
    assertTrue(why.contains("leads outside the project " + project.toAbsolutePath()), why);
    assertFalse(why.contains("root:"), why);
  }

  @Test
  void refusesAFactFileThatIsALinkOutOfTheProjectWithoutReadingIt() throws Exception {
    Path fifo = elsewhere.resolve("pipe");
    assumeTrue(mkfifo(fifo), "mkfifo is not available");
    // were the target opened, reading the FIFO would hang the test past its time limit
    Files.createSymbolicLink(project.resolve("facts/out.yaml"), fifo);
    String why = refusal("../../facts/out.yaml");
    assertTrue(why.contains("passes through a symbolic link leading outside the project"), why);
  }

  @Test
  void refusesAPathThroughALinkedDirectoryLeadingOut() throws Exception {
    Files.writeString(elsewhere.resolve("secret.yaml"), "password: " + SECRET + "\n");
    Files.createSymbolicLink(project.resolve("shared"), elsewhere);
    String why = refusal("../../shared/secret.yaml");
    assertTrue(why.contains("passes through a symbolic link leading outside the project"), why);
    assertFalse(why.contains(SECRET), why);
  }

  @Test
  void refusesATestFileThatIsALinkOutOfTheProjectWithoutReadingIt() throws Exception {
    Path fifo = elsewhere.resolve("pipe");
    assumeTrue(mkfifo(fifo), "mkfifo is not available");
    Path link = Files.createSymbolicLink(tests.resolve("b.yaml"), fifo);
    InvalidPolicyTestException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                assertThrows(
                    InvalidPolicyTestException.class,
                    () -> PolicySuite.read(rules, List.of(link), CODES, Set.of())));
    assertTrue(
        e.errors().get(0).message().contains("the test file is a symbolic link leading outside"),
        e.errors().toString());
  }

  @Test
  void refusesATestFileOutsideTheProject() throws Exception {
    Path outside = Files.writeString(elsewhere.resolve("t.yaml"), testNaming(SECRET));
    InvalidPolicyTestException e =
        assertThrows(
            InvalidPolicyTestException.class,
            () -> PolicySuite.read(rules, List.of(outside), CODES, Set.of()));
    assertTrue(e.errors().get(0).message().contains("outside the project"), e.errors().toString());
    assertFalse(e.errors().toString().contains(SECRET));
  }

  @Test
  void refusesAFifoInsideTheProjectWithoutOpeningIt() throws Exception {
    assumeTrue(mkfifo(project.resolve("facts/pipe.yaml")), "mkfifo is not available");
    String why = refusal("../../facts/pipe.yaml");
    assertTrue(why.contains("is not a regular file"), why);
  }

  @Test
  void neverQuotesAFileThatIsNoFactFile() throws Exception {
    Files.writeString(project.resolve(".env"), "password: " + SECRET + "\nroot:x:0:0\n");
    Files.writeString(project.resolve("notes.txt"), SECRET + "\n  - [unbalanced\n");
    for (String file : List.of("../../.env", "../../notes.txt")) {
      String why = refusal(file);
      assertTrue(why.contains(file + " is not a valid fact file"), why);
      assertTrue(why.contains("koploper validate"), why);
      assertFalse(why.contains(SECRET), why);
    }
  }

  @Test
  void stillShowsEveryProblemOfARealFactFile() throws Exception {
    Path bad = project.resolve("facts/bad.yaml");
    Files.writeString(
        bad,
        Files.readString(project.resolve("facts/nl.yaml"))
            .replaceFirst("earlyRndSubsidies: \\w+", "earlyRndSubsidies: PLENTY"));
    String why = refusal("../../facts/bad.yaml");
    assertTrue(why.contains("the fact file is invalid: "), why);
    assertTrue(why.contains("'PLENTY' is not one of"), why);
  }
}
