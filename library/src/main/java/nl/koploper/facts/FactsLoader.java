package nl.koploper.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads fact files strictly: YAML 1.2 or JSON, checked against {@link FactSchema}. A file is either
 * loaded whole or refused with every problem found; nothing is guessed. A file on disk may {@code
 * extends} another (see {@link FactInheritance}). Stateless and thread-safe.
 */
public final class FactsLoader {
  /** The two notations of a fact file. */
  public enum Format {
    /** YAML 1.2. */
    YAML,
    /** JSON. */
    JSON;

    /** JSON for {@code .json}, YAML for {@code .yaml}/{@code .yml}, else by the first character. */
    static Format of(String name, String text) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".json")) {
        return JSON;
      }
      if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
        return YAML;
      }
      return text.stripLeading().startsWith("{") ? JSON : YAML;
    }
  }

  private FactsLoader() {}

  /**
   * Loads a fact file; the notation follows from the file name. Every value must be certain: a file
   * with {@code {oneOf: …}} or {@code {between: …}} values is for {@link #loadUncertain}.
   *
   * @param file the fact file
   * @return the facts
   * @throws InvalidFactsException with every problem, each naming file, line, column and field
   */
  public static Facts load(Path file) throws InvalidFactsException {
    return FactInheritance.load(file, false).facts().base();
  }

  /**
   * Loads a fact file that may give some values as uncertain ({@code {oneOf: [A, B]}} for enums and
   * booleans, {@code {between: [low, high]}} for numbers), for a sensitivity analysis. A file
   * without them loads too, with nothing uncertain.
   *
   * @param file the fact file
   * @return the certain facts and the uncertain values
   * @throws InvalidFactsException with every problem, each naming file, line, column and field
   */
  public static UncertainFacts loadUncertain(Path file) throws InvalidFactsException {
    return FactInheritance.load(file, true).facts();
  }

  /**
   * Loads a fact file received as bytes (an upload, a request body) as {@link #load(Path)} loads a
   * file: the same checks of size and encoding, the same messages, naming {@code name}. The
   * notation follows from the name's extension, else from the first character.
   *
   * @param bytes the whole file as received
   * @param name the name to use in messages, such as {@code upload.yaml}
   * @throws InvalidFactsException with every problem, each naming {@code name}, line, column, field
   */
  public static Facts load(byte[] bytes, String name) throws InvalidFactsException {
    String text = decode(bytes, name);
    return parse(text, name, Format.of(name, text));
  }

  /** As {@link #load(byte[], String)}, for a file that may give uncertain values. */
  public static UncertainFacts loadUncertain(byte[] bytes, String name)
      throws InvalidFactsException {
    String text = decode(bytes, name);
    return parseUncertain(text, name, Format.of(name, text));
  }

  private static String decode(byte[] bytes, String name) throws InvalidFactsException {
    if (bytes.length > FileText.MAX_BYTES) {
      throw FileText.whole(name, "the file is larger than 1 MiB; fact files are small text files");
    }
    return FileText.decode(bytes, name);
  }

  /**
   * Loads a fact file as {@link #loadUncertain} does, and says for each fact which file wrote it:
   * the file itself, or one it {@code extends}.
   *
   * @throws InvalidFactsException with every problem, each naming the file where it was written
   */
  public static LoadedFacts loadWithOrigins(Path file) throws InvalidFactsException {
    return FactInheritance.load(file, true).loaded();
  }

  static String read(Path file) throws InvalidFactsException {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw FileText.whole(name, "is a directory, not a fact file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return FileText.read(in, name);
    } catch (NoSuchFileException e) {
      throw FileText.whole(name, "no such file");
    } catch (AccessDeniedException e) {
      throw FileText.whole(name, "permission denied");
    } catch (IOException e) {
      throw FileText.whole(name, "cannot read the file: " + e.getMessage());
    }
  }

  /**
   * Parses fact text already in memory.
   *
   * @param text the whole file, without byte order mark
   * @param name the name to use in messages
   * @param format its notation
   * @return the facts
   */
  public static Facts parse(String text, String name, Format format) throws InvalidFactsException {
    return FactBinder.bind(tree(text, name, format), name);
  }

  /**
   * Parses fact text already in memory that may give uncertain values; see {@link #parse}.
   *
   * @param text the whole file, without byte order mark
   * @param name the name to use in messages
   * @param format its notation
   * @return the certain facts and the uncertain values
   */
  public static UncertainFacts parseUncertain(String text, String name, Format format)
      throws InvalidFactsException {
    return FactBinder.bindUncertain(tree(text, name, format), name);
  }

  static Node tree(String text, String name, Format format) throws InvalidFactsException {
    if (text.length() > FileText.MAX_BYTES) {
      throw FileText.whole(name, "the text is larger than 1 MiB; fact files are small text files");
    }
    if (text.isBlank()) {
      throw FileText.whole(name, "the file is empty; a fact file needs at least schema and region");
    }
    return format == Format.JSON
        ? JsonTreeReader.read(text, name)
        : YamlTreeReader.read(text, name);
  }
}
