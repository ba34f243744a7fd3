package nl.koploper.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.DialectRuntimeData;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Layer 2 of the safety check: the classes Drools compiled from the rule set's Java code
 * (consequences, {@code eval}s, accumulate code, functions), read from their constant pools. Every
 * class a rule's code names and every field and method it uses must be allowed, however the DRL
 * spelled it ({@code \u0053ystem}, a name built from pieces, code smuggled past the text scan).
 * Classes Drools generates around that code from its own templates (the {@code *Invoker} classes)
 * may use Drools' plumbing as well, and nothing else.
 */
final class BytecodeSafetyScan {
  /** Drools plumbing the rule classes themselves use for insert, modify and drools.getRule(). */
  private static final Set<String> DROOLS_MEMBERS =
      Set.of(
          "org.drools.core.rule.consequence.KnowledgeHelper.insert",
          "org.drools.core.rule.consequence.KnowledgeHelper.insertLogical",
          "org.drools.core.rule.consequence.KnowledgeHelper.update",
          "org.drools.core.rule.consequence.KnowledgeHelper.delete",
          "org.drools.core.rule.consequence.KnowledgeHelper.retract",
          "org.drools.core.rule.consequence.KnowledgeHelper.getFactHandle",
          "org.drools.core.rule.consequence.KnowledgeHelper.getRule",
          "org.kie.api.runtime.rule.RuleContext.getRule",
          "org.kie.api.runtime.rule.RuleContext.insertLogical",
          "org.kie.api.definition.rule.Rule.getName",
          "org.kie.api.definition.rule.Rule.getPackageName",
          "org.kie.api.definition.rule.Rule.getMetaData",
          // An accumulate's expression returns its value wrapped as a field value.
          "org.drools.mvel.field.FieldFactory.getInstance",
          "org.drools.mvel.field.FieldFactory.getFieldValue",
          "org.drools.util.bitmask.AllSetBitMask.get",
          "org.drools.util.bitmask.AllSetButLastBitMask.get",
          "org.drools.util.bitmask.EmptyBitMask.get",
          "org.drools.util.bitmask.BitMask.set",
          "org.drools.util.bitmask.BitMask.setAll",
          "org.drools.util.bitmask.BitMask.getMask",
          "org.drools.util.bitmask.BitMask$Factory.getPatternMask",
          "org.drools.util.bitmask.LongBitMask.set",
          "org.drools.util.bitmask.OpenBitSet.set",
          // What javac and ECJ compile lambdas and string concatenation to (invokedynamic).
          "java.lang.invoke.LambdaMetafactory.metafactory",
          "java.lang.invoke.LambdaMetafactory.altMetafactory",
          "java.lang.invoke.StringConcatFactory.makeConcatWithConstants",
          "java.lang.invoke.StringConcatFactory.makeConcat",
          "java.lang.runtime.ObjectMethods.bootstrap");

  /** Types a rule class may name (to cast, check or pass on) without using anything of them. */
  private static final Set<String> NAMED_ONLY =
      Set.of(
          "org.drools.core.rule.consequence.KnowledgeHelper",
          "org.drools.base.rule.consequence.ConsequenceContext",
          "org.drools.mvel.field.FieldFactory",
          "org.drools.base.rule.accessor.FieldValue",
          "org.kie.api.runtime.rule.RuleContext",
          "org.kie.api.runtime.rule.FactHandle",
          "org.kie.api.definition.rule.Rule",
          "java.io.Serializable",
          // A function's class is Externalizable, its methods declaring what that throws.
          "java.io.Externalizable",
          "java.io.IOException",
          "java.lang.ClassNotFoundException",
          "java.lang.invoke.LambdaMetafactory",
          "java.lang.invoke.StringConcatFactory",
          "java.lang.invoke.MethodHandles",
          "java.lang.invoke.MethodHandles$Lookup",
          "java.lang.runtime.ObjectMethods");

  /** What Drools' invoker templates use besides Drools: reading their own bytecode to compare. */
  private static final Set<String> INVOKER_EXTRAS =
      Set.of(
          "java.lang.Object.getClass",
          "java.lang.Class.getClassLoader",
          "java.lang.ClassLoader.getResourceAsStream",
          "java.io.InputStream.read",
          "java.io.InputStream.close",
          "java.io.ByteArrayOutputStream.<init>",
          "java.io.ByteArrayOutputStream.write",
          "java.io.ByteArrayOutputStream.toString",
          "java.lang.Class",
          "java.lang.ClassLoader",
          "java.io.InputStream",
          "java.io.ByteArrayOutputStream",
          "java.io.IOException");

  private static final Pattern INVOKER = Pattern.compile("[A-Za-z]+[0-9]*Invoker");

  private final RuleFiles files;
  private final Set<RuleProblem> problems = new LinkedHashSet<>();

  private BytecodeSafetyScan(RuleFiles files) {
    this.files = files;
  }

  /** Every refused use in the compiled Java code of a rule set. */
  static List<RuleProblem> scan(RuleFiles files, Collection<KiePackage> packages) {
    BytecodeSafetyScan scan = new BytecodeSafetyScan(files);
    for (KiePackage pkg : packages) {
      scan.pkg((InternalKnowledgePackage) pkg);
    }
    return new ArrayList<>(scan.problems);
  }

