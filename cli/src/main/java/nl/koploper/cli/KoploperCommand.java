package nl.koploper.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code koploper}: the root command; its subcommands (registered by {@link Main}) do the work. */
@Command(
    name = "koploper",
    mixinStandardHelpOptions = true,
    versionProvider = KoploperCommand.Version.class,
    description =
        "Policy advice for regional biotech ecosystems, after the seven lessons of "
            + "\"Kiezen voor biotech\".",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error (a bug), or failing policy tests (test)",
      "2:usage error or invalid input; nothing was written",
      "3:the rule set does not compile or is invalid"
    })
final class KoploperCommand implements Runnable {
  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show stack traces of internal errors.")
  boolean verbose;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a command");
  }

  /** Reads the version Maven wrote into {@code koploper.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = KoploperCommand.class.getResourceAsStream("/koploper.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"koploper " + p.getProperty("version", "(development build)")};
    }
  }
}
