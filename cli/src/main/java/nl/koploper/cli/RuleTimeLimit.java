package nl.koploper.cli;

import java.time.Duration;
import nl.koploper.api.Advisor;
import picocli.CommandLine.Option;

/** {@code --rule-time-limit SECONDS}, for every command that runs rules (a picocli mixin). */
final class RuleTimeLimit {
  /** Beyond this a run is no longer a run of rules but a hang. */
  static final double MAX_SECONDS = 3600;

  @Option(
      names = "--rule-time-limit",
      paramLabel = "SECONDS",
      defaultValue = "5",
      description =
          "Stop a run of the rules that takes longer than this (default 5 seconds); exit 3,"
              + " naming the rule.")
  double seconds = 5;

  /** The advisor with this limit; exit 2 for a limit that is not a positive number of seconds. */
  Advisor apply(Advisor advisor) {
    if (!(seconds > 0) || seconds > MAX_SECONDS) {
      throw ExitCodes.invalidArgument(
          "--rule-time-limit takes a number of seconds above 0 and up to 3600, not " + seconds);
    }
    return advisor.withRuleTimeLimit(Duration.ofNanos((long) (seconds * 1e9)));
  }
}
