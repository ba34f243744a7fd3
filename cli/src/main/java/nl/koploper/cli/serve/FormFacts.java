package nl.koploper.cli.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.koploper.facts.FactSchema;
import nl.koploper.facts.ValueType;

/**
 * The facts a person filled in on the form, written as a fact file (YAML), so that the loader
 * checks them exactly as it checks a file and the download is that very file. Every value is
 * written so that it cannot change the file's structure: text double-quoted, numbers, booleans and
 * enum names plain only when they are nothing else, otherwise quoted (and then refused by the
 * loader as the wrong type, with its usual message). A fact marked as an estimate is written as
 * {@code {estimate: VALUE, note: "why"}}, the notation of the fact files; an estimate of an unknown
 * value is written as {@code {estimate: null}} so that the loader refuses it at that fact, with its
 * own words, rather than the mark being dropped unseen.
 */
final class FormFacts {
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
  private static final Pattern COMMA_DECIMAL = Pattern.compile("-?[0-9]+,[0-9]+");
  private static final Pattern ENUM_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  private FormFacts() {}

  /**
   * The name of the form's check boxes that mark a fact as an estimate; each one's value is a path.
   */
  static final String ESTIMATE = "estimate";

  /** The prefix of the form's text box for the note of an estimate: {@code note.PATH}. */
  static final String NOTE = "note.";

  /**
   * The form's fact fields by path; blank is unknown.
   *
   * @param value a fact's value as entered, by path; null or blank is unknown
   * @param estimated the paths marked as estimates
   * @param note a fact's note as entered, by path; null or blank is none
   */
  static String yaml(
      Function<String, String> value, Set<String> estimated, Function<String, String> note) {
    StringBuilder out = new StringBuilder("schema: koploper/facts/v1\n");
    String section = null;
    List<String> lines = new ArrayList<>();
    for (FactSchema.Field field : FactSchema.fields()) {
      if (!field.section().equals(section)) {
        flush(out, section, lines);
        section = field.section();
        lines.clear();
      }
      String raw = value.apply(field.path());
      boolean known = raw != null && !raw.isBlank();
      String written = known ? scalar(field.type(), raw.strip()) : "null";
      if (estimated.contains(field.path())) {
        String why = note.apply(field.path());
        lines.add(
            "  "
                + field.name()
                + ": {estimate: "
                + written
                + (why == null || why.isBlank() ? "" : ", note: " + Json.string(why.strip()))
                + "}");
      } else if (known) {
        lines.add("  " + field.name() + ": " + written);
      }
    }
    flush(out, section, lines);
    return out.toString();
  }

  private static void flush(StringBuilder out, String section, List<String> lines) {
    if (section != null && !lines.isEmpty()) {
      out.append(section).append(":\n");
      lines.forEach(l -> out.append(l).append('\n'));
    }
  }

  static String scalar(ValueType type, String raw) {
    if (type instanceof ValueType.Choice) {
      return ENUM_NAME.matcher(raw).matches() ? raw : Json.string(raw);
    }
    if (type instanceof ValueType.Flag) {
      return raw.equals("true") || raw.equals("false") ? raw : Json.string(raw);
    }
    if (type instanceof ValueType.Whole || type instanceof ValueType.Decimal) {
      String n = COMMA_DECIMAL.matcher(raw).matches() ? raw.replace(',', '.') : raw;
      return NUMBER.matcher(n).matches() ? n : Json.string(raw);
    }
    if (type instanceof ValueType.TextList) {
      List<String> items = new ArrayList<>();
      for (String item : raw.split(",")) {
        if (!item.isBlank()) {
          items.add(Json.string(item.strip()));
        }
      }
      return "[" + String.join(", ", items) + "]";
    }
    return Json.string(raw);
  }
}
