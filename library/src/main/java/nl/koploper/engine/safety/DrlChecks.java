package nl.koploper.engine.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koploper.engine.RuleFiles;
import nl.koploper.engine.RuleProblem;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QualifiedName;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DRLFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.lang.DRL5Lexer;
import org.drools.drl.parser.lang.DRL6Lexer;
import org.drools.drl.parser.lang.DRLLexer;

/**
 * What the DRL text of a rule set may not say, read with Drools' own parser and lexer (so the check
 * reads the text exactly as the compiler does): no {@code dialect} (every rule set is compiled one
 * way, to Java bytecode the allowlist checks), no backtick-quoted names and no {@code \\u} escapes
 * outside string literals (where Java and DRL read them differently), string escapes only for
 * characters that end no literal and no line, and declared types that extend nothing and take no
 * name of {@code java.lang} or of the allowlist. It also records where every declaration is, for
 * the bytecode check's messages.
 */
public final class DrlChecks {
  /** Packages a rule set may not put its generated classes in. */
  private static final List<String> RESERVED_PACKAGES =
      List.of(
          "java.",
          "javax.",
          "jdk.",
          "sun.",
          "com.sun.",
          "org.drools.",
          "org.kie.",
          "org.mvel2.",
          "org.objectweb.",
          "nl.koploper.");

  /**
   * Rule attributes that fire by the clock: a timer keeps firing on a thread of its own after the
   * run (and in a warm session, for as long as the JVM lives), and dates make the advice depend on
   * the day it is asked.
   */
  private static final List<String> TIMED_ATTRIBUTES =
      List.of("timer", "duration", "calendars", "date-effective", "date-expires");

  private static final String CLOCK =
      "rules run on the facts alone, not on the clock, so the same facts give the same advice";

  private final RuleFiles files;
  private final List<RuleProblem> problems = new ArrayList<>();
  private final List<DrlOutline.Declaration> declarations = new ArrayList<>();

  private DrlChecks(RuleFiles files) {
    this.files = files;
  }

  /** The outcome: problems (empty when the text passes) and the outline of declarations. */
  public record Result(List<RuleProblem> problems, DrlOutline outline) {}

  public static Result check(RuleFiles files) {
    DrlChecks checks = new DrlChecks(files);
    for (Map.Entry<String, String> drl : files.drl().entrySet()) {
      checks.file(drl.getKey(), drl.getValue());
    }
    checks.declarations.sort(
        java.util.Comparator.comparing(DrlOutline.Declaration::file)
            .thenComparingInt(DrlOutline.Declaration::line));
    return new Result(
        List.copyOf(checks.problems), new DrlOutline(checks.declarations, files.source()));
  }

  private void problem(String name, int line, String message) {
    problems.add(new RuleProblem(files.display(name), line, message));
  }

  private void file(String name, String text) {
    lexically(name, text);
    DrlParser parser = new DrlParser();
    PackageDescr pkg;
    try {
      pkg = parser.parse(false, text);
    } catch (DroolsParserException | RuntimeException e) {
      problem(name, 0, "cannot be parsed: " + e.getMessage());
      return;
    }
    if (parser.hasErrors() || pkg == null) {
      for (DroolsError error : parser.getErrors()) {
        int line =
            error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
        problem(name, line, error.getMessage());
      }
      if (pkg == null || parser.hasErrors()) {
        return;
      }
    }
    structure(name, text, pkg);
  }

