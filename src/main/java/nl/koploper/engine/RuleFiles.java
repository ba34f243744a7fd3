package nl.koploper.engine;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a rule set, read into memory: the DRL files and the text catalogues, by file name.
 *
 * @param source {@code bundled}, or the directory as the user named it
 * @param files file name to content, sorted by name
 */
public record RuleFiles(String source, Map<String, String> files) {
  /** Where the bundled rule set lives inside the jar. */
  static final String BUNDLED = "/koploper/rules";

  public RuleFiles {
    files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }

  /** The DRL files, by name. */
  public Map<String, String> drl() {
    Map<String, String> drl = new TreeMap<>();
    files.forEach(
        (name, text) -> {
          if (name.endsWith(".drl")) {
            drl.put(name, text);
          }
        });
    return drl;
  }

  /** The path to show for a file: {@code rules/lesson-3-early-funding.drl}. */
  public String display(String name) {
    return source.equals("bundled") ? "bundled:" + name : Path.of(source).resolve(name).toString();
  }

  /** SHA-256 over every file's name and content, in name order: which rules produced a result. */
  public String sha256() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      files.forEach(
          (name, text) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
          });
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads {@code *.drl} and {@code *.properties} of a directory (not its subdirectories). */
  public static RuleFiles fromDirectory(Path dir) throws RuleSetException {
    String shown = dir.toString();
    if (!Files.isDirectory(dir)) {
      throw new RuleSetException(List.of(new RuleProblem(shown, 0, "not a directory of rules")));
    }
    try (Stream<Path> list = Files.list(dir)) {
      return new RuleFiles(shown, read(list.toList()));
    } catch (IOException e) {
      throw new RuleSetException(List.of(new RuleProblem(shown, 0, "cannot read: " + e)));
    }
  }

  /** The rule set bundled in the jar (or on the class path in development). */
  public static RuleFiles bundled() {
    URL url = RuleFiles.class.getResource(BUNDLED);
    if (url == null) {
      throw new IllegalStateException("the bundled rules are missing from the class path");
    }
    try {
      URI uri = url.toURI();
      if (!uri.getScheme().equals("jar")) {
        try (Stream<Path> list = Files.list(Path.of(uri))) {
          return new RuleFiles("bundled", read(list.toList()));
        }
      }
      FileSystem jar;
      try {
        jar = FileSystems.getFileSystem(uri);
      } catch (FileSystemNotFoundException e) {
        jar = FileSystems.newFileSystem(uri, Map.of());
      }
      try (Stream<Path> list = Files.list(jar.getPath(BUNDLED))) {
        return new RuleFiles("bundled", read(list.toList()));
      }
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot read the bundled rules", e);
    }
  }

  private static Map<String, String> read(List<Path> paths) throws IOException {
    Map<String, String> files = new TreeMap<>();
    List<Path> sorted = new ArrayList<>(paths);
    sorted.sort(null);
    for (Path p : sorted) {
      String name = p.getFileName().toString();
      if ((name.endsWith(".drl") || name.endsWith(".properties")) && Files.isRegularFile(p)) {
        files.put(name, Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
