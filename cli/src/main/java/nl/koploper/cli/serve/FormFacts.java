package nl.koploper.cli.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.koploper.facts.FactSchema;
import nl.koploper.facts.ValueType;

/**
 * The facts a person filled in on the form, written as a fact file (YAML), so that the loader
 * checks them exactly as it checks a file and the download is that very file. Every value is
 * written so that it cannot change the file's structure: text double-quoted, numbers, booleans and
 * enum names plain only when they are nothing else, otherwise quoted (and then refused by the
 * loader as the wrong type, with its usual message).
 */
final class FormFacts {
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
  private static final Pattern COMMA_DECIMAL = Pattern.compile("-?[0-9]+,[0-9]+");
  private static final Pattern ENUM_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  private FormFacts() {}

  /** The form's fact fields by path; blank is unknown. */
  static String yaml(java.util.function.Function<String, String> value) {
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
      if (raw != null && !raw.isBlank()) {
        lines.add("  " + field.name() + ": " + scalar(field.type(), raw.strip()));
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
