package nl.koploper.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.koploper.engine.DrlTokens.Kind;
import nl.koploper.engine.DrlTokens.Token;

/**
 * Layer 1 of the safety check: reads the DRL text, before anything is compiled, for every name it
 * uses. Imports must be on the allowlist; every type a name resolves to (a fully qualified name, a
 * simple name through the imports, {@code java.lang} or MVEL's own shortcuts) must be too; no
 * global, no MVEL dialect, no custom accumulate function, no member that hands out a {@code Class}.
 * This is the only check of what MVEL evaluates (constraints, {@code from}, salience, declared
 * types' initial values); Java code is checked again, spelling-proof, in its bytecode.
 */
final class DrlSafetyScan {
  /** Where a name of code is looked up when it is not a Java package root. */
  private static final Set<String> PACKAGE_ROOTS = packageRoots();

  private static final List<String> SYSTEM_PACKAGES =
      List.of(
          "java",
          "javax",
          "jdk",
          "sun",
          "com.sun",
          "org.drools",
          "org.kie",
          "org.mvel2",
          "org.eclipse",
          "org.antlr",
          "org.slf4j",
          "org.snakeyaml",
          "com.fasterxml",
          "picocli",
          "nl.koploper");

  /** MVEL resolves these simple names without imports (its {@code AbstractParser.LITERALS}). */
  private static final Map<String, String> MVEL_NAMES = Map.of("Array", "java.lang.reflect.Array");

  private static final Map<String, Boolean> EXISTS = new ConcurrentHashMap<>();

  private final RuleFiles files;
  private final Set<String> declared;
  private final Set<RuleProblem> problems = new LinkedHashSet<>();

  private DrlSafetyScan(RuleFiles files, Set<String> declared) {
    this.files = files;
    this.declared = declared;
  }

  /** Every refused use in the DRL files of a rule set, by file and line. */
  static List<RuleProblem> scan(RuleFiles files) {
    Set<String> declared = new TreeSet<>();
    files.drl().values().forEach(text -> declared.addAll(declaredNames(text)));
    DrlSafetyScan scan = new DrlSafetyScan(files, declared);
    files
        .drl()
        .forEach(
            (name, text) -> {
              scan.file(name, DrlTokens.asWritten(text));
              scan.file(name, DrlTokens.asJavaReadsIt(text));
            });
    return new ArrayList<>(scan.problems);
  }

