package nl.koploper.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * @param sha256 SHA-256 over every file's name and content, in name order: which rules produced a
 *     result
 */
public record RuleFiles(String source, Map<String, String> files, String sha256) {
  /** Where the bundled rule set lives inside the jar. */
  static final String BUNDLED = "/koploper/rules";

  public RuleFiles {
    files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }

  /** Files whose hash is computed here. */
  public RuleFiles(String source, Map<String, String> files) {
    this(source, files, hash(files));
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

  private static String hash(Map<String, String> unsorted) {
    Map<String, String> files = new TreeMap<>(unsorted);
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

  /**
   * The rule set bundled in the jar: the files named in its index, which the build writes beside
   * them (reading an index is much cheaper at start-up than listing a directory of the jar).
   */
  public static RuleFiles bundled() {
    try {
      String index = resource(INDEX);
      if (index == null) {
        throw new IllegalStateException(
            "the bundled rules have no index " + INDEX + "; build with Maven, which writes it");
      }
      Map<String, String> files = new TreeMap<>();
      String[] lines = index.split("\n");
      for (String name : java.util.Arrays.copyOfRange(lines, 1, lines.length)) {
        if (!name.isBlank()) {
          String text = resource(BUNDLED + "/" + name.strip());
          if (text == null) {
            throw new IllegalStateException("the bundled rule file " + name + " is missing");
          }
          files.put(name.strip(), text);
        }
      }
      // The build computed the hash when it wrote the index and the executable model from the
      // same files; taking it from there saves starting a message digest at every start.
      return new RuleFiles("bundled", files, lines[0].strip());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled rules", e);
    }
  }

  /**
   * The index of the bundled rule files: their sha256, then one name a line; written at build time.
   */
  public static final String INDEX = BUNDLED + "/INDEX";

  private static String resource(String name) throws IOException {
    try (InputStream in = RuleFiles.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> read(List<Path> paths) throws IOException, RuleSetException {
    Map<String, String> files = new TreeMap<>();
    List<Path> sorted = new ArrayList<>(paths);
    sorted.sort(null);
    for (Path p : sorted) {
      String name = p.getFileName().toString();
      if ((name.endsWith(".drl") || name.endsWith(".properties")) && Files.isRegularFile(p)) {
        try {
          files.put(name, Files.readString(p, StandardCharsets.UTF_8));
        } catch (java.nio.charset.CharacterCodingException e) {
          throw new RuleSetException(
              List.of(new RuleProblem(p.toString(), 0, "not valid UTF-8 text; save it as UTF-8")));
        }
      }
    }
    return files;
  }
}
