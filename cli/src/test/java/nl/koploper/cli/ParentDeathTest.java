package nl.koploper.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The relaunched JVM ends when its parent dies, however it died: here the parent is killed with
 * SIGKILL, which runs none of its shutdown hooks, while the child is busy waiting for its fact
 * file.
 */
class ParentDeathTest {
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  /**
   * A parent process (a shell) that starts the launcher as a relaunched child would be started,
   * with the shell's own pid as the parent, reading its fact file from a pipe that stays open, and
   * prints the child's pid.
   */
  private static Process parentOf(boolean watched) throws IOException {
    String parent = watched ? " -D" + Relaunch.PARENT + "=$$" : "";
    String child =
        JAVA
            + " -cp '"
            + System.getProperty("java.class.path")
            + "' -D"
            + Relaunch.CHILD
            + "=1"
            + parent
            + " "
            + Launcher.class.getName()
            + " assess /dev/stdin";
    return new ProcessBuilder("sh", "-c", "exec 3<&0; " + child + " <&3 & echo $!; wait")
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static ProcessHandle childOf(Process parent) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
    return ProcessHandle.of(Long.parseLong(out.readLine().strip())).orElseThrow();
  }

  /** Whether the child JVM runs a thread of that name (Linux: /proc/PID/task/TID/comm). */
  private static boolean runsThread(ProcessHandle child, String name) {
    try (Stream<Path> tasks = Files.list(Path.of("/proc/" + child.pid() + "/task"))) {
      return tasks.anyMatch(
          t -> {
            try {
              return Files.readString(t.resolve("comm")).strip().equals(name);
            } catch (IOException e) {
              return false;
            }
          });
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean within(long millis, java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(100);
    }
    return condition.getAsBoolean();
  }

  private static void run(boolean watched, java.util.function.Consumer<ProcessHandle> check)
      throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
    Process parent = parentOf(watched);
    ProcessHandle child = childOf(parent);
    try {
      // wait until the child is up: with the watch, until the watch runs; without, until the JVM
      // runs (under load on a shared machine either can take a while)
      assertTrue(
          within(60_000, () -> runsThread(child, watched ? "koploper-parent" : "VM Thread")),
          "the child started");
      Thread.sleep(1_000);
      assertTrue(child.isAlive(), "the child runs while its parent does");
      parent.destroyForcibly(); // SIGKILL: no shutdown hook of the parent runs
      parent.waitFor();
      check.accept(child);
    } finally {
      parent.getOutputStream().close();
      child.destroyForcibly();
      for (ProcessHandle p : List.of(child)) {
        p.onExit().join();
      }
    }
  }

  @Test
  void theChildExitsWithinSecondsWhenItsParentIsKilled() throws Exception {
    run(
        true,
        child -> {
          try {
            assertTrue(within(5_000, () -> !child.isAlive()), "the child is gone in 5 s");
          } catch (InterruptedException e) {
            throw new AssertionError(e);
          }
        });
  }
}
