package nl.koploper.engine.session;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.koploper.engine.RuleTimeLimitException;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;

/**
 * The wall-clock limit of a run of the rules. Between firings, and whenever the engine creates a
 * match, a run past its deadline is stopped with {@link RuleTimeLimitException}. Code stuck inside
 * one call cannot be stopped by Java ({@code Thread.stop} is gone), so every run in progress is
 * also listed here, with the rule it is in: a process that owns its JVM (the command line) can
 * watch the list and end itself, naming the rule ({@link #overdue}).
 */
public final class RunWatch extends DefaultAgendaEventListener {
  /** The default limit of one run, as the SPEC says. */
  public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(5);

  private static final Map<RunWatch, Boolean> RUNNING = new ConcurrentHashMap<>();

  private volatile long deadline;
  private volatile Duration limit = DEFAULT_LIMIT;
  private volatile String rule = "?";

  /** The run on each thread, for the checks that generated code makes ({@link #check()}). */
  private static final ThreadLocal<RunWatch> CURRENT = new ThreadLocal<>();

  /** Starts timing a run. */
  void start(Duration limit) {
    this.limit = limit;
    this.rule = "?";
    this.deadline = System.nanoTime() + limit.toNanos();
    RUNNING.put(this, Boolean.TRUE);
    CURRENT.set(this);
  }

  /** The run ended, however. */
  void stop() {
    RUNNING.remove(this);
    CURRENT.remove();
  }

  /**
   * Stops the run of this thread when it is past its deadline: called at the start of every method
   * of a user's compiled rule set (engine.compile.DeadlineWeaver); does nothing outside a run.
   *
   * @throws RuleTimeLimitException when the run is late
   */
  public static void check() {
    RunWatch watch = CURRENT.get();
    if (watch != null && System.nanoTime() - watch.deadline > 0) {
      throw new RuleTimeLimitException(watch.rule, watch.limit);
    }
  }

  String rule() {
    return rule;
  }

  private void check(String name) {
    if (System.nanoTime() - deadline > 0) {
      throw new RuleTimeLimitException(name, limit);
    }
  }

  @Override
  public void matchCreated(MatchCreatedEvent event) {
    check(event.getMatch().getRule().getName());
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    String name = event.getMatch().getRule().getName();
    rule = name;
    check(name);
  }

  /**
   * A run that is more than {@code grace} past its deadline, as the exception that says so: for a
   * watchdog that ends the process when a rule is stuck where no check reaches.
   */
  public static Optional<RuleTimeLimitException> overdue(Duration grace) {
    long now = System.nanoTime();
    for (RunWatch watch : RUNNING.keySet()) {
      if (now - watch.deadline - grace.toNanos() > 0) {
        return Optional.of(new RuleTimeLimitException(watch.rule, watch.limit));
      }
    }
    return Optional.empty();
  }
}
