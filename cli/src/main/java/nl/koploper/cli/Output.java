package nl.koploper.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Where a command's result goes: standard output, or a file written whole or not at all (to a
 * temporary file beside it, then moved into place), so a failure never leaves half a report.
 */
final class Output {
  private Output() {}

  /**
   * A temporary file is private to its owner; the report should have the permissions an existing
   * report had, or else those of an ordinary new file (rw-r--r--).
   */
  private static void keepPermissions(Path temp, Path target) throws IOException {
    if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  /** Writes the result; returns an error message, or null when it was written. */
  static String write(String result, Path file, PrintWriter out) {
    if (file == null) {
      out.print(result);
      out.flush();
      return null;
    }
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (!Files.isDirectory(dir)) {
      return file + ": cannot write the output: directory " + dir + " does not exist";
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      Files.writeString(temp, result, StandardCharsets.UTF_8);
      keepPermissions(temp, target);
      try {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return null;
    } catch (IOException e) {
      return file + ": cannot write the output: " + e.getMessage();
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the temporary file is only left behind if it cannot be deleted either
        }
      }
    }
  }
}
