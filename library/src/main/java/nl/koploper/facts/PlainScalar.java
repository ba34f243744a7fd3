package nl.koploper.facts;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a plain (unquoted) scalar means under YAML 1.2's core schema, and which spellings an older
 * YAML 1.1 reader would have turned into something else. Fact files follow YAML 1.2, and the
 * spellings that differ between the two are refused wherever a number or boolean is expected, so a
 * file never means one thing here and another in a different tool.
 */
enum PlainScalar {
  NULL,
  BOOLEAN,
  /** {@code True}, {@code TRUE}: booleans in YAML 1.2, but the schema asks for lower case. */
  BOOLEAN_CAPITALISED,
  /** {@code yes}, {@code NO}, {@code on}, {@code y}: booleans in YAML 1.1 only. */
  YAML11_BOOLEAN,
  INTEGER,
  DECIMAL,
  /** {@code .inf}, {@code -.Inf}, {@code .nan}. */
  NON_FINITE,
  /** {@code 0x10}, {@code 0o17}, {@code 017}, {@code 1_000}, {@code 1:30}: not plain decimals. */
  OTHER_NUMBER,
  TEXT;

  private static final Pattern INTEGER_FORM = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
  private static final Pattern DECIMAL_FORM =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern NON_FINITE_FORM =
      Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  private static final Pattern OTHER_NUMBER_FORM =
      Pattern.compile(
          "[-+]?(0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+|[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?"
              + "|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?)");
  private static final Set<String> YAML11_BOOLEANS =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off",
          "OFF");

  static PlainScalar of(String text) {
    switch (text) {
      case "", "~", "null", "Null", "NULL":
        return NULL;
      case "true", "false":
        return BOOLEAN;
      case "True", "TRUE", "False", "FALSE":
        return BOOLEAN_CAPITALISED;
      default:
        break;
    }
    if (YAML11_BOOLEANS.contains(text)) {
      return YAML11_BOOLEAN;
    }
    if (INTEGER_FORM.matcher(text).matches()) {
      return INTEGER;
    }
    if (DECIMAL_FORM.matcher(text).matches()) {
      return leadingZero(text) ? OTHER_NUMBER : DECIMAL;
    }
    if (NON_FINITE_FORM.matcher(text).matches()) {
      return NON_FINITE;
    }
    if (OTHER_NUMBER_FORM.matcher(text).matches()) {
      return OTHER_NUMBER;
    }
    return TEXT;
  }

  /** {@code 017} or {@code 017.5}: octal to some readers, decimal to others. */
  private static boolean leadingZero(String text) {
    String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    return digits.length() > 1 && digits.charAt(0) == '0' && Character.isDigit(digits.charAt(1));
  }

  /** Whether YAML 1.2 reads it as something other than text. */
  boolean typed() {
    return this != TEXT && this != YAML11_BOOLEAN && this != OTHER_NUMBER;
  }
}
