package nl.koploper.cli.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * The decision log: one JSON line per assessment made (time, endpoint, the input's sha256, the rule
 * set's sha256, benchmark, language, the codes returned, duration), never the facts themselves.
 * Bounded in size: when the file passes {@link #MAX_BYTES} it becomes {@code FILE.1} (replacing the
 * one before) and a new file starts, so the log never takes more than twice that.
 */
final class DecisionLog implements AutoCloseable {
  static final long MAX_BYTES = 10L << 20;

  private final Path file;
  private final long maxBytes;
  private Writer out;
  private long size;

  DecisionLog(Path file) {
    this(file, MAX_BYTES);
  }

  DecisionLog(Path file, long maxBytes) {
    this.file = file;
    this.maxBytes = maxBytes;
    try {
      open();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the decision log " + file, e);
    }
  }

  private void open() throws IOException {
    out =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    size = Files.size(file);
  }

  synchronized void write(
      String endpoint,
      String inputSha256,
      String ruleSetSha256,
      String benchmark,
      String language,
      List<String> codes,
      long millis) {
    StringBuilder line = new StringBuilder("{\"time\": ");
    line.append(Json.string(Instant.now().toString()))
        .append(", \"endpoint\": ")
        .append(Json.string(endpoint))
        .append(", \"inputSha256\": ")
        .append(Json.string(inputSha256))
        .append(", \"ruleSetSha256\": ")
        .append(Json.string(ruleSetSha256))
        .append(", \"benchmark\": ")
        .append(Json.string(benchmark))
        .append(", \"language\": ")
        .append(Json.string(language))
        .append(", \"codes\": [");
    for (int i = 0; i < codes.size(); i++) {
      line.append(i == 0 ? "" : ", ").append(Json.string(codes.get(i)));
    }
    line.append("], \"durationMs\": ").append(millis).append("}\n");
    byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
    try {
      if (size > 0 && size + bytes.length > maxBytes) {
        rotate();
      }
      out.write(line.toString());
      out.flush();
      size += bytes.length;
    } catch (IOException e) {
      // A decision log that cannot be written must not take the service down; say so once per line.
      System.err.println("koploper serve: cannot write the decision log " + file + ": " + e);
    }
  }

  private void rotate() throws IOException {
    out.close();
    Files.move(
        file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
    open();
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      System.err.println("koploper serve: cannot close the decision log " + file + ": " + e);
    }
  }
}
