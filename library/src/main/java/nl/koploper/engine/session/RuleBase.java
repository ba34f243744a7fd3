package nl.koploper.engine.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koploper.engine.Outcome;
import nl.koploper.engine.RuleFiles;
import nl.koploper.engine.RuleInfo;
import nl.koploper.engine.RuleSetDefect;
import nl.koploper.engine.RuleTimeLimitException;
import nl.koploper.engine.RunawayRulesException;
import nl.koploper.engine.terms.Benchmark;
import nl.koploper.engine.terms.BenchmarkAdvice;
import nl.koploper.engine.terms.BenchmarkFigure;
import nl.koploper.engine.terms.BenchmarkLesson;
import nl.koploper.engine.terms.BenchmarkValue;
import nl.koploper.engine.terms.Figure;
import nl.koploper.engine.terms.LessonCoverage;
import nl.koploper.engine.terms.LessonScore;
import nl.koploper.facts.FactSchema;
import nl.koploper.facts.Facts;
import org.drools.modelcompiler.CanonicalKieModuleModel;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A compiled rule set: compiled once, then run any number of times from any number of threads (each
 * run has its own session). Drools stays inside this class.
 */
public final class RuleBase {
  /** Far more firings than the real rule set needs (about 60 for a full region). */
  static final int MAX_FIRINGS = 10_000;

  private final RuleFiles files;
  private final KieBase kieBase;
  private final List<RuleInfo> rules;

  private RuleBase(RuleFiles files, KieBase kieBase, List<RuleInfo> rules) {
    this.files = files;
    this.kieBase = kieBase;
    this.rules = rules;
    this.warm = onlyLogical(files);
  }

  /**
   * Whether runs may reuse warm sessions: only when every conclusion is a logical insertion, which
   * Drools withdraws when its reasons go. A plain {@code insert}, {@code modify}, {@code update},
   * {@code delete} or {@code retract} outlives the region it was made for, so a rule set with one
   * runs every region in a fresh session (correct, only slower).
   */
  private final boolean warm;

  private static final Pattern NON_LOGICAL =
      Pattern.compile("\\b(insert|modify|update|delete|retract)\\s*\\(");

  public static boolean onlyLogical(RuleFiles files) {
    for (String drl : files.drl().values()) {
      String code =
          decodeEscapes(drl).replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
      if (NON_LOGICAL.matcher(code).find()) {
        return false;
      }
    }
    return true;
  }