  /** Backticks and unicode escapes, token by token as Drools' lexer reads them. */
  private void lexically(String name, String text) {
    DRLLexer lexer = DRLFactory.buildLexer(text, DrlParser.DEFAULT_LANGUAGE_LEVEL);
    int string = lexer instanceof DRL6Lexer ? DRL6Lexer.STRING : DRL5Lexer.STRING;
    int lastLine = 0;
    for (org.antlr.runtime.Token t = lexer.nextToken();
        t.getType() != org.antlr.runtime.Token.EOF;
        t = lexer.nextToken()) {
      String token = t.getText() == null ? "" : t.getText();
      int line = Math.max(t.getLine(), 1);
      if (line == lastLine && !problems.isEmpty()) {
        continue; // one refusal a line is enough
      }
      String why = t.getType() == string ? insideString(token) : outsideString(token);
      if (why != null) {
        problem(name, line, why);
        lastLine = line;
      }
    }
    // the lexer may drop a character it cannot read without a token: a backtick that no string
    // literal holds is refused all the same
    boolean said = problems.stream().anyMatch(p -> p.message().contains("backtick"));
    for (int at = text.indexOf('`'); at >= 0 && !said; at = text.indexOf('`', at + 1)) {
      if (!backtickInStringLiteral(text, at, string)) {
        problem(name, lineOf(text, at), outsideString("`"));
        said = true;
      }
    }
    // likewise a backslash the lexer dropped before u0053ystem
    said = problems.stream().anyMatch(p -> p.message().contains("\\u escape outside"));
    for (int at = text.indexOf("\\u"); at >= 0 && !said; at = text.indexOf("\\u", at + 1)) {
      if (!backtickInStringLiteral(text, at, string)) {
        problem(name, lineOf(text, at), outsideString("\\u"));
        said = true;
      }
    }
  }

  private static boolean backtickInStringLiteral(String text, int at, int stringType) {
    DRLLexer lexer = DRLFactory.buildLexer(text, DrlParser.DEFAULT_LANGUAGE_LEVEL);
    for (org.antlr.runtime.Token t = lexer.nextToken();
        t.getType() != org.antlr.runtime.Token.EOF;
        t = lexer.nextToken()) {
      if (t instanceof org.antlr.runtime.CommonToken c
          && c.getStartIndex() <= at
          && at <= c.getStopIndex()) {
        return t.getType() == stringType;
      }
    }
    return false;
  }