  /** Types and functions the rule set declares itself: its own names shadow nothing dangerous. */
  private static Set<String> declaredNames(String text) {
    Set<String> names = new TreeSet<>();
    List<Token> tokens = DrlTokens.asJavaReadsIt(text);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).is("declare")) {
        int j = i + 1;
        while (j < tokens.size() && (tokens.get(j).is("enum") || tokens.get(j).is("trait"))) {
          j++;
        }
        if (j < tokens.size()) {
          names.add(tokens.get(j).text());
        }
      } else if (tokens.get(i).is("function")) {
        for (int j = i + 1; j + 1 < tokens.size(); j++) {
          if (tokens.get(j + 1).is("(")) {
            names.add(tokens.get(j).text());
            break;
          }
        }
      }
    }
    return names;
  }

  /** The state of one file's scan: its package, its imports and where in the file we are. */
  private final class FileScan {
    final String file;
    final List<Token> tokens;
    String pkg = "";
    final Map<String, String> imports = new HashMap<>();
    final List<String> wildcards = new ArrayList<>();
    String where = "";

    FileScan(String file, List<Token> tokens) {
      this.file = file;
      this.tokens = tokens;
    }

    Token at(int i) {
      return i >= 0 && i < tokens.size() ? tokens.get(i) : new Token(Kind.SYMBOL, "", 0);
    }

    void refuse(int line, String what, String why) {
      String prefix = where.isEmpty() ? "" : where + ": ";
      problems.add(
          new RuleProblem(
              files.display(file),
              line,
              prefix + what + " — " + why + " (" + SafetyPolicy.ALLOWED + ")"));
    }
  }

  private void file(String name, List<Token> tokens) {
    FileScan f = new FileScan(name, tokens);
    int i = 0;
    while (i < tokens.size()) {
      i = token(f, i);
    }
  }

  /** Scans from token i; returns the index of the next token to scan. */
  private int token(FileScan f, int i) {
    Token t = f.at(i);
    if (t.kind() != Kind.IDENTIFIER || f.at(i - 1).is(".")) {
      return i + 1;
    }
    switch (t.text()) {
      case "package":
        f.where = "";
        return packageDeclaration(f, i + 1);
      case "import":
        f.where = "";
        return importDeclaration(f, i + 1);
      case "global":
        f.where = "";
        f.refuse(
            t.line(),
            "declares a global",
            "Koploper sets no globals, and a global hands a rule an object from outside");
        return i + 1;
      case "dialect":
        if (f.at(i + 1).kind() == Kind.STRING && !f.at(i + 1).text().equals("java")) {
          f.refuse(
              t.line(),
              "uses dialect \"" + f.at(i + 1).text() + "\"",
              "only Java consequences can be checked in their compiled form; write them in Java");
        }
        return i + 2;
      case "rule", "query":
        if (f.at(i + 1).kind() != Kind.SYMBOL) {
          f.where = t.text() + " \"" + f.at(i + 1).text() + "\"";
          return i + 2;
        }
        return i + 1;
      case "declare":
        f.where = "declare " + f.at(i + 1).text();
        return i + 1;
      case "function":
        return functionHeader(f, i);
      default:
        return chain(f, i);
    }
  }

  private int packageDeclaration(FileScan f, int i) {
    List<String> name = new ArrayList<>();
    int next = qualifiedName(f, i, name);
    f.pkg = String.join(".", name);
    for (String system : SYSTEM_PACKAGES) {
      if (f.pkg.equals(system) || f.pkg.startsWith(system + ".")) {
        f.refuse(
            f.at(i).line(),
            "declares package " + f.pkg,
            "a rule set's package must be its own, not one of Java's, Drools' or Koploper's");
      }
    }
    return next;
  }

  private int importDeclaration(FileScan f, int i) {
    int line = f.at(i - 1).line();
    String kind = "";
    if (f.at(i).is("static") || f.at(i).is("function") || f.at(i).is("accumulate")) {
      kind = f.at(i).text();
      i++;
    }
    List<String> name = new ArrayList<>();
    int next = qualifiedName(f, i, name);
    boolean wildcard = f.at(next).is(".") && f.at(next + 1).is("*");
    if (wildcard) {
      next += 2;
    }
    String shown = String.join(".", name) + (wildcard ? ".*" : "");
    if (kind.equals("accumulate")) {
      f.refuse(
          line,
          "imports accumulate function " + shown,
          "a custom accumulate function runs Java code outside the rule set");
      return next;
    }
    String type;
    String member = null;
    if (kind.isEmpty()) {
      if (wildcard) {
        String pkg = String.join(".", name);
        if (wildcardAllowed(pkg)) {
          f.wildcards.add(pkg);
        } else {
          f.refuse(line, "imports " + shown, SafetyPolicy.reason(pkg + ".*"));
        }
        return next;
      }
      type = typeOf(name);
    } else {
      // import static a.B.c / import function a.B.c: the type is all but the member.
      type = wildcard ? typeOf(name) : typeOf(name.subList(0, Math.max(1, name.size() - 1)));
      member = wildcard ? null : name.get(name.size() - 1);
    }
    if (type == null || !SafetyPolicy.allowsType(type)) {
      String refused = type == null ? String.join(".", name) : type;
      f.refuse(line, "imports " + shown, SafetyPolicy.reason(refused));
    } else if (member != null && SafetyPolicy.deniedMember(member).isPresent()) {
      f.refuse(line, "imports " + shown, SafetyPolicy.deniedMember(member).get());
    } else if (kind.isEmpty()) {
      f.imports.put(name.get(name.size() - 1), type);
    }
    return next;
  }

  /** A wildcard import is only as safe as every type of its package, which the policy names. */
  private static boolean wildcardAllowed(String pkg) {
    return Set.of(
            "nl.koploper.facts",
            "nl.koploper.engine.terms",
            "java.util",
            "java.util.function",
            "java.util.stream",
            "java.lang",
            "java.math")
        .contains(pkg);
  }

  private int functionHeader(FileScan f, int i) {
    int j = i + 1;
    while (j + 1 < f.tokens.size() && !f.at(j + 1).is("(")) {
      j++;
    }
    String name = f.at(j).text();
    f.where = "function " + name;
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("rule_") || lower.endsWith("invoker")) {
      f.refuse(
          f.at(i).line(),
          "is named like Drools' generated classes",
          "the compiled check tells rule code from Drools' own by these names; rename it");
    }
    return i + 1;
  }

  /**
   * A name in code, with what follows it: {@code java.lang.System.exit}, {@code System.exit},
   * {@code $region.getClass}. Checks the type it names and every member it reaches.
   */
  private int chain(FileScan f, int i) {
    List<String> names = new ArrayList<>();
    int next = qualifiedName(f, i, names);
    int line = f.at(i).line();
    for (int k = 0; k < names.size(); k++) {
      String member = names.get(k);
      SafetyPolicy.deniedMember(member)
          .ifPresent(why -> f.refuse(line, "uses " + member, why.toString()));
    }
    String first = names.get(0);
    if (first.startsWith("$") || declared.contains(first)) {
      return next;
    }
    String type = null;
    int used = 1;
    if (Character.isUpperCase(first.charAt(0))) {
      type = resolveSimple(f, first);
    } else if (names.size() > 1) {
      for (int k = 1; k < names.size() && type == null; k++) {
        if (Character.isUpperCase(names.get(k).charAt(0))) {
          type = typeOf(names.subList(0, k + 1));
          used = k + 1;
          if (type == null) {
            break;
          }
        }
      }
      if (type == null && PACKAGE_ROOTS.contains(first)) {
        f.refuse(
            line,
            "names " + String.join(".", names),
            "a fully qualified name outside the allowlist");
        return next;
      }
    }
    if (type == null) {
      return next;
    }
    // Nested types: Map.Entry is java.util.Map$Entry.
    while (used < names.size() && exists(type + "$" + names.get(used))) {
      type = type + "$" + names.get(used++);
    }
    if (!SafetyPolicy.allowsType(type)) {
      String uses = used < names.size() ? type + "." + names.get(used) : type;
      f.refuse(line, "uses " + uses.replace('$', '.'), SafetyPolicy.reason(type));
    }
    return next;
  }

  /** Reads {@code a.b.C} from token i into names; returns the index after it. */
  private static int qualifiedName(FileScan f, int i, List<String> names) {
    if (f.at(i).kind() != Kind.IDENTIFIER) {
      names.add("");
      return i + 1;
    }
    names.add(f.at(i).text());
    int j = i + 1;
    while (f.at(j).is(".") && f.at(j + 1).kind() == Kind.IDENTIFIER) {
      names.add(f.at(j + 1).text());
      j += 2;
    }
    return j;
  }

  /** What a simple type name means in this file, as Drools, MVEL and Java resolve it. */
  private String resolveSimple(FileScan f, String simple) {
    if (f.imports.containsKey(simple)) {
      return f.imports.get(simple);
    }
    if (MVEL_NAMES.containsKey(simple)) {
      return MVEL_NAMES.get(simple);
    }
    List<String> packages = new ArrayList<>();
    packages.add("java.lang");
    packages.add(f.pkg);
    packages.addAll(f.wildcards);
    for (String pkg : packages) {
      String candidate = pkg.isEmpty() ? simple : pkg + "." + simple;
      if (exists(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The type a qualified name {@code a.b.C.D} names, or null when it names none. */
  private static String typeOf(List<String> names) {
    for (int k = names.size(); k >= 1; k--) {
      String outer = String.join(".", names.subList(0, k));
      if (exists(outer)) {
        StringBuilder type = new StringBuilder(outer);
        for (String nested : names.subList(k, names.size())) {
          type.append('$').append(nested);
        }
        return exists(type.toString()) ? type.toString() : outer;
      }
    }
    return null;
  }

  private static boolean exists(String name) {
    if (name.isEmpty() || name.startsWith(".")) {
      return false;
    }
    return EXISTS.computeIfAbsent(
        name,
        n -> {
          try {
            Class.forName(n, false, DrlSafetyScan.class.getClassLoader());
            return true;
          } catch (ClassNotFoundException | LinkageError | IllegalArgumentException e) {
            return false;
          }
        });
  }

  private static Set<String> packageRoots() {
    Set<String> roots =
        new TreeSet<>(
            Set.of(
                "java", "javax", "jdk", "sun", "com", "org", "net", "io", "nl", "picocli",
                "jakarta", "kotlin", "scala", "groovy"));
    for (Module module : ModuleLayer.boot().modules()) {
      for (String pkg : module.getPackages()) {
        roots.add(pkg.contains(".") ? pkg.substring(0, pkg.indexOf('.')) : pkg);
      }
    }
    return roots;
  }
}
