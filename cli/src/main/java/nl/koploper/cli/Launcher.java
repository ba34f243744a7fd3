package nl.koploper.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The jar's entry point. Kept apart from {@link Main} so that deciding whether to relaunch with the
 * class-data-sharing archive ({@link Relaunch}) loads nothing of the CLI or its libraries.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    String stamp = System.getProperty(Relaunch.STAMP_PROPERTY);
    if (stamp != null) {
      Relaunch.writeStamp(Path.of(stamp));
    }
    Relaunch.exitWithParent();
    Optional<Integer> relaunched = Relaunch.run(args);
    if (relaunched.isPresent()) {
      System.exit(relaunched.get());
    }
    Main.main(args);
  }
}
