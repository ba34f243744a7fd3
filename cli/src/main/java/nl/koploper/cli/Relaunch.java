package nl.koploper.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

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
 * <p>A jar copied or moved elsewhere, or run by another Java runtime, no longer matches the archive
 * the build made. Its first run then makes an archive of its own in the user's cache ({@code
 * $XDG_CACHE_HOME/koploper/cds} or {@code ~/.cache/koploper/cds}, named by the runtime and the
 * jar's path, size and time), says so once on standard error, and later runs start from it.
 *
 * <p>It runs in this JVM instead when not started with {@code -jar}, already relaunched, when no
 * archive can be found or made (it says why), or when {@code KOPLOPER_NO_RELAUNCH} is set.
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
    Path dump = null;
    if (!Files.isRegularFile(archive) || !matches(stamp, jar.get())) {
      Optional<Path> cached = cachedArchive(jar.get(), System.getenv());
      if (cached.isEmpty()) {
        System.err.println(
            "koploper: "
                + archive
                + " does not match this jar or Java, and there is no cache directory to make one"
                + " in (set XDG_CACHE_HOME or HOME); starting without it takes about twice as"
                + " long. Rebuild the jar with ./mvnw package to get a matching archive.");
        return Optional.empty();
      }
      archive = cached.get();
      if (!Files.isRegularFile(archive)) {
        dump = startDump(archive);
        if (dump == null) {
          return Optional.empty();
        }
      }
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
                List.of(self.get()), ManagementFactory.getRuntimeMXBean().getInputArguments())
            : List.of(self.get());
    Optional<List<String>> command =
        dump == null
            ? command(java(), own, jar.get(), archive, args)
            : dumping(command(java(), own, jar.get(), archive, args), archive, dump);
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
      int code = child.waitFor();
      if (dump != null) {
        finishDump(dump, archive);
      }
      return Optional.of(code);
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(ExitCodes.INTERNAL);
    }
  }

  /**
   * Where this jar's own archive lives in the user's cache: one file per Java runtime and jar
   * (path, size, time), so a copied or rebuilt jar gets a new one; empty without a cache directory.
   */
  static Optional<Path> cachedArchive(Path jar, Map<String, String> environment) {
    String xdg = environment.get("XDG_CACHE_HOME");
    String home = environment.get("HOME");
    Path cache;
    if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
      cache = Path.of(xdg, "koploper", "cds");
    } else if (home != null && !home.isEmpty() && Path.of(home).isAbsolute()) {
      cache = Path.of(home, ".cache", "koploper", "cds");
    } else {
      return Optional.empty();
    }
    return Optional.of(cache.resolve("koploper-" + fingerprint(current(jar)) + ".jsa"));
  }

  /** A short hash of what an archive was made for, as its name in the cache. */
  static String fingerprint(Properties made) {
    StringBuilder all = new StringBuilder();
    new TreeMap<>(made).forEach((k, v) -> all.append(k).append('=').append(v).append('\n'));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(all.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * Prepares a run that makes the archive: a temporary file beside it (moved into place when the
   * run ends, so that a run starting meanwhile never maps half an archive); null when the cache
   * cannot be written, which is said on standard error.
   */
  private static Path startDump(Path archive) {
    try {
      Files.createDirectories(archive.getParent());
      Path dump =
          archive.resolveSibling(
              archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
      System.err.println(
          "koploper: this jar has no start-up archive that matches it (it was copied, moved or"
              + " run by another Java); making one in "
              + archive.getParent()
              + " during this run, once, so later runs start about twice as fast");
      return dump;
    } catch (IOException e) {
      System.err.println(
          "koploper: cannot make a start-up archive in "
              + archive.getParent()
              + " ("
              + e.getMessage()
              + "); starting without one takes about twice as long");
      return null;
    }
  }

  /** Moves a finished archive into place; a run that made none leaves nothing behind. */
  private static void finishDump(Path dump, Path archive) {
    try {
      if (Files.isRegularFile(dump) && Files.size(dump) > 0) {
        Files.move(dump, archive, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      // another run may have put its archive there first; either one serves
    } finally {
      try {
        Files.deleteIfExists(dump);
      } catch (IOException ignored) {
        // a stale temporary file is only ever replaced, never mapped
      }
    }
  }

  /**
   * The child's command line for a run that makes the archive instead of mapping it: the same, with
   * {@code -XX:ArchiveClassesAtExit} in place of {@code -XX:SharedArchiveFile}.
   */
  static Optional<List<String>> dumping(Optional<List<String>> command, Path archive, Path dump) {
    return command.map(
        c ->
            c.stream()
                .map(
                    a -> {
                      if (a.equals("-XX:SharedArchiveFile=" + archive)) {
                        return "-XX:ArchiveClassesAtExit=" + dump;
                      }
                      // Dumping warns of every class it leaves out (picocli's are too old for
                      // CDS), and -Xlog:cds=off does not silence that; errors still show.
                      return a.equals("-Xlog:all=warning:stderr") ? "-Xlog:all=error:stderr" : a;
                    })
                .toList());
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