  private static String decodeEscapes(String text) {
    Matcher m = Pattern.compile("\\\\u+([0-9a-fA-F]{4})").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The rule base of a KieBase built from a checked rule set ({@code engine.compile}).
   *
   * @throws IllegalArgumentException never for a KieBase with rules; the caller checks emptiness
   */
  public static RuleBase of(RuleFiles files, KieBase base) {
    return new RuleBase(files, base, describe(base, files));
  }

  /**
   * The bundled rules from the executable model built into the jar, when it was built from exactly
   * these files; empty otherwise (a development class path without the build step).
   */
  public static java.util.Optional<RuleBase> prebuilt(RuleFiles files) {
    String marker;
    try (java.io.InputStream in = RuleBase.class.getResourceAsStream("/" + MARKER)) {
      if (in == null) {
        return java.util.Optional.empty();
      }
      marker = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return java.util.Optional.empty();
    }
    String[] lines = marker.strip().split("\n");
    if (lines.length != 2 || !lines[1].equals(files.sha256())) {
      return java.util.Optional.empty();
    }
    try {
      CanonicalKieModuleModel model =
          (CanonicalKieModuleModel) Class.forName(lines[0]).getDeclaredConstructor().newInstance();
      KieBase base = KieBaseBuilder.createKieBaseFromModel(model.getModels());
      return java.util.Optional.of(new RuleBase(files, base, describe(base, files)));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the executable model of the bundled rules is broken", e);
    }
  }

  /** Written at build time by {@code GenerateExecutableModel}: model class, then rules' sha256. */
  public static final String MARKER = "META-INF/koploper/executable-model";

  public RuleFiles files() {
    return files;
  }

  /** Every rule, sorted by file and name. */
  public List<RuleInfo> rules() {
    return rules;
  }

  /**
   * Runs the rules on one region, optionally against a benchmark that was run first.
   *
   * <p>Runs reuse warm sessions: a session keeps the facts of its previous run, and only the
   * sections that differ are withdrawn and inserted again, so the rules re-evaluate only what
   * changed. Every conclusion is a logical insertion, which Drools withdraws when its conditions
   * stop holding, so the result equals that of a fresh session (tests hold the two side by side); a
   * sensitivity run that varies one fact thus costs a fraction of a full one.
   *
   * @throws RunawayRulesException when the rules do not settle
   */
  public Outcome run(Facts facts, Facts benchmarkFacts, Outcome benchmark) {
    return run(facts, benchmarkFacts, benchmark, RunWatch.DEFAULT_LIMIT);
  }

  /**
   * Runs the rules like {@link #run(Facts, Facts, Outcome)}, stopped when they run longer than the
   * limit.
   *
   * @throws nl.koploper.engine.RuleTimeLimitException when the run takes longer than the limit
   */
  public Outcome run(Facts facts, Facts benchmarkFacts, Outcome benchmark, Duration limit) {
    if (!this.warm) {
      return trace(facts, benchmarkFacts, benchmark, limit).untraced();
    }
    WarmSession warm = null;
    java.lang.ref.WeakReference<WarmSession> last = lastSession.get();
    WarmSession own = last == null ? null : last.get();
    if (own != null && warmSessions.remove(own)) {
      warm = own; // this thread's own session: it holds this thread's previous region
    }
    if (warm == null) {
      warm = warmSessions.pollFirst();
    }
    if (warm == null) {
      warm = new WarmSession(kieBase.newKieSession());
    }
    lastSession.set(new java.lang.ref.WeakReference<>(warm));
    boolean healthy = false;
    try {
      warm.load(facts, benchmarkFacts, benchmark);
      int count = fire(warm.session, warm.watch, limit);
      if (count > MAX_FIRINGS) {
        // name the looping rule from a fresh, traced run: rare, so it may cost what it costs
        trace(facts, benchmarkFacts, benchmark, limit);
        throw new RunawayRulesException("?", MAX_FIRINGS);
      }
      Outcome outcome = warm.outcome(Set.of());
      healthy = true;
      return outcome;
    } finally {
      if (healthy && warmSessions.size() < MAX_WARM_SESSIONS) {
        warmSessions.offerFirst(warm);
      } else {
        warm.session.dispose();
      }
    }
  }

  /**
   * Runs the rules like {@link #run}, in a fresh session, and names every rule that fired: for
   * policy tests' rule coverage, and to name a rule that loops.
   */
  public Outcome trace(Facts facts, Facts benchmarkFacts, Outcome benchmark) {
    return trace(facts, benchmarkFacts, benchmark, RunWatch.DEFAULT_LIMIT);
  }

  /** Like {@link #trace(Facts, Facts, Outcome)}, stopped when it runs longer than the limit. */
  public Outcome trace(Facts facts, Facts benchmarkFacts, Outcome benchmark, Duration limit) {
    KieSession session = kieBase.newKieSession();
    try {
      WarmSession traced = new WarmSession(session);
      traced.load(facts, benchmarkFacts, benchmark);
      Map<String, Integer> fired = new HashMap<>();
      session.addEventListener(
          new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
              fired.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
          });
      int count = fire(session, traced.watch, limit);
      if (count > MAX_FIRINGS) {
        String worst =
            fired.entrySet().stream()
                .max(
                    Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse("?");
        throw new RunawayRulesException(worst, MAX_FIRINGS);
      }
      return traced.outcome(fired.keySet());
    } finally {
      session.dispose();
    }
  }

  /**
   * For tests: a fresh session's outcome read by scanning its objects after firing, without the
   * listener that {@link #run} and {@link #trace} read conclusions through.
   */
  public Outcome scanned(Facts facts, Facts benchmarkFacts, Outcome benchmark) {
    KieSession session = kieBase.newKieSession();
    try {
      WarmSession scanned = new WarmSession(session);
      scanned.load(facts, benchmarkFacts, benchmark);
      fire(session, scanned.watch, RunWatch.DEFAULT_LIMIT);
      return Conclusions.scan(session.getObjects());
    } finally {
      session.dispose();
    }
  }

  /** Sessions kept warm between runs; more than two per core would only hold memory. */
  private static final int MAX_WARM_SESSIONS = 2 * Runtime.getRuntime().availableProcessors();

  private final ConcurrentLinkedDeque<WarmSession> warmSessions = new ConcurrentLinkedDeque<>();

  /**
   * The session each thread used last (weakly: the pool owns them). A thread that gets its own
   * session back finds its own previous region in it, so that threads working through similar
   * regions (sensitivity's samples) do not trade sessions and with them every changed section.
   */
  private final ThreadLocal<java.lang.ref.WeakReference<WarmSession>> lastSession =
      new ThreadLocal<>();

  /**
   * Fires the rules, at most one more time than the limit, within the time limit. Whatever a rule
   * throws ends as a defect of the rule set that names the rule, the limits' own exceptions and a
   * stack or memory exhausted by rule code included, never as a bug of Koploper.
   */
  private static int fire(KieSession session, RunWatch watch, Duration limit) {
    watch.start(limit);
    try {
      return session.fireAllRules(MAX_FIRINGS + 1);
    } catch (RuntimeException e) {
      RuleTimeLimitException late = timeLimit(e);
      if (late != null) {
        throw late;
      }
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new RuleSetDefect("rule '" + watch.rule() + "' failed: " + cause, e);
    } catch (StackOverflowError e) {
      throw new RuleSetDefect("rule '" + watch.rule() + "' failed: it exhausted the stack", null);
    } catch (OutOfMemoryError e) {
      throw new RuleSetDefect("rule '" + watch.rule() + "' failed: it exhausted the memory", null);
    } finally {
      watch.stop();
    }
  }

  private static RuleTimeLimitException timeLimit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RuleTimeLimitException late) {
        return late;
      }
    }
    return null;
  }

  /**
   * A session with the facts of its last run: loading the next region withdraws and inserts only
   * the sections, coverage figures and benchmark that differ.
   */
  private static final class WarmSession {
    /** Up to this many changed sections and coverage figures are updated in place. */
    private static final int UPDATE_LIMIT = 3;

    private final KieSession session;
    private final Conclusions conclusions = new Conclusions();
    private final RunWatch watch = new RunWatch();
    private final Object[] stated = new Object[16];
    private final FactHandle[] handles = new FactHandle[16];
    private final List<FactHandle> benchmarkHandles = new ArrayList<>();
    private Facts benchmarkFacts;
    private Outcome benchmark;

    WarmSession(KieSession session) {
      this.session = session;
      session.addEventListener(conclusions);
      session.addEventListener(watch);
    }

    /** The conclusions as they stand after firing. */
    Outcome outcome(Set<String> fired) {
      if (conclusions.lost()) {
        conclusions.readAll(session.getObjects());
      }
      return conclusions.outcome(fired);
    }

    void load(Facts facts, Facts benchmarkFacts, Outcome benchmark) {
      Object[] next = new Object[16];
      next[0] = facts.region();
      next[1] = facts.knowledgeBase();
      next[2] = facts.valorisation();
      next[3] = facts.earlyFunding();
      next[4] = facts.financingChain();
      next[5] = facts.ecosystem();
      next[6] = facts.clinicalResearch();
      next[7] = facts.sectorPosition();
      next[8] = facts.outcomes();
      boolean[] differs = new boolean[next.length];
      boolean sectionsDiffer = false;
      for (int i = 0; i <= 8; i++) {
        differs[i] = !next[i].equals(stated[i]);
        sectionsDiffer |= differs[i];
      }
      // the coverage figures follow from the sections alone
      for (int lesson = 1; lesson <= 7; lesson++) {
        int i = 8 + lesson;
        next[i] = sectionsDiffer ? coverage(facts, lesson) : stated[i];
        differs[i] = !next[i].equals(stated[i]);
      }
      int changed = 0;
      for (boolean d : differs) {
        changed += d ? 1 : 0;
      }
      // A few changed sections are updated in place: Drools then re-fires the rules that match
      // them, and conclusions that still hold stay put. Many changes at once are cheaper withdrawn
      // and inserted anew (measured: one section 2.4 times faster by update, a whole other
      // region 2.5 times slower).
      boolean update = changed <= UPDATE_LIMIT;
      for (int i = 0; i < next.length; i++) {
        if (differs[i]) {
          if (handles[i] != null && update) {
            session.update(handles[i], next[i]);
          } else {
            if (handles[i] != null) {
              session.delete(handles[i]);
            }
            handles[i] = session.insert(next[i]);
          }
          stated[i] = next[i];
        }
      }
      if (!Objects.equals(benchmarkFacts, this.benchmarkFacts)
          || !Objects.equals(benchmark, this.benchmark)) {
        benchmarkHandles.forEach(session::delete);
        benchmarkHandles.clear();
        if (benchmarkFacts != null) {
          insertBenchmark(benchmarkFacts, benchmark);
        }
        this.benchmarkFacts = benchmarkFacts;
        this.benchmark = benchmark;
      }
    }

    private void insertBenchmark(Facts facts, Outcome outcome) {
      List<Object> objects = new ArrayList<>();
      objects.add(new Benchmark(facts.region().code(), facts.region().name()));
      for (FactSchema.Field field : FactSchema.fields()) {
        Object value = field.get(facts);
        if (value != null) {
          objects.add(new BenchmarkValue(field.path(), value));
        }
      }
      outcome.advice().forEach(a -> objects.add(new BenchmarkAdvice(a.code())));
      for (LessonScore s : outcome.lessonScores()) {
        objects.add(
            new BenchmarkLesson(s.lesson(), s.score(), coverage(facts, s.lesson()).coverage()));
      }
      for (Figure f : outcome.figures()) {
        objects.add(new BenchmarkFigure(f.name(), f.value()));
        objects.add(new BenchmarkValue("figure:" + f.name(), f.value()));
      }
      objects.forEach(o -> benchmarkHandles.add(session.insert(o)));
    }
  }

  /** The schema's fields by lesson (index 0 for the region and outcome figures). */
  private static final List<List<FactSchema.Field>> FIELDS_BY_LESSON = fieldsByLesson();

  private static List<List<FactSchema.Field>> fieldsByLesson() {
    List<List<FactSchema.Field>> byLesson = new ArrayList<>();
    for (int lesson = 0; lesson <= 7; lesson++) {
      int n = lesson;
      byLesson.add(FactSchema.fields().stream().filter(f -> f.lesson() == n).toList());
    }
    return List.copyOf(byLesson);
  }

  /** How many of a lesson's facts the file gives. */
  private static LessonCoverage coverage(Facts facts, int lesson) {
    List<FactSchema.Field> fields = FIELDS_BY_LESSON.get(lesson);
    int known = 0;
    for (FactSchema.Field field : fields) {
      known += field.get(facts) == null ? 0 : 1;
    }
    return new LessonCoverage(lesson, known, fields.size());
  }

  private static List<RuleInfo> describe(KieBase base, RuleFiles files) {
    List<RuleInfo> rules = new ArrayList<>();
    for (KiePackage pkg : base.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        Object lesson = rule.getMetaData().get("lesson");
        Object code = rule.getMetaData().get("code");
        String file = fileOf(rule, files);
        rules.add(
            new RuleInfo(
                rule.getName(),
                file,
                lesson instanceof Number n ? n.intValue() : -1,
                code instanceof String s ? s : null,
                rule.getMetaData().get("actors") instanceof String a ? a : null,
                rule.getMetaData().get("nl") instanceof String d ? d : null));
      }
    }
    rules.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
    return List.copyOf(rules);
  }

  /**
   * The file that declares a rule. Rule names are unique within the package, and the executable
   * model keeps no resource per rule, so the declaration {@code rule "name"} finds it.
   */
  private static String fileOf(Rule rule, RuleFiles files) {
    String declaration = "rule \"" + rule.getName() + "\"";
    for (Map.Entry<String, String> drl : files.drl().entrySet()) {
      if (drl.getValue().contains(declaration)) {
        return drl.getKey();
      }
    }
    return "?";
  }
}
