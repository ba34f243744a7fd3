package nl.koploper.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Starts the CLI again in a JVM that maps the class-data-sharing archive built beside the jar.
 *
 * <p>A cold JVM spends most of an assessment loading and verifying the rule engine's classes. The
 * build records them in {@code koploper.jsa} next to {@code koploper.jar}; a JVM started with that
 * archive maps them instead, and runs an assessment in about half the time. Java 17 reads such an
 * archive only when told on the command line, so a plain {@code java -jar koploper.jar} relaunches
 * itself once with it. The child does all the work with the same arguments, standard streams and
 * JVM options; the parent only passes on its exit code.
 *
 * <p>It runs in this JVM instead whenever the archive cannot help: no archive or stamp beside the
 * jar, a different Java runtime or jar location than the build recorded, not started with {@code
 * -jar}, already relaunched, or {@code KOPLOPER_NO_RELAUNCH} set.
 */
final class Relaunch {
  /** Set on the child's command line, so it never relaunches again. */
  static final String CHILD = "koploper.relaunched";

  /** Set on the training run at build time: where to write the stamp. */
  static final String STAMP_PROPERTY = "koploper.cds.stamp";

  private Relaunch() {}

  /**
   * Commands that run the rule engine, for which the archive pays for the second JVM; the others
   * (validate, rules, help) start faster in this one.
   */
  static boolean worthIt(String[] args) {
    return args.length > 0 && Main.ASSESSING.contains(args[0]);
  }

  /** {@code KOPLOPER_NO_RELAUNCH} set to anything but empty, 0 or false. */
  static boolean switchedOff(String value) {
    return value != null
        && !value.isEmpty()
        && !value.equals("0")
        && !value.equalsIgnoreCase("false");
  }

  /** The child's exit code, or empty to run in this JVM. */
  static Optional<Integer> run(String[] args) {
    if (!worthIt(args)
        || System.getProperty(CHILD) != null
        || switchedOff(System.getenv("KOPLOPER_NO_RELAUNCH"))) {
      return Optional.empty();
    }
    Optional<Path> jar = jar();
    if (jar.isEmpty()) {
      return Optional.empty();
    }
    Path archive = jar.get().resolveSibling("koploper.jsa");
    Path stamp = jar.get().resolveSibling("koploper.jsa.properties");
    if (!Files.isRegularFile(archive) || !matches(stamp, jar.get())) {
      return Optional.empty();
    }
    Optional<String[]> self = ProcessHandle.current().info().arguments();
    if (self.isEmpty()) {
      return Optional.empty();
    }
    boolean optionsFromEnvironment =
        OPTION_VARIABLES.stream().anyMatch(v -> System.getenv(v) != null);
    List<String> own =
        optionsFromEnvironment
            ? withOptionsFromEnvironment(
                List.of(self.get()),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())
            : List.of(self.get());
    Optional<List<String>> command = command(java(), own, jar.get(), archive, args);
    if (command.isEmpty()) {
      return Optional.empty();
    }
    try {
      ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
      // The child takes them from its command line instead (withOptionsFromEnvironment), so
      // the notice that the JVM picked them up reaches the terminal once, not twice.
      OPTION_VARIABLES.forEach(builder.environment()::remove);
      Process child = builder.start();
      // Whoever stops this process (Ctrl-C, a supervisor's kill) means the child too.
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    if (child.isAlive()) {
                      child.destroy();
                    }
                  }));
      return Optional.of(child.waitFor());
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(ExitCodes.INTERNAL);
    }
  }

  /** The environment variables the JVM and its launcher read options from, and announce. */
  static final List<String> OPTION_VARIABLES =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  /**
   * This JVM's command line with the options it took from {@link #OPTION_VARIABLES} written out
   * before {@code -jar}: every option the JVM took ({@code inputArguments}, in the order that gives
   * them their precedence) replaces those the command line gave itself.
   */
  static List<String> withOptionsFromEnvironment(
      List<String> ownArguments, List<String> inputArguments) {
    int at = ownArguments.indexOf("-jar");
    if (at < 0) {
      return ownArguments;
    }
    List<String> all = new ArrayList<>(inputArguments);
    all.addAll(ownArguments.subList(at, ownArguments.size()));
    return all;
  }

  /**
   * The child's command line: this JVM's own options (those before {@code -jar}), the archive, and
   * the same jar and arguments; empty when this JVM was not started as {@code -jar <jar>}.
   */
  static Optional<List<String>> command(
      String java, List<String> ownArguments, Path jar, Path archive, String[] args) {
    int at = ownArguments.indexOf("-jar");
    if (at < 0 || at + 1 >= ownArguments.size()) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-XX:SharedArchiveFile=" + archive);
    command.add("-Xshare:auto");
    // Only the quick compiler: a CLI run is over before the optimising one pays for itself.
    command.add("-XX:TieredStopAtLevel=1");
    // No JVM notice about the archive may reach the user's terminal; warnings go to stderr.
    // These come before the user's own options, so that their -Xlog or -verbose still apply.
    command.add("-Xlog:disable");
    command.add("-Xlog:all=warning:stderr");
    command.add("-Xlog:cds=off");
    command.add("-Xlog:cds+dynamic=off");
    command.addAll(ownArguments.subList(0, at));
    command.add("-D" + CHILD + "=1");
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(Arrays.asList(args));
    return Optional.of(command);
  }

  /** Whether the stamp written at build time names this runtime and this jar. */
  static boolean matches(Path stamp, Path jar) {
    Properties recorded = new Properties();
    try (InputStream in = Files.newInputStream(stamp)) {
      recorded.load(in);
    } catch (IOException e) {
      return false;
    }
    return current(jar).equals(recorded);
  }

  /** Writes the stamp for the archive the current (training) run is dumping. */
  static void writeStamp(Path stamp) {
    jar().ifPresent(jar -> writeStamp(stamp, jar));
  }

  static void writeStamp(Path stamp, Path jar) {
    try (OutputStream out = Files.newOutputStream(stamp)) {
      current(jar).store(out, "the runtime and jar koploper.jsa was built for");
    } catch (IOException e) {
      // no stamp, no relaunch: the CLI then simply runs without the archive
    }
  }

  private static Properties current(Path jar) {
    Properties p = new Properties();
    p.setProperty("java.home", System.getProperty("java.home"));
    p.setProperty("java.vm.version", System.getProperty("java.vm.version"));
    p.setProperty("jar", jar.toString());
    try {
      // The JVM ignores an archive whose jar changed since; so does the relaunch.
      p.setProperty("jar.size", Long.toString(Files.size(jar)));
      p.setProperty("jar.modified", Files.getLastModifiedTime(jar).toString());
    } catch (IOException e) {
      p.setProperty("jar.size", "unknown");
    }
    return p;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The jar this class was loaded from, as an absolute path; empty when not from a jar. */
  private static Optional<Path> jar() {
    try {
      var source = Relaunch.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path path = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
      return path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return Optional.empty();
    }
  }
}
