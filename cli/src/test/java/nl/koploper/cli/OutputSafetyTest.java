package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --output} writes only a regular file, new or replaced, and never one of the command's
 * inputs; every refusal comes with exit 2 before any work, says why in words, and leaves the path
 * as it was.
 */
class OutputSafetyTest {
  private static final String FACTS = "facts/netherlands.yaml";

  private static boolean make(String... command) throws InterruptedException {
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void assertRefused(CliRun run, String why) {
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().contains(why), run.err());
    assertFalse(run.err().contains(".tmp"), "no temporary file name: " + run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void refusesAFifoAndLeavesItAFifo(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(make("mkfifo", fifo.toString()), "mkfifo is not available");
    assertRefused(CliRun.of("assess", FACTS, "--output", fifo.toString()), "not a regular file");
    assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
    assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "still a FIFO");
  }

  @Test
  void refusesADeviceNode(@TempDir Path dir) throws Exception {
    Path device = dir.resolve("null");
    assumeTrue(make("mknod", device.toString(), "c", "1", "3"), "cannot make a device node here");
    assertRefused(CliRun.of("assess", FACTS, "--output", device.toString()), "special file");
    assertFalse(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS), "still a device");
  }

  @Test
  void refusesASymbolicLinkToADeviceAndKeepsTheLink(@TempDir Path dir) throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("out.txt"), Path.of("/dev/null"));
    assertRefused(
        CliRun.of("assess", FACTS, "--output", link.toString()),
        "is a symbolic link to a FIFO, device or other special file");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(Path.of("/dev/null"), Files.readSymbolicLink(link));
  }

  @Test
  void refusesASymbolicLinkToNothing(@TempDir Path dir) throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("out.txt"), dir.resolve("gone"));
    assertRefused(CliRun.of("assess", FACTS, "--output", link.toString()), "link to nothing");
    assertTrue(Files.isSymbolicLink(link));
    assertFalse(Files.exists(dir.resolve("gone")));
  }

  @Test
  void refusesADirectory(@TempDir Path dir) throws Exception {
    Path sub = Files.createDirectory(dir.resolve("reports"));
    assertRefused(CliRun.of("assess", FACTS, "--output", sub.toString()), "is a directory");
    assertTrue(Files.isDirectory(sub));
    assertRefused(CliRun.of("assess", FACTS, "--output", ""), "is a directory");
  }

  @Test
  void refusesAParentThatIsAFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
    assertRefused(
        CliRun.of("assess", FACTS, "--output", file.resolve("sub/out.txt").toString()),
        file + " is a file, not a directory");
    assertEquals("mine", Files.readString(file));
  }

  @Test
  void refusesADirectoryThatDoesNotExist(@TempDir Path dir) {
    assertRefused(
        CliRun.of("assess", FACTS, "--output", dir.resolve("missing/out.txt").toString()),
        "no such directory: " + dir.resolve("missing"));
  }

  @Test
  void refusesAReadOnlyDirectory(@TempDir Path dir) throws Exception {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // root may write anywhere: then there is nothing to refuse
      assumeTrue(!Files.isWritable(locked), "running as a user who may write a read-only dir");
      assertRefused(
          CliRun.of("assess", FACTS, "--output", locked.resolve("out.txt").toString()),
          "is read-only");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void saysWhyAWriteFailedWithoutNamingTheTemporaryFile(@TempDir Path dir) {
    // a name the file system takes, but with the temporary file's prefix and suffix it is too long
    Path out = dir.resolve("r".repeat(250));
    CliRun run = CliRun.of("assess", FACTS, "--output", out.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("cannot write the output in " + dir), run.err());
    assertTrue(run.err().toLowerCase().contains("too long"), run.err());
    assertFalse(run.err().contains(".tmp"), run.err());
  }

  @Test
  void refusesTheInputFactFileAndLeavesItUnchanged(@TempDir Path dir) throws Exception {
    Path facts = Files.copy(Path.of(FACTS), dir.resolve("nl.yaml"));
    String before = Files.readString(facts);
    assertRefused(
        CliRun.of("assess", facts.toString(), "--output", facts.toString()),
        "is an input of this command (" + facts + ")");
    assertEquals(before, Files.readString(facts));
  }

  @Test
  void refusesTheInputThroughASymbolicOrHardLinkAndARelativeName(@TempDir Path dir)
      throws Exception {
    Path facts = Files.copy(Path.of(FACTS), dir.resolve("nl.yaml"));
    String before = Files.readString(facts);
    Path soft = Files.createSymbolicLink(dir.resolve("soft.yaml"), facts);
    Path hard = Files.createLink(dir.resolve("hard.yaml"), facts);
    for (Path out : new Path[] {soft, hard}) {
      assertRefused(
          CliRun.of("assess", facts.toString(), "--output", out.toString()),
          "is the same file as an input of this command");
    }
    assertRefused(
        CliRun.of("assess", FACTS, "--output", Path.of(FACTS).toAbsolutePath().toString()),
        "same file as an input");
    assertEquals(before, Files.readString(facts));
    assertTrue(Files.isSymbolicLink(soft));
  }

  @Test
  void refusesTheBenchmarkAndEveryComparedFileToo(@TempDir Path dir) throws Exception {
    Path flanders = Files.copy(Path.of("facts/flanders.yaml"), dir.resolve("fl.yaml"));
    String before = Files.readString(flanders);
    assertRefused(
        CliRun.of(
            "assess", FACTS, "--benchmark", flanders.toString(), "--output", flanders.toString()),
        "input");
    for (String command : new String[] {"what-if", "explain", "sensitivity"}) {
      String[] args =
          command.equals("what-if")
              ? new String[] {command, flanders.toString(), "--set", "region.name=x"}
              : command.equals("explain")
                  ? new String[] {command, flanders.toString(), "L3.EARLY_RND_SUBSIDIES"}
                  : new String[] {command, flanders.toString()};
      String[] all =
          Stream.concat(Stream.of(args), Stream.of("--output", flanders.toString()))
              .toArray(String[]::new);
      assertRefused(CliRun.of(all), "input");
    }
    assertRefused(
        CliRun.of("compare", FACTS, flanders.toString(), "--output", flanders.toString()), "input");
    assertEquals(before, Files.readString(flanders));
  }

  @Test
  void refusesAFileOfTheRuleSetInUse(@TempDir Path dir) throws Exception {
    Path rules = Files.createDirectory(dir.resolve("rules"));
    Path drl = Files.writeString(rules.resolve("a.drl"), "package x;\n");
    assertRefused(
        CliRun.of("assess", FACTS, "--rules", rules.toString(), "--output", drl.toString()),
        "is a file of the rule set");
    assertEquals("package x;\n", Files.readString(drl));
  }

  @Test
  void refusesBeforeAnyWorkEvenWhenTheRulesAreBroken(@TempDir Path dir) throws Exception {
    // an empty rule directory is exit 3 once the command starts work; the output is checked first
    Path rules = Files.createDirectory(dir.resolve("rules"));
    Path sub = Files.createDirectory(dir.resolve("out"));
    assertRefused(
        CliRun.of("assess", FACTS, "--rules", rules.toString(), "--output", sub.toString()),
        "is a directory");
  }

  @Test
  void replacesARegularFileAndWritesThroughALinkToOne(@TempDir Path dir) throws Exception {
    Path report = Files.writeString(dir.resolve("report.txt"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("latest.txt"), report);
    CliRun run = CliRun.of("assess", FACTS, "--output", link.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertEquals(CliRun.of("assess", FACTS).out(), Files.readString(report));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(2, left.count(), "no temporary file is left behind");
    }
  }
}
