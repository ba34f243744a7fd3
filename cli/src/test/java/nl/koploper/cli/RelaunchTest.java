package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelaunchTest {
  private static final Path JAR = Path.of("/opt/k/koploper.jar");
  private static final Path ARCHIVE = Path.of("/opt/k/koploper.jsa");

  @Test
  void theChildKeepsTheJvmOptionsAndArgumentsAndAddsTheArchive() {
    List<String> command =
        Relaunch.command(
                "/jdk/bin/java",
                List.of("-Xmx256m", "-jar", "koploper.jar", "assess", "x.yaml"),
                JAR,
                ARCHIVE,
                new String[] {"assess", "x.yaml"})
            .orElseThrow();
    assertEquals("/jdk/bin/java", command.get(0));
    assertTrue(
        command.indexOf("-Xmx256m") > command.indexOf("-Xlog:disable"),
        "the user's own options come after ours, so their -Xlog still applies");
    assertTrue(command.contains("-XX:SharedArchiveFile=" + ARCHIVE));
    assertTrue(command.contains("-D" + Relaunch.CHILD + "=1"), "the child never relaunches");
    assertEquals(
        List.of("-jar", JAR.toString(), "assess", "x.yaml"),
        command.subList(command.size() - 4, command.size()));
  }

  @Test
  void optionsFromTheEnvironmentMoveToTheChildsCommandLineInTheJvmsOrder() {
    // JAVA_TOOL_OPTIONS=-Xss2m, JDK_JAVA_OPTIONS=-Dy=2, _JAVA_OPTIONS=-Dw=4 and -Xmx256m given
    List<String> own = List.of("-Xmx256m", "-jar", "koploper.jar", "assess", "x.yaml");
    List<String> taken = List.of("-Xss2m", "-Dy=2", "-Xmx256m", "-Dw=4");
    assertEquals(
        List.of("-Xss2m", "-Dy=2", "-Xmx256m", "-Dw=4", "-jar", "koploper.jar", "assess", "x.yaml"),
        Relaunch.withOptionsFromEnvironment(own, taken));
    List<String> command =
        Relaunch.command(
                "/jdk/bin/java",
                Relaunch.withOptionsFromEnvironment(own, taken),
                JAR,
                ARCHIVE,
                new String[] {"assess", "x.yaml"})
            .orElseThrow();
    assertEquals(1, command.stream().filter("-Xmx256m"::equals).count(), command.toString());
    assertTrue(command.indexOf("-Dw=4") > command.indexOf("-Xmx256m"), "_JAVA_OPTIONS still win");
  }

  @Test
  void relaunchesOnlyCommandsThatRunTheRuleEngine() {
    assertTrue(Relaunch.worthIt(new String[] {"assess", "x.yaml"}));
    assertTrue(Relaunch.worthIt(new String[] {"compare", "x.yaml", "y.yaml"}));
    assertTrue(Relaunch.worthIt(new String[] {"explain", "x.yaml", "L3.EARLY_RND_SUBSIDIES"}));
    assertFalse(Relaunch.worthIt(new String[] {"validate", "x.yaml"}));
    assertFalse(Relaunch.worthIt(new String[0]));
  }

  @Test
  void isSwitchedOffByAnyValueButEmptyZeroOrFalse() {
    assertTrue(Relaunch.switchedOff("1"));
    assertTrue(Relaunch.switchedOff("yes"));
    assertFalse(Relaunch.switchedOff(null));
    assertFalse(Relaunch.switchedOff("0"));
    assertFalse(Relaunch.switchedOff("false"));
  }

  @Test
  void doesNotRelaunchAJvmThatWasNotStartedWithJar() {
    assertTrue(
        Relaunch.command(
                "/jdk/bin/java",
                List.of("-cp", "x", "nl.koploper.cli.Main"),
                JAR,
                ARCHIVE,
                new String[0])
            .isEmpty());
  }

  @Test
  void aStampWrittenForThisRuntimeAndJarMatches(@TempDir Path dir) throws Exception {
    Path jar = Files.writeString(dir.resolve("koploper.jar"), "jar");
    Path stamp = dir.resolve("koploper.jsa.properties");
    Relaunch.writeStamp(stamp, jar);
    assertTrue(Relaunch.matches(stamp, jar));
  }

  @Test
  void aStampDoesNotMatchAChangedJar(@TempDir Path dir) throws Exception {
    Path jar = Files.writeString(dir.resolve("koploper.jar"), "jar");
    Path stamp = dir.resolve("koploper.jsa.properties");
    Relaunch.writeStamp(stamp, jar);
    Files.writeString(jar, "a rebuilt jar");
    assertFalse(Relaunch.matches(stamp, jar));
  }

  @Test
  void aStampDoesNotMatchAnotherRuntime(@TempDir Path dir) throws Exception {
    Path jar = Files.writeString(dir.resolve("koploper.jar"), "jar");
    Path stamp = dir.resolve("koploper.jsa.properties");
    Relaunch.writeStamp(stamp, jar);
    Files.writeString(stamp, Files.readString(stamp).replace("java.home=", "java.home=/other"));
    assertFalse(Relaunch.matches(stamp, jar));
  }

  @Test
  void noStampNoRelaunch(@TempDir Path dir) {
    assertFalse(Relaunch.matches(dir.resolve("missing"), dir.resolve("koploper.jar")));
  }
}
