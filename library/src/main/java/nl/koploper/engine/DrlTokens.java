package nl.koploper.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a DRL file as far as the safety check needs them: identifiers, string literals and
 * single punctuation characters, each with its line; comments are dropped. Two readings exist
 * because the parts of a DRL file are read by two parsers: the DRL and MVEL parsers take the text
 * as written, the Java compiler first decodes {@code \u0053} escapes (which can turn a comment into
 * code, or {@code \u0053ystem} into {@code System}). The check scans both.
 */
final class DrlTokens {
  enum Kind {
    IDENTIFIER,
    STRING,
    SYMBOL
  }

  record Token(Kind kind, String text, int line) {
    boolean is(String s) {
      return kind != Kind.STRING && text.equals(s);
    }
  }

  private final String text;
  private final int[] lines;

  private DrlTokens(String text, int[] lines) {
    this.text = text;
    this.lines = lines;
  }

  /** The text as the DRL and MVEL parsers read it. */
  static List<Token> asWritten(String drl) {
    int[] lines = new int[drl.length() + 1];
    int line = 1;
    for (int i = 0; i < drl.length(); i++) {
      lines[i] = line;
      if (drl.charAt(i) == '\n') {
        line++;
      }
    }
    lines[drl.length()] = line;
    return new DrlTokens(drl, lines).tokens();
  }

  /** The text as the Java compiler reads it: unicode escapes decoded, lines as written. */
  static List<Token> asJavaReadsIt(String drl) {
    StringBuilder decoded = new StringBuilder(drl.length());
    List<Integer> lines = new ArrayList<>(drl.length());
    int line = 1;
    int i = 0;
    while (i < drl.length()) {
      char c = drl.charAt(i);
      int escape = unicodeEscapeLength(drl, i);
      if (escape > 0) {
        decoded.append((char) Integer.parseInt(drl.substring(i + escape - 4, i + escape), 16));
        lines.add(line);
        i += escape;
        continue;
      }
      decoded.append(c);
      lines.add(line);
      if (c == '\n') {
        line++;
      }
      i++;
    }
    lines.add(line);
    return new DrlTokens(decoded.toString(), lines.stream().mapToInt(Integer::intValue).toArray())
        .tokens();
  }

  /** Whether the text has any unicode escape (JLS 3.3: an odd run of backslashes, u's, 4 hex). */
  static boolean hasUnicodeEscape(String drl) {
    for (int i = 0; i < drl.length(); i++) {
      if (unicodeEscapeLength(drl, i) > 0) {
        return true;
      }
    }
    return false;
  }

  private static int unicodeEscapeLength(String s, int i) {
    if (s.charAt(i) != '\\') {
      return 0;
    }
    int backslashes = 0;
    for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
      backslashes++;
    }
    if (backslashes % 2 != 0) {
      return 0;
    }
    int j = i + 1;
    while (j < s.length() && s.charAt(j) == 'u') {
      j++;
    }
    if (j == i + 1 || j + 4 > s.length()) {
      return 0;
    }
    for (int k = j; k < j + 4; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return 0;
      }
    }
    return j + 4 - i;
  }

  private List<Token> tokens() {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '"' || c == '\'') {
        int start = i++;
        StringBuilder value = new StringBuilder();
        while (i < n && text.charAt(i) != c) {
          if (text.charAt(i) == '\\' && i + 1 < n) {
            value.append(text.charAt(i + 1));
            i += 2;
          } else {
            value.append(text.charAt(i++));
          }
        }
        i = Math.min(n, i + 1);
        tokens.add(new Token(Kind.STRING, value.toString(), lines[start]));
      } else if (Character.isJavaIdentifierStart(c)) {
        int start = i;
        StringBuilder name = new StringBuilder();
        while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
          // Java ignores these inside identifiers (JLS 3.8): Sys\u200Btem is System.
          if (!Character.isIdentifierIgnorable(text.charAt(i))) {
            name.append(text.charAt(i));
          }
          i++;
        }
        tokens.add(new Token(Kind.IDENTIFIER, name.toString(), lines[start]));
      } else if (Character.isDigit(c)) {
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          i++;
        }
      } else {
        tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), lines[i]));
        i++;
      }
    }
    return tokens;
  }
}
