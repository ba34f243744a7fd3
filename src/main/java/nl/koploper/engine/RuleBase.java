package nl.koploper.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koploper.engine.terms.Advice;
import nl.koploper.engine.terms.Benchmark;
import nl.koploper.engine.terms.BenchmarkAdvice;
import nl.koploper.engine.terms.BenchmarkFigure;
import nl.koploper.engine.terms.BenchmarkLesson;
import nl.koploper.engine.terms.BenchmarkValue;
import nl.koploper.engine.terms.Evidence;
import nl.koploper.engine.terms.Factor;
import nl.koploper.engine.terms.Figure;
import nl.koploper.engine.terms.LessonCoverage;
import nl.koploper.engine.terms.LessonScore;
import nl.koploper.engine.terms.PriorityCutoffs;
import nl.koploper.facts.FactSchema;
import nl.koploper.facts.Facts;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.modelcompiler.CanonicalKieModuleModel;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

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
  }

  /** Compiles the DRL files of a rule set; every compile error names its file and line. */
  public static RuleBase compile(RuleFiles files) throws RuleSetException {
    Map<String, String> drl = files.drl();
    if (drl.isEmpty()) {
      throw new RuleSetException(
          List.of(
              new RuleProblem(
                  files.source(), 0, "no .drl files: a rule set needs at least one rule")));
    }
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    Map<String, String> byPath = new HashMap<>();
    for (Map.Entry<String, String> e : drl.entrySet()) {
      String path = "koploper/rules/" + e.getKey();
      byPath.put(path, e.getKey());
      builder.add(
          ResourceFactory.newByteArrayResource(e.getValue().getBytes(StandardCharsets.UTF_8))
              .setSourcePath(path),
          ResourceType.DRL);
    }
    if (builder.hasErrors()) {
      throw new RuleSetException(problems(files, byPath, builder.getErrors()));
    }
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
    base.addPackages(builder.getKnowledgePackages());
    List<RuleInfo> rules = describe(base, files);
    if (rules.isEmpty()) {
      throw new RuleSetException(
          List.of(new RuleProblem(files.source(), 0, "the .drl files hold no rules")));
    }
    return new RuleBase(files, base, rules);
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
  static final String MARKER = "META-INF/koploper/executable-model";

  public RuleFiles files() {
    return files;
  }

  /** The compiled packages, for the safety check to read the generated classes (RuleSafety). */
  Collection<KiePackage> packages() {
    return kieBase.getKiePackages();
  }

  /** Every rule, sorted by file and name. */
  public List<RuleInfo> rules() {
    return rules;
  }

  /**
   * Runs the rules on one region, optionally against a benchmark that was run first.
   *
   * @throws RunawayRulesException when the rules do not settle
   */
  public Outcome run(Facts facts, Facts benchmarkFacts, Outcome benchmark) {
    KieSession session = kieBase.newKieSession();
    try {
      insertFacts(session, facts);
      if (benchmarkFacts != null) {
        insertBenchmark(session, benchmarkFacts, benchmark);
      }
      Map<String, Integer> fired = new HashMap<>();
      session.addEventListener(
          new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
              fired.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
          });
      int count;
      try {
        count = session.fireAllRules(MAX_FIRINGS + 1);
      } catch (org.kie.api.runtime.rule.ConsequenceException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        throw new RuleSetDefect(
            "rule '" + e.getMatch().getRule().getName() + "' failed: " + cause, e);
      }
      if (count > MAX_FIRINGS) {
        String worst =
            fired.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("?");
        throw new RunawayRulesException(worst, MAX_FIRINGS);
      }
      return new Outcome(
          objects(session, Advice.class),
          objects(session, Evidence.class),
          objects(session, Factor.class),
          objects(session, LessonScore.class),
          objects(session, Figure.class),
          objects(session, PriorityCutoffs.class).stream().findFirst().orElse(null),
          new java.util.TreeSet<>(fired.keySet()));
    } finally {
      session.dispose();
    }
  }

  private static void insertFacts(KieSession session, Facts facts) {
    session.insert(facts.region());
    session.insert(facts.knowledgeBase());
    session.insert(facts.valorisation());
    session.insert(facts.earlyFunding());
    session.insert(facts.financingChain());
    session.insert(facts.ecosystem());
    session.insert(facts.clinicalResearch());
    session.insert(facts.sectorPosition());
    session.insert(facts.outcomes());
    for (int lesson = 1; lesson <= 7; lesson++) {
      session.insert(coverage(facts, lesson));
    }
  }

  private static void insertBenchmark(KieSession session, Facts facts, Outcome outcome) {
    session.insert(new Benchmark(facts.region().code(), facts.region().name()));
    for (FactSchema.Field field : FactSchema.fields()) {
      Object value = field.get(facts);
      if (value != null) {
        session.insert(new BenchmarkValue(field.path(), value));
      }
    }
    outcome.advice().forEach(a -> session.insert(new BenchmarkAdvice(a.code())));
    for (LessonScore s : outcome.lessonScores()) {
      session.insert(
          new BenchmarkLesson(s.lesson(), s.score(), coverage(facts, s.lesson()).coverage()));
    }
    for (Figure f : outcome.figures()) {
      session.insert(new BenchmarkFigure(f.name(), f.value()));
      session.insert(new BenchmarkValue("figure:" + f.name(), f.value()));
    }
  }

  /** How many of a lesson's facts the file gives. */
  private static LessonCoverage coverage(Facts facts, int lesson) {
    int known = 0;
    int total = 0;
    for (FactSchema.Field field : FactSchema.fields()) {
      if (field.lesson() == lesson) {
        total++;
        known += field.get(facts) == null ? 0 : 1;
      }
    }
    return new LessonCoverage(lesson, known, total);
  }

  private static <T> List<T> objects(KieSession session, Class<T> type) {
    Collection<? extends Object> found = session.getObjects(type::isInstance);
    List<T> list = new ArrayList<>(found.size());
    for (Object o : found) {
      list.add(type.cast(o));
    }
    return list;
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
                code instanceof String s ? s : null));
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

  private static final Pattern LINE = Pattern.compile("\\[(?:Err \\d+ )?(?:line )?(\\d+):(\\d+)");

  private static List<RuleProblem> problems(
      RuleFiles files, Map<String, String> byPath, Collection<KnowledgeBuilderError> errors) {
    List<RuleProblem> problems = new ArrayList<>();
    for (KnowledgeBuilderError error : errors) {
      String path = error.getResource() == null ? null : error.getResource().getSourcePath();
      String name = path == null ? "?" : byPath.getOrDefault(path, path);
      int line = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
      String message = error.getMessage() == null ? error.toString() : error.getMessage();
      Matcher m = LINE.matcher(message);
      if (line <= 0 && m.find()) {
        line = Integer.parseInt(m.group(1));
      }
      problems.add(
          new RuleProblem(files.display(name), line, message.replaceAll("\\s+", " ").trim()));
    }
    problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
    return problems;
  }
}
