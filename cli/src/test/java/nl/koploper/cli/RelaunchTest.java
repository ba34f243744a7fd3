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

  @Test
  void aCopiedJarGetsItsOwnArchiveInTheUsersCache() {
    Path cached = Relaunch.cachedArchive(JAR, java.util.Map.of("HOME", "/home/a")).orElseThrow();
    assertEquals(Path.of("/home/a/.cache/koploper/cds"), cached.getParent());
    assertTrue(
        cached.getFileName().toString().matches("koploper-[0-9a-f]{24}\\.jsa"), cached.toString());
    assertEquals(
        Path.of("/x/koploper/cds"),
        Relaunch.cachedArchive(JAR, java.util.Map.of("XDG_CACHE_HOME", "/x", "HOME", "/home/a"))
            .orElseThrow()
            .getParent());
    assertTrue(Relaunch.cachedArchive(JAR, java.util.Map.of()).isEmpty(), "no cache, no archive");
    assertTrue(
        Relaunch.cachedArchive(JAR, java.util.Map.of("HOME", "relative")).isEmpty(),
        "a relative HOME is not trusted");
  }

  @Test
  void anotherJarOrRuntimeGetsAnotherArchiveName() {
    java.util.Properties a = new java.util.Properties();
    a.setProperty("jar", "/opt/k/koploper.jar");
    a.setProperty("java.home", "/jdk17");
    java.util.Properties b = (java.util.Properties) a.clone();
    b.setProperty("jar", "/opt/copy/koploper.jar");
    assertEquals(Relaunch.fingerprint(a), Relaunch.fingerprint((java.util.Properties) a.clone()));
    assertFalse(Relaunch.fingerprint(a).equals(Relaunch.fingerprint(b)));
  }

  @Test
  void theRunThatMakesTheArchiveDumpsInsteadOfMapping() {
    Path dump = Path.of("/c/koploper-x.jsa.7.tmp");
    List<String> command =
        Relaunch.dumping(
                Relaunch.command(
                    "/jdk/bin/java",
                    List.of("-jar", "koploper.jar", "assess", "x.yaml"),
                    JAR,
                    ARCHIVE,
                    new String[] {"assess", "x.yaml"}),
                ARCHIVE,
                dump)
            .orElseThrow();
    assertTrue(command.contains("-XX:ArchiveClassesAtExit=" + dump), command.toString());
    assertFalse(command.stream().anyMatch(c -> c.startsWith("-XX:SharedArchiveFile")));
    assertTrue(command.contains("-Xlog:all=error:stderr"), "no warning per class left out");
  }
}
