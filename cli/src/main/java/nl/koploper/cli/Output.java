package nl.koploper.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where a command's result goes: standard output, or a file written whole or not at all (to a
 * temporary file beside it, then moved into place), so a failure never leaves half a report.
 *
 * <p>The file is only ever a regular file, new or replaced: a move would replace a FIFO, a device
 * node or a symbolic link with a regular file, and a report over one of the command's own inputs
 * would destroy it. {@link #refusal} says why before any work is done; {@link #write} looks once
 * more just before it moves the file into place.
 */
final class Output {
  private Output() {}

  /**
   * Why {@code file} cannot take the result, or null when it can. Checked before the command does
   * any work, so that a refused run writes nothing and costs nothing.
   *
   * @param file the {@code --output} path, or null for standard output
   * @param inputs the files the command reads (null entries are ignored)
   * @param ruleDirectory the {@code --rules} directory (null for the bundled rules): none of its
   *     files may be the output either
   */
  static String refusal(Path file, List<Path> inputs, Path ruleDirectory) {
    if (file == null) {
      return null;
    }
    Path target;
    try {
      target = file.toAbsolutePath();
    } catch (InvalidPathException | java.io.IOError e) {
      return "--output " + file + ": not a usable file name";
    }
    String where = "--output " + file + ": ";
    String kind = kindOf(target);
    if (kind != null) {
      return where + kind;
    }
    String dir = directoryProblem(target.getParent());
    if (dir != null) {
      return where + dir;
    }
    if (Files.exists(target)) {
      for (Path input : inputs) {
        if (input != null && same(target, input)) {
          return where
              + "is "
              + (input.equals(file) ? "" : "the same file as ")
              + "an input of this command ("
              + input
              + "); writing the result there would destroy it";
        }
      }
      if (ruleDirectory != null && inside(target, ruleDirectory)) {
        return where
            + "is a file of the rule set "
            + ruleDirectory
            + "; writing the result there would destroy it";
      }
    }
    return null;
  }

  /** What makes an existing path unfit to be replaced by a report; null when it is fit or new. */
  private static String kindOf(Path target) {
    BasicFileAttributes link;
    try {
      link = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null; // nothing there: a new file
    }
    BasicFileAttributes seen = link;
    String prefix = "";
    if (link.isSymbolicLink()) {
      try {
        seen = Files.readAttributes(target, BasicFileAttributes.class);
      } catch (IOException e) {
        return "is a symbolic link to nothing; --output writes only regular files";
      }
      prefix = "is a symbolic link to ";
    }
    if (seen.isRegularFile()) {
      return null;
    }
    String what =
        seen.isDirectory()
            ? "a directory"
            : "a FIFO, device or other special file, not a regular file";
    return (prefix.isEmpty() ? "is " : prefix) + what + "; --output writes only regular files";
  }

  /** Why no file can be made in {@code dir}; null when one can be tried. */
  private static String directoryProblem(Path dir) {
    if (dir == null) {
      return "is not a file";
    }
    if (Files.isDirectory(dir)) {
      return Files.isWritable(dir) ? null : "directory " + dir + " is read-only";
    }
    // Name the nearest part of the path that exists, and what it is.
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p)) {
        return "no such directory: " + dir;
      }
      if (Files.exists(p)) {
        return p + " is a file, not a directory";
      }
    }
    return "no such directory: " + dir;
  }

  private static boolean same(Path target, Path input) {
    try {
      return Files.exists(input) && Files.isSameFile(target, input);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /** Whether {@code target} (which exists) is a file inside {@code directory}, links resolved. */
  private static boolean inside(Path target, Path directory) {
    try {
      Path real = target.toRealPath();
      Path dir = directory.toRealPath();
      if (real.startsWith(dir)) {
        return true;
      }
      // A hard link has no path to compare: look for it among the rule set's own files.
      try (Stream<Path> files = Files.walk(dir, 4)) {
        return files.filter(Files::isRegularFile).anyMatch(f -> same(real, f));
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

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
    String refused = refusal(file, List.of(), null);
    if (refused != null) {
      return refused;
    }
    Path target = file.toAbsolutePath();
    if (Files.isSymbolicLink(target)) {
      // A link to a regular file: the report replaces what it points to, not the link itself.
      try {
        target = target.toRealPath();
      } catch (IOException e) {
        return "--output " + file + ": cannot follow the symbolic link: " + reason(e);
      }
    }
    Path dir = target.getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      Files.writeString(temp, result, StandardCharsets.UTF_8);
      keepPermissions(temp, target);
      // The narrowest window we can give a swap to a FIFO or a directory: look again just before.
      String now = kindOf(target);
      if (now != null) {
        return "--output " + file + ": " + now;
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return null;
    } catch (IOException e) {
      return "--output " + file + ": cannot write the output in " + dir + ": " + reason(e);
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

  /**
   * What went wrong, in words, without the file names an exception message carries: the temporary
   * file's name means nothing to the user.
   */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return Objects.requireNonNullElse(e.getClass().getSimpleName(), "input/output error");
  }
}
