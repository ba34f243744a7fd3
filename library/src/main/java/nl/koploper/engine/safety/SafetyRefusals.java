package nl.koploper.engine.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.koploper.engine.RuleProblem;

/**
 * The bytecode check's findings for people: {@code file:line: rule "…": calls java.lang.System.exit
 * — rules may not touch the JVM…}, placed through the DRL outline.
 */
public final class SafetyRefusals {
  private SafetyRefusals() {}

  /**
   * Every refusal of the generated classes of a rule set, and of a class whose name the application
   * already has (it would stand in for, or be shadowed by, one of ours).
   *
   * @param classes class bytes by binary name with slashes
   */
  public static List<RuleProblem> of(Map<String, byte[]> classes, DrlOutline outline) {
    List<RuleProblem> problems = new ArrayList<>();
    for (BytecodeCheck.Finding f : BytecodeCheck.check(classes, Allowlist.RULES)) {
      DrlOutline.Location at = outline.locate(f.needle());
      problems.add(new RuleProblem(at.file(), at.line(), prefix(at) + f.what() + " — " + f.why()));
    }
    return problems;
  }

  private static String prefix(DrlOutline.Location at) {
    return at.label().isEmpty() ? "" : at.label() + ": ";
  }
}
