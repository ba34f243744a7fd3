package nl.koploper.engine.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.koploper.engine.RuleFiles;
import nl.koploper.engine.RuleSetException;
import nl.koploper.engine.safety.DrlChecks;
import nl.koploper.engine.safety.SafetyRefusals;
import nl.koploper.engine.safety.TextChecks;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Build time only (run by Maven in {@code process-classes}; left out of the jar): compiles the DRL
 * files of {@code rules/} into Drools' executable model, Java classes that build the rule base
 * without parsing or compiling DRL at start-up. It writes the classes to the build output and a
 * marker naming the model class and the hash of the rule files it was built from, so the runtime
 * never uses a model that does not match the bundled rules.
 */
public final class GenerateExecutableModel {
  /** Where the marker goes: the model class name, then the rule files' sha256. */
  public static final String MARKER = "META-INF/koploper/executable-model";

  private GenerateExecutableModel() {}

  public static void main(String[] args) throws IOException, RuleSetException {
    Path rules = Path.of(args[0]);
    Path out = Path.of(args[1]);
    RuleFiles files = RuleFiles.fromDirectory(rules);

    KieServices services = KieServices.Factory.get();
    KieFileSystem fs = services.newKieFileSystem();
    ReleaseId id = services.newReleaseId("nl.koploper", "koploper-rules", "1");
    fs.generateAndWritePomXML(id);
    for (Map.Entry<String, String> drl : files.drl().entrySet()) {
      fs.write(
          "src/main/resources/koploper/rules/" + drl.getKey(),
          drl.getValue().getBytes(StandardCharsets.UTF_8));
    }
    KieBuilder builder = services.newKieBuilder(fs).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      errors.forEach(
          m ->
              System.err.println(
                  rules.resolve(Path.of(m.getPath()).getFileName())
                      + ":"
                      + m.getLine()
                      + ": "
                      + m.getText()));
      throw new IllegalStateException(errors.size() + " error(s) in the rules; see above");
    }
    InternalKieModule module = (InternalKieModule) builder.getKieModule();
    // The bundled rules pass the same check as any other rule set, here, where they are compiled.
    java.util.Map<String, byte[]> classes = new java.util.TreeMap<>();
    for (String name : module.getFileNames()) {
      if (name.endsWith(".class")) {
        classes.put(name.substring(0, name.length() - ".class".length()), module.getBytes(name));
      }
    }
    DrlChecks.Result text = DrlChecks.check(files);
    java.util.List<nl.koploper.engine.RuleProblem> refused = new java.util.ArrayList<>();
    refused.addAll(TextChecks.check(files));
    refused.addAll(text.problems());
    refused.addAll(SafetyRefusals.of(classes, text.outline()));
    if (!refused.isEmpty()) {
      refused.forEach(p -> System.err.println(p));
      throw new IllegalStateException(
          refused.size() + " safety refusal(s) in the rules; see above");
    }
    for (String name : module.getFileNames()) {
      // Generated sources and DRL copies are not needed at run time; the class-name index makes
      // Drools try to define classes from the module's bytes, which fails inside a plain jar.
      if (name.endsWith(".java")
          || name.endsWith(".drl")
          || name.endsWith("generated-class-names")) {
        continue;
      }
      Path target = out.resolve(name);
      Files.createDirectories(target.getParent());
      Files.write(target, module.getBytes(name));
    }
    Path index = out.resolve(RuleFiles.INDEX.substring(1));
    Files.createDirectories(index.getParent());
    Files.writeString(
        index, files.sha256() + "\n" + String.join("\n", files.files().keySet()) + "\n");
    String model = CanonicalKieModule.getProjectModelClassNameNameWithReleaseId(id);
    Path marker = out.resolve(MARKER);
    Files.createDirectories(marker.getParent());
    Files.writeString(marker, model + "\n" + files.sha256() + "\n");
  }
}
