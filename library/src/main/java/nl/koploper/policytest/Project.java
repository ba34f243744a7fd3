package nl.koploper.policytest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The project a rule set lives in (the rule directory's parent): the only place its policy tests
 * may read files from. Policy tests come with shared rule sets and run in CI, so a test must not be
 * able to read, or echo in an error, a file of the machine it runs on. Every path is checked twice
 * before anything is opened: as written ({@code ..} may not climb out, no absolute paths) and with
 * every symbolic link resolved (no link may lead out), and it must end in a regular file, so a FIFO
 * cannot hang the run.
 */
final class Project {
  private final Path root;

  private Project(Path root) {
    this.root = root;
  }

  /** The project of a rule directory: its parent (or the directory itself at the root). */
  static Project of(Path ruleDirectory) {
    Path directory = ruleDirectory.toAbsolutePath().normalize();
    return new Project(directory.getParent() == null ? directory : directory.getParent());
  }

  Path root() {
    return root;
  }

  /** A path checked to be readable, or why it is not; exactly one of the two is set. */
  record Checked(Path path, String refusal) {}

  /** Checks a test file before it is read. */
  Checked testFile(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) {
      return refused("the test file is outside the project " + root);
    }
    return resolved(absolute, "the test file");
  }

  /**
   * Checks a fact file that a test names ({@code factsFile}, {@code benchmarkFile}), relative to
   * the test file's directory.
   */
  Checked reference(Path testFile, String given) {
    Path written;
    try {
      written = Path.of(given);
    } catch (InvalidPathException e) {
      return refused("not a usable file name");
    }
    if (written.isAbsolute()) {
      return refused(
          "an absolute path; give the path relative to the test file, inside the project " + root);
    }
    Path absolute = testFile.toAbsolutePath().getParent().resolve(written).normalize();
    if (!absolute.startsWith(root)) {
      return refused(
          "leads outside the project " + root + "; policy tests read only files inside it");
    }
    return resolved(absolute, given);
  }

  /** The same path with every link resolved, when that is still inside the project. */
  private Checked resolved(Path absolute, String what) {
    Path real;
    Path realRoot;
    try {
      realRoot = root.toRealPath();
      real = absolute.toRealPath();
    } catch (NoSuchFileException e) {
      // Nothing to read: the loader says "no such file". A dangling link is reported the same way.
      return new Checked(absolute, null);
    } catch (IOException | SecurityException e) {
      return refused("cannot be resolved: " + reasonOf(e));
    }
    if (!real.startsWith(realRoot)) {
      return refused(
          what.equals("the test file")
              ? "the test file is a symbolic link leading outside the project " + root
              : "passes through a symbolic link leading outside the project "
                  + root
                  + "; policy tests read only files inside it");
    }
    if (!Files.isDirectory(real) && !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      return refused("is not a regular file (a FIFO, device or socket); it is not read");
    }
    return new Checked(real, null);
  }

  private static String reasonOf(Exception e) {
    return e instanceof java.nio.file.FileSystemException f && f.getReason() != null
        ? f.getReason()
        : e.getClass().getSimpleName();
  }

  private static Checked refused(String why) {
    return new Checked(null, why);
  }
}
