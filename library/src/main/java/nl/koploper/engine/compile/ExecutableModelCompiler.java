package nl.koploper.engine.compile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koploper.engine.RuleFiles;
import nl.koploper.engine.RuleProblem;
import nl.koploper.engine.RuleSetException;
import nl.koploper.engine.safety.DrlOutline;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles the DRL files of a rule set with Drools' executable model: every condition, {@code
 * from}, accumulate, salience, declared type and consequence becomes Java bytecode, which the
 * safety check reads and nothing of which is loaded here. No MVEL is involved at run time.
 */
public final class ExecutableModelCompiler {
  private static final AtomicLong BUILDS = new AtomicLong();

  private ExecutableModelCompiler() {}

  /**
   * The generated classes of a rule set.
   *
   * @throws RuleSetException when the rules do not compile, each error at its file and line
   */
  public static GeneratedRules compile(RuleFiles files, DrlOutline outline)
      throws RuleSetException {
    KieServices services = KieServices.Factory.get();
    // a release of its own for every build: two builds of one set never meet in the repository
    ReleaseId id =
        services.newReleaseId(
            "nl.koploper.user",
            "rules-" + files.sha256().substring(0, 16),
            "1." + BUILDS.incrementAndGet());
    KieFileSystem fs = services.newKieFileSystem();
    fs.generateAndWritePomXML(id);
    Map<String, String> byPath = new TreeMap<>();
    for (Map.Entry<String, String> drl : files.drl().entrySet()) {
      String path = "src/main/resources/koploper/rules/" + drl.getKey();
      byPath.put(path, drl.getKey());
      fs.write(path, drl.getValue().getBytes(StandardCharsets.UTF_8));
    }
    try {
      KieBuilder builder;
      try {
        builder = services.newKieBuilder(fs).buildAll(ExecutableModelProject.class);
      } catch (RuntimeException e) {
        // the model generator throws some parse failures instead of reporting them
        DrlOutline.Location at = outline.locate("");
        throw new RuleSetException(
            List.of(
                new RuleProblem(
                    at.file(),
                    at.line(),
                    "does not compile: "
                        + String.valueOf(e.getMessage()).replaceAll("\\s+", " "))));
      }
      List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
      if (!errors.isEmpty()) {
        throw new RuleSetException(problems(files, byPath, outline, errors));
      }
      InternalKieModule module = (InternalKieModule) builder.getKieModule();
      Map<String, byte[]> classes = new TreeMap<>();
      for (String name : module.getFileNames()) {
        if (name.endsWith(".class")) {
          classes.put(name.substring(0, name.length() - ".class".length()), module.getBytes(name));
        }
      }
      return new GeneratedRules(
          CanonicalKieModule.getProjectModelClassNameNameWithReleaseId(id), classes);
    } finally {
      services.getRepository().removeKieModule(id);
    }
  }

  /** Names that Java compile errors quote: what cannot be found, or is undefined. */
  private static final List<Pattern> OFFENDERS =
      List.of(
          Pattern.compile("symbol:\\s+(?:method|variable|class)\\s+(\\w+)"),
          Pattern.compile("(\\w+) cannot be resolved"),
          Pattern.compile("[Tt]he method (\\w+)\\("),
          Pattern.compile(
              "[Uu]nable to (?:resolve|find) (?:method|type|class)\\S* (?:using )?\\W*(\\w+)"),
          Pattern.compile("'(\\w+)'"));

  private static boolean dump(Message m) {
    return m.getText() != null && m.getText().startsWith("Java source of ");
  }

  private static List<RuleProblem> problems(
      RuleFiles files, Map<String, String> byPath, DrlOutline outline, List<Message> errors) {
    List<RuleProblem> problems = new ArrayList<>();
    boolean specific = errors.stream().anyMatch(m -> !dump(m));
    for (Message m : errors) {
      if (specific && dump(m)) {
        continue; // the generated source of an error already reported at its DRL line
      }
      String text = m.getText() == null ? "" : m.getText().replaceAll("\\s+", " ").strip();
      String drl = m.getPath() == null ? null : byPath.get(m.getPath());
      if (drl != null && m.getLine() > 0) {
        problems.add(new RuleProblem(files.display(drl), m.getLine(), text));
        continue;
      }
      String needle = "";
      for (Pattern p : OFFENDERS) {
        Matcher matcher = p.matcher(text);
        if (matcher.find()) {
          needle = matcher.group(1);
          break;
        }
      }
      DrlOutline.Location at = outline.locate(needle);
      problems.add(
          new RuleProblem(
              at.file(), at.line(), (at.label().isEmpty() ? "" : at.label() + ": ") + text));
    }
    return problems;
  }
}