  private void pkg(InternalKnowledgePackage pkg) {
    DialectRuntimeData data = pkg.getDialectRuntimeRegistry().getDialectData("java");
    boolean hasCode = !pkg.getRules().isEmpty() || !pkg.getFunctions().isEmpty();
    if (!(data instanceof JavaDialectRuntimeData java)) {
      if (hasCode) {
        // Fail closed: a change in how rules are compiled must not switch the check off.
        throw new IllegalStateException(
            "the safety check finds no compiled Java code for package " + pkg.getName());
      }
      return;
    }
    Map<String, byte[]> classes = new TreeMap<>();
    java.getStore()
        .forEach(
            (path, bytes) ->
                classes.put(path.replaceAll("\\.class$", "").replace('/', '.'), bytes));
    Map<String, Rule> ruleClasses = ruleClasses(pkg);
    for (Map.Entry<String, byte[]> c : classes.entrySet()) {
      String name = c.getKey();
      String where = where(name, ruleClasses, pkg.getFunctionNames());
      ClassFileRefs refs;
      try {
        refs = ClassFileRefs.of(c.getValue());
      } catch (IllegalArgumentException e) {
        refuse(where, "compiles to " + name + ", which the check cannot read", e.getMessage());
        continue;
      }
      boolean invoker = isInvoker(name, ruleClasses.keySet());
      for (String type : refs.sortedTypes()) {
        if (!typeAllowed(type, classes.keySet(), invoker)) {
          refuse(where, "uses " + type.replace('$', '.'), SafetyPolicy.reason(type));
        }
      }
      for (ClassFileRefs.Member member : refs.members()) {
        String why = memberRefused(member, classes.keySet(), invoker);
        if (why != null) {
          refuse(where, "calls " + member, why);
        }
      }
    }
  }

  /** The rule class behind each rule's consequence: {@code Rule_Name123}. */
  private static Map<String, Rule> ruleClasses(InternalKnowledgePackage pkg) {
    Map<String, Rule> byClass = new TreeMap<>();
    for (Rule rule : pkg.getRules()) {
      if (rule instanceof RuleImpl impl && impl.getConsequence() != null) {
        String invoker = impl.getConsequence().getClass().getName();
        if (invoker.endsWith("DefaultConsequenceInvoker")) {
          byClass.put(
              invoker.substring(0, invoker.length() - "DefaultConsequenceInvoker".length()), rule);
        }
      }
    }
    return byClass;
  }

  /** The rule or function whose code a generated class holds: {@code rule "Name"}. */
  private static String where(
      String name, Map<String, Rule> ruleClasses, Collection<String> functions) {
    String bestClass = null;
    for (String ruleClass : ruleClasses.keySet()) {
      if (name.startsWith(ruleClass)
          && (bestClass == null || ruleClass.length() > bestClass.length())) {
        bestClass = ruleClass;
      }
    }
    if (bestClass != null) {
      return "rule \"" + ruleClasses.get(bestClass).getName() + "\"";
    }
    String simple = name.substring(name.lastIndexOf('.') + 1);
    for (String function : functions) {
      String functionClass = Character.toUpperCase(function.charAt(0)) + function.substring(1);
      if (simple.equals(functionClass) || simple.startsWith(functionClass + "$")) {
        return "function " + function;
      }
    }
    return "";
  }

  /**
   * An invoker is generated by Drools from its templates, named after its rule class; the text scan
   * keeps functions from taking such names.
   */
  private static boolean isInvoker(String name, Set<String> ruleClasses) {
    for (String ruleClass : ruleClasses) {
      if (name.startsWith(ruleClass)
          && INVOKER.matcher(name.substring(ruleClass.length())).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean typeAllowed(String type, Set<String> own, boolean invoker) {
    return type.startsWith("primitive ")
        || own.contains(type)
        || declaredByTheRuleSet(type)
        || SafetyPolicy.allowsType(type)
        || NAMED_ONLY.contains(type)
        || (invoker && (isDrools(type) || INVOKER_EXTRAS.contains(type)));
  }

  /** Why a field or method use is refused, or null when it is allowed. */
  private static String memberRefused(
      ClassFileRefs.Member member, Set<String> own, boolean invoker) {
    String owner = member.owner();
    String full = owner + "." + member.name();
    if (own.contains(owner) || declaredByTheRuleSet(owner) || DROOLS_MEMBERS.contains(full)) {
      return null;
    }
    if (invoker && (isDrools(owner) || INVOKER_EXTRAS.contains(full))) {
      return null;
    }
    if (!SafetyPolicy.allowsType(owner)) {
      return SafetyPolicy.reason(owner);
    }
    return SafetyPolicy.deniedMember(member.name()).orElse(null);
  }

  private static boolean isDrools(String type) {
    return type.startsWith("org.drools.") || type.startsWith("org.kie.");
  }

  /**
   * A declared type ({@code declare Foo}) is generated by Drools into the rule set's package and
   * exists nowhere else; a name the application can load is not one, whatever its package.
   */
  private static boolean declaredByTheRuleSet(String type) {
    if (type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.")) {
      return false;
    }
    try {
      Class.forName(type, false, BytecodeSafetyScan.class.getClassLoader());
      return false;
    } catch (ClassNotFoundException | LinkageError e) {
      return true;
    }
  }

  private void refuse(String where, String what, String why) {
    DrlLocation location = DrlLocation.of(files, where, what);
    String prefix = where.isEmpty() ? "" : where + ": ";
    problems.add(
        new RuleProblem(
            location.file(),
            location.line(),
            prefix + what + " — " + why + " (" + SafetyPolicy.ALLOWED + ")"));
  }
}
