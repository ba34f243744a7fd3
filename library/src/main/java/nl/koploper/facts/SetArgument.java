package nl.koploper.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.koploper.facts.FactSchema.Field;
import nl.koploper.facts.FactSchema.Section;

/**
 * The {@code --set PATH=VALUE} notation of a {@link FactChange}: reading it with the loader's own
 * YAML reader and binder (so {@code NO} is no boolean here either), and writing a value back so
 * that it reads the same again.
 */
final class SetArgument {
  /** An estimate in flow notation, {@code {estimate: VALUE, note: "why"}}, as --set reads it. */
  static String estimate(Object value, String note) {
    String written = "{estimate: " + render(value);
    return written + (note.isEmpty() ? "}" : ", note: " + quoted(note) + "}");
  }

  /** A list item that YAML's flow context reads as this very text when left unquoted. */
  private static final Pattern PLAIN_NAME =
      Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N} ._&()'/+-]*[\\p{L}\\p{N}._)'])?");

  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_.,:/=+@%-]+");

  private SetArgument() {}

  static FactChange parse(String assignment) throws InvalidFactsException {
    String label = "--set " + assignment;
    int equals = assignment.indexOf('=');
    if (equals < 0) {
      throw problem(
          label,
          "",
          "expected PATH=VALUE, such as earlyFunding.earlyRndSubsidies=BROAD "
              + "(PATH= with nothing after = makes the fact unknown)");
    }
    String path = assignment.substring(0, equals).strip();
    String text = assignment.substring(equals + 1);
    Field field = field(label, path);
    Optional<String> why = FactChange.whyNotSettable(field);
    if (why.isPresent()) {
      throw problem(label, path, "cannot be changed: " + why.get());
    }
    if (text.isBlank()) {
      return FactChange.unknown(field);
    }
    if (PlainScalar.of(text.strip()) == PlainScalar.NULL) {
      throw problem(
          label,
          path,
          "'"
              + text.strip()
              + "' is not a value; to make the fact unknown, write "
              + path
              + "= with nothing after =");
    }
    try {
      return FactBinder.bindChange(YamlTreeReader.read(text, label), field, label);
    } catch (InvalidFactsException e) {
      // Positions within one argument help nobody; the argument itself is named instead.
      throw new InvalidFactsException(
          e.errors().stream()
              .map(error -> new FactError(label, 0, 0, path, error.message()))
              .toList());
    }
  }

  private static Field field(String label, String path) throws InvalidFactsException {
    if (path.equals("sources") || path.startsWith("sources.") || path.startsWith("sources[")) {
      throw problem(label, path, "sources are citations, not facts; a what-if changes facts only");
    }
    if (path.endsWith(".source")
        && FactSchema.section(path.substring(0, path.indexOf('.'))) != null) {
      throw problem(
          label,
          path,
          "a section's source is a citation, not a fact; a what-if changes facts only");
    }
    List<String> paths = FactSchema.fields().stream().map(Field::path).toList();
    if (paths.contains(path)) {
      return FactSchema.field(path);
    }
    Optional<String> close = Suggestions.closest(path, paths);
    if (close.isEmpty()) {
      String name = path.substring(path.lastIndexOf('.') + 1);
      close = paths.stream().filter(p -> p.endsWith("." + name)).findFirst();
    }
    if (close.isPresent()) {
      throw problem(label, path, "unknown fact; did you mean '" + close.get() + "'?");
    }
    int dot = path.indexOf('.');
    Section section = dot < 0 ? null : FactSchema.section(path.substring(0, dot));
    if (section != null) {
      throw problem(
          label,
          path,
          "unknown fact; "
              + section.name()
              + " has "
              + section.fields().stream().map(Field::name).collect(Collectors.joining(", ")));
    }
    throw problem(
        label,
        path,
        "unknown fact; a fact path is SECTION.FIELD as in a fact file, with SECTION one of "
            + FactSchema.sections().stream().map(Section::name).collect(Collectors.joining(", ")));
  }

  private static InvalidFactsException problem(String label, String path, String message) {
    return new InvalidFactsException(List.of(new FactError(label, 0, 0, path, message)));
  }

  /** The value in fact-file notation; the empty string for unknown. */
  static String render(Object value) {
    if (value == null) {
      return "";
    } else if (value instanceof Enum<?> e) {
      return e.name();
    } else if (value instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    } else if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(item -> items.add(name(item.toString())));
      return "[" + String.join(", ", items) + "]";
    }
    return value.toString();
  }

  /** A name as a flow-list item: plain when YAML reads it back as the same text, else quoted. */
  private static String name(String name) {
    if (PLAIN_NAME.matcher(name).matches() && PlainScalar.of(name) == PlainScalar.TEXT) {
      return name;
    }
    return quoted(name);
  }

  private static String quoted(String name) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : name.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\t' -> quoted.append("\\t");
        case '\n' -> quoted.append("\\n");
        default -> quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  /** The argument as one word for a POSIX shell. */
  static String shellQuoted(String argument) {
    if (SHELL_SAFE.matcher(argument).matches()) {
      return argument;
    }
    return "'" + argument.replace("'", "'\\''") + "'";
  }
}