  private static int lineOf(String text, int at) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      line += text.charAt(i) == '\n' ? 1 : 0;
    }
    return line;
  }

  private static String outsideString(String token) {
    if (token.indexOf('`') >= 0) {
      return "a backtick-quoted name is refused: DRL and Java read them differently";
    }
    if (token.contains("\\u")) {
      return "a \\u escape outside a string literal is refused: Java reads it as code where DRL"
          + " sees a comment or a name";
    }
    return null;
  }

  /**
   * Inside a string, an escape may stand for a letter beyond ASCII; one that stands for a quote, a
   * backslash, a line end or any ASCII character could end the literal in the Java Drools
   * generates.
   */
  private static String insideString(String token) {
    for (int i = token.indexOf("\\u"); i >= 0; i = token.indexOf("\\u", i + 1)) {
      int j = i + 1;
      while (j < token.length() && token.charAt(j) == 'u') {
        j++;
      }
      int code;
      try {
        code = Integer.parseInt(token.substring(j, Math.min(j + 4, token.length())), 16);
      } catch (NumberFormatException e) {
        return "a malformed \\u escape in a string literal";
      }
      if (code < 0x80 || Character.isISOControl(code) || code == 0x2028 || code == 0x2029) {
        return String.format(
            "the escape \\u%04X in a string stands for an ASCII or control character; write the"
                + " character itself",
            code);
      }
    }
    return null;
  }

  private void structure(String name, String text, PackageDescr pkg) {
    List<String> lines = DrlOutline.lines(text);
    String pkgName = pkg.getName() == null ? "" : pkg.getName();
    for (String reserved : RESERVED_PACKAGES) {
      if ((pkgName + ".").startsWith(reserved)) {
        problem(
            name,
            1,
            "package "
                + pkgName
                + ": a rule set may not use the package "
                + reserved.substring(0, reserved.length() - 1)
                + " or one inside it");
      }
    }
    for (AttributeDescr a : pkg.getAttributes()) {
      if (a.getName().equals("dialect")) {
        problem(name, Math.max(a.getLine(), 1), dialect());
      }
    }
    for (org.drools.drl.ast.descr.GlobalDescr global : pkg.getGlobals()) {
      problem(
          name,
          Math.max(global.getLine(), 1),
          "global "
              + global.getIdentifier()
              + ": a global is refused: Koploper sets none, so every rule would read null");
    }
    for (RuleDescr rule : pkg.getRules()) {
      String kind = rule instanceof QueryDescr ? "query" : "rule";
      declarations.add(
          new DrlOutline.Declaration(
              files.display(name),
              kind,
              rule.getName(),
              rule.getLine(),
              Math.max(rule.getEndLine(), rule.getLine()),
              lines));
      for (String timed : TIMED_ATTRIBUTES) {
        AttributeDescr a = rule.getAttributes().get(timed);
        if (a != null) {
          problem(
              name,
              Math.max(a.getLine(), rule.getLine()),
              kind + " \"" + rule.getName() + "\": " + timed + " is refused: " + CLOCK);
        }
      }
      AttributeDescr dialect = rule.getAttributes().get("dialect");
      if (dialect != null) {
        problem(
            name,
            Math.max(dialect.getLine(), rule.getLine()),
            kind + " \"" + rule.getName() + "\": " + dialect());
      }
    }
    for (FunctionDescr f : pkg.getFunctions()) {
      declarations.add(
          new DrlOutline.Declaration(
              files.display(name),
              "function",
              f.getName(),
              f.getLine(),
              Math.max(f.getEndLine(), f.getLine()),
              lines));
      if (f.getDialect() != null && !f.getDialect().equals("java")) {
        problem(name, f.getLine(), "function " + f.getName() + ": " + dialect());
      }
    }
    for (org.drools.drl.ast.descr.WindowDeclarationDescr w : pkg.getWindowDeclarations()) {
      problem(
          name,
          Math.max(w.getLine(), 1),
          "window " + w.getName() + ": a window is refused: " + CLOCK);
    }
    for (AbstractClassTypeDeclarationDescr type : pkg.getClassAndEnumDeclarationDescrs()) {
      for (String timed : List.of("role", "expires", "timestamp", "duration")) {
        if (type.getAnnotation(timed) != null) {
          problem(
              name,
              Math.max(type.getLine(), 1),
              "declare " + type.getTypeName() + ": @" + timed + " is refused: " + CLOCK);
        }
      }
      declarations.add(
          new DrlOutline.Declaration(
              files.display(name),
              "declare",
              type.getTypeName(),
              type.getLine(),
              Math.max(type.getEndLine(), type.getLine()),
              lines));
      declaredType(name, type);
    }
  }

  private static String dialect() {
    return "a dialect is refused: every rule set is compiled to Java and checked as bytecode";
  }

  private void declaredType(String file, AbstractClassTypeDeclarationDescr type) {
    String simple = type.getTypeName();
    simple = simple.substring(simple.lastIndexOf('.') + 1);
    int line = Math.max(type.getLine(), 1);
    boolean isEnum = type instanceof org.drools.drl.ast.descr.EnumDeclarationDescr;
    for (QualifiedName sup : isEnum ? List.<QualifiedName>of() : type.getSuperTypes()) {
      String full = sup.getFullName();
      if (!Set.of("Object", "java.lang.Object").contains(full)) {
        problem(
            file,
            line,
            "declare " + simple + ": extends " + full + "; a declared type may extend only Object");
      }
    }
    if (javaLang(simple) || Allowlist.RULES.namesSimply(simple)) {
      problem(
          file,
          line,
          "declare "
              + simple
              + ": the name of a type of java.lang or of the"
              + " allowlist; a declared type must not shadow one");
    }
  }

  private static boolean javaLang(String simple) {
    try {
      Class.forName("java.lang." + simple, false, ClassLoader.getPlatformClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
