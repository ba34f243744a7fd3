package nl.koploper.engine.safety;

import java.io.IOException;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import nl.koploper.engine.RuleFiles;
import nl.koploper.engine.RuleProblem;

/**
 * The texts of a rule set ({@code texts.xx.properties}) are patterns for {@link MessageFormat},
 * written to terminals and reports: each must parse, stay short and shallow (a deeply nested choice
 * format recurses when formatted), and hold no control characters (an escape sequence in a title
 * would reach the terminal raw).
 */
public final class TextChecks {
  /** Longer than any sentence a recommendation needs. */
  static final int MAX_LENGTH = 2_000;

  /** Braces nest this deep at most: a choice inside an argument inside a choice. */
  static final int MAX_NESTING = 4;

  /** Arguments are numbered up to this: the rules pass a handful of figures. */
  static final int MAX_ARGUMENT = 20;

  private TextChecks() {}

  /** Every problem of every text file of the rule set, by file and line. */
  public static List<RuleProblem> check(RuleFiles files) {
    List<RuleProblem> problems = new ArrayList<>();
    for (Map.Entry<String, String> file : files.files().entrySet()) {
      if (file.getKey().endsWith(".properties")) {
        check(files.display(file.getKey()), file.getValue(), problems);
      }
    }
    return problems;
  }

  private static void check(String file, String text, List<RuleProblem> problems) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int first = i;
      StringBuilder logical = new StringBuilder(lines[i]);
      while (continues(lines[i]) && i + 1 < lines.length) {
        i++;
        logical.append('\n').append(lines[i]);
      }
      String stripped = logical.toString().stripLeading();
      if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
        continue;
      }
      Properties one = new Properties();
      try {
        one.load(new StringReader(logical.toString()));
      } catch (IOException | IllegalArgumentException e) {
        problems.add(new RuleProblem(file, first + 1, "cannot read this line: " + e.getMessage()));
        continue;
      }
      for (String key : one.stringPropertyNames()) {
        String why = refusal(key, one.getProperty(key));
        if (why != null) {
          problems.add(new RuleProblem(file, first + 1, key + ": " + why));
        }
      }
    }
  }

  /** A line ending in an odd number of backslashes continues on the next. */
  private static boolean continues(String line) {
    int n = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }

  /** Why a text is refused, or null. */
  static String refusal(String key, String value) {
    for (String part : List.of(key, value)) {
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        if (Character.isISOControl(c) || isBidiControl(c) || c == '\u2028' || c == '\u2029') {
          return String.format(
              "holds the control character U+%04X; texts are written to terminals and reports,"
                  + " so they may hold none",
              (int) c);
        }
      }
    }
    if (value.length() > MAX_LENGTH) {
      return "is " + value.length() + " characters long; a text may have " + MAX_LENGTH;
    }
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '{') {
        depth++;
        if (depth > MAX_NESTING) {
          return "nests its arguments more than " + MAX_NESTING + " deep";
        }
      } else if (!quoted && c == '}') {
        depth--;
      }
    }
    MessageFormat format;
    try {
      format = new MessageFormat(value, Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "is not a valid MessageFormat pattern: " + e.getMessage();
    }
    if (format.getFormats().length > 0) {
      // argument numbers: MessageFormat keeps them private, so look for the largest in the text
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\s*(\\d+)").matcher(value);
      while (m.find()) {
        if (m.group(1).length() > 3 || Integer.parseInt(m.group(1)) > MAX_ARGUMENT) {
          return "names argument {" + m.group(1) + "}; the rules pass at most " + MAX_ARGUMENT;
        }
      }
    }
    return null;
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }
}
