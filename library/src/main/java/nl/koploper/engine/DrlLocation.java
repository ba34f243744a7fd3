package nl.koploper.engine;

import java.util.List;
import java.util.Map;
import nl.koploper.engine.DrlTokens.Token;

/**
 * Where in the DRL files a finding of the compiled code belongs: the file and line of the rule or
 * function, and within it the first line that names what was found (the bytecode's own line numbers
 * are those of the Java source Drools generated, not of the DRL).
 *
 * @param file the file as the user names it
 * @param line 1-based, or 0 when the declaration cannot be found
 */
record DrlLocation(String file, int line) {
  /**
   * @param where {@code rule "Name"} or {@code function name}, as the scans say it
   * @param what {@code calls java.lang.System.exit} or {@code uses java.io.File}
   */
  static DrlLocation of(RuleFiles files, String where, String what) {
    String kind =
        where.startsWith("rule ") ? "rule" : where.startsWith("function ") ? "function" : "";
    String name =
        kind.equals("rule")
            ? where.substring("rule \"".length(), where.length() - 1)
            : kind.isEmpty() ? "" : where.substring("function ".length());
    String needle = what.substring(what.lastIndexOf('.') + 1);
    for (Map.Entry<String, String> drl : files.drl().entrySet()) {
      List<Token> tokens = DrlTokens.asJavaReadsIt(drl.getValue());
      int start = declaration(tokens, kind, name);
      if (start >= 0) {
        return new DrlLocation(files.display(drl.getKey()), firstUse(tokens, start, needle));
      }
    }
    return new DrlLocation(files.source(), 0);
  }

  private static int declaration(List<Token> tokens, String kind, String name) {
    if (kind.isEmpty()) {
      return -1;
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).is(kind)) {
        continue;
      }
      if (kind.equals("rule") && tokens.get(i + 1).text().equals(name)) {
        return i;
      }
      if (kind.equals("function")) {
        for (int j = i + 1; j + 1 < tokens.size() && !tokens.get(j).is("{"); j++) {
          if (tokens.get(j).is(name) && tokens.get(j + 1).is("(")) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  /** The line of the first token naming the needle before the next declaration, else the start. */
  private static int firstUse(List<Token> tokens, int start, String needle) {
    for (int i = start + 2; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is("rule") || t.is("function") || t.is("query") || t.is("declare")) {
        break;
      }
      if (t.is(needle)) {
        return t.line();
      }
    }
    return tokens.get(start).line();
  }
}
