package nl.koploper.engine.safety;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which {@code matches} patterns run in time linear-ish in their input: short literal patterns of
 * single characters, classes and the dot, each at most once quantified, with no groups that repeat,
 * no back-references and no look-around, the constructs that make Java's regex engine backtrack
 * exponentially ({@code (a+)+b}, {@code (a|aa)*}).
 */
final class RegexBounds {
  static final int MAX_LENGTH = 200;

  /** At most this many unbounded quantifiers ({@code *}, {@code +}, {@code {n,}}): n^k work. */
  static final int MAX_UNBOUNDED = 2;

  private RegexBounds() {}

  /** Why a pattern is refused, or null when it is bounded. */
  static String refusal(String pattern) {
    if (pattern.length() > MAX_LENGTH) {
      return "a pattern longer than " + MAX_LENGTH + " characters";
    }
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      return "it is not a valid pattern: " + e.getDescription();
    }
    int unbounded = 0;
    boolean inClass = false;
    char previous = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
          return "a back-reference can make matching backtrack without bound";
        }
        if (i + 1 < pattern.length() && "kQpP".indexOf(pattern.charAt(i + 1)) >= 0) {
          return "named references, quoting and property classes are not supported here";
        }
        i++;
        previous = 'a';
        continue;
      }
      if (inClass) {
        if (c == '[') {
          return "nested character classes are not supported here";
        }
        if (c == ']') {
          inClass = false;
          previous = 'a';
        }
        continue;
      }
      switch (c) {
        case '[' -> inClass = true;
        case '(' -> {
          if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '?') {
            return "look-around and inline flags are not supported here";
          }
        }
        case '*', '+', '{' -> {
          if (previous == ')'
              || previous == '*'
              || previous == '+'
              || previous == '}'
              || previous == '?'
              || previous == 0) {
            return "a repeated group or a repeated repetition can make matching backtrack"
                + " without bound";
          }
          if (c != '{') {
            unbounded++;
          } else {
            int close = pattern.indexOf('}', i);
            if (close < 0) {
              return "an unclosed repetition";
            }
            if (pattern.charAt(close - 1) == ',') {
              unbounded++;
            }
            i = close;
            c = '}';
          }
        }
        case '?' -> {
          if (previous == ')' || previous == '*' || previous == '+' || previous == '}') {
            return "lazy and possessive quantifiers and optional groups are not supported here";
          }
        }
        default -> {}
      }
      previous = c;
    }
    if (unbounded > MAX_UNBOUNDED) {
      return "more than " + MAX_UNBOUNDED + " unbounded repetitions make matching slow";
    }
    return null;
  }
}
