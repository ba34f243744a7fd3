package nl.koploper.engine.compile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.koploper.engine.RuleFiles;

/**
 * Compiled rule sets kept between runs, in the user's cache directory ({@code
 * $XDG_CACHE_HOME/koploper}, else {@code ~/.cache/koploper}), by the sha256 of the rule and text
 * files, Koploper's and Drools' versions: compiling costs seconds, reading a cached set a few
 * milliseconds. The cache holds no trust: what is read from it goes through the whole bytecode
 * check again before any of it is defined, so a replaced file is refused like any other rule set. A
 * cache that cannot be read or written is simply not used.
 */
public final class RuleSetCache {
  private static final int FORMAT = 1;
  private static final int MAX_BYTES = 64 << 20;

  private final Path dir;

  public RuleSetCache(Path dir) {
    this.dir = dir;
  }

  /** The user's cache, or none when no home directory is known. */
  public static Optional<RuleSetCache> user() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Optional.of(new RuleSetCache(Path.of(xdg, "koploper")));
    }
    String home = System.getProperty("user.home");
    if (home == null || home.isBlank() || home.equals("?")) {
      return Optional.empty();
    }
    return Optional.of(new RuleSetCache(Path.of(home, ".cache", "koploper")));
  }

  /** The key of a rule set: its files, and the versions of what compiled it. */
  static String key(RuleFiles files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part :
          new String[] {
            "koploper-rule-cache-" + FORMAT,
            files.sha256(),
            version(RuleSetCache.class),
            version(org.drools.modelcompiler.KieBaseBuilder.class),
            version(org.drools.model.codegen.ExecutableModelProject.class)
          }) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String version(Class<?> type) {
    String v = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
    if (v != null) {
      return v;
    }
    // a development class path has no manifest: the class file itself stands for its version
    try (var in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
      return in == null
          ? "unknown"
          : HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    } catch (IOException | NoSuchAlgorithmException e) {
      return "unknown";
    }
  }

  private Path file(RuleFiles files) {
    return dir.resolve(key(files) + ".rules");
  }

  /** The cached classes of the rule set, unchecked, if a readable entry exists. */
  public Optional<GeneratedRules> read(RuleFiles files) {
    Path file = file(files);
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
        return Optional.empty();
      }
      byte[] all = Files.readAllBytes(file);
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
      if (in.readInt() != FORMAT) {
        return Optional.empty();
      }
      String model = in.readUTF();
      int count = in.readInt();
      Map<String, byte[]> classes = new TreeMap<>();
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        int length = in.readInt();
        if (length < 0 || length > all.length) {
          return Optional.empty();
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        classes.put(name, bytes);
      }
      if (in.read() != -1) {
        return Optional.empty();
      }
      return Optional.of(new GeneratedRules(model, classes));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Keeps the classes of a rule set that passed the check; quietly does nothing on failure. */
  public void write(RuleFiles files, GeneratedRules rules) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(FORMAT);
      out.writeUTF(rules.modelClass());
      out.writeInt(rules.classes().size());
      for (Map.Entry<String, byte[]> c : rules.classes().entrySet()) {
        out.writeUTF(c.getKey());
        out.writeInt(c.getValue().length);
        out.write(c.getValue());
      }
      out.flush();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "rules", ".tmp");
      try {
        Files.write(temp, bytes.toByteArray());
        try {
          Files.move(
              temp,
              file(files),
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file(files), StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException | RuntimeException e) {
      // a cache is an optimisation: without it the next run compiles again
    }
  }
}
