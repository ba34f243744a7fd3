package nl.koploper.cli.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.koploper.facts.FactChange;
import nl.koploper.facts.FactSchema;
import nl.koploper.facts.ValueType;

/**
 * One form control per fact, chosen by its {@link ValueType}: a list of its allowed values for
 * enums and booleans (with "unknown" first), a text box for numbers and texts; each with its label,
 * its help text and what it allows, tied together for screen readers; and, for every fact a fact
 * file may give as an estimate, a check box that marks it so, with a box for the note that the
 * style sheet shows only while the check box is ticked (no script needed).
 */
final class FormControls {
  /** The form's whole style: readable on a phone, visible keyboard focus, no external resources. */
  static final String STYLE =
      "body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;padding:1rem;color:#111;"
          + "background:#fff}main{max-width:48rem;margin:auto}fieldset{border:1px solid #888;"
          + "margin:1rem 0;padding:.5rem 1rem}legend{font-weight:bold}label{display:block;"
          + "font-weight:600;margin-top:.75rem}input,select,button{font:inherit;max-width:100%;"
          + "padding:.3rem}input[type=text]{width:100%;box-sizing:border-box}.help{margin:.2rem 0;"
          + "color:#333;font-size:.95rem}[aria-invalid=true]{border:2px solid #b00020}#errors{"
          + "border:2px solid #b00020;padding:.5rem 1rem}:focus{outline:3px solid #1a5fb4;"
          + "outline-offset:2px}pre{white-space:pre-wrap;overflow-wrap:anywhere}button{"
          + "margin-top:1rem}.estimate{margin:.3rem 0 0}.estimate label{display:inline;"
          + "font-weight:normal;margin:0 0 0 .3rem}.estimate .note{display:block;margin-top:.3rem}"
          + ".estimate .note label{display:block;margin:0}"
          + ".estimate input[type=checkbox]:not(:checked)~.note{display:none}";

  private FormControls() {}

  /**
   * The controls of one fact.
   *
   * @param given its value as entered before, or empty
   * @param invalid whether the loader refused what was entered
   * @param estimated whether it was marked as an estimate
   * @param note the note of the estimate as entered before, or empty
   * @param word a value of a scale in the page's language ({@code SCARCE} is "schaars")
   */
  static String field(
      FormTexts t,
      UnaryOperator<String> word,
      FactSchema.Field f,
      String given,
      boolean invalid,
      boolean estimated,
      String note) {
    String id = "f-" + f.path();
    String help = "h-" + f.path();
    boolean required = f.path().equals("region.code") || f.path().equals("region.name");
    StringBuilder h =
        new StringBuilder("<div class=\"fact\">\n<label for=\"")
            .append(id)
            .append("\">")
            .append(Html.escape(t.label(f)));
    if (required) {
      h.append(" (").append(Html.escape(t.get("required"))).append(')');
    }
    h.append("</label>\n");
    String common =
        " id=\""
            + id
            + "\" name=\""
            + f.path()
            + "\" aria-describedby=\""
            + help
            + "\""
            + (invalid ? " aria-invalid=\"true\"" : "");
    ValueType type = f.type();
    if (type instanceof ValueType.Choice choice) {
      h.append("<select")
          .append(common)
          .append(">\n")
          .append(FormPages.option("", t.get("unknown"), given.isEmpty()));
      for (String name : choice.names()) {
        h.append(FormPages.option(name, word.apply(name), name.equals(given)));
      }
      h.append("</select>\n");
    } else if (type instanceof ValueType.Flag) {
      h.append("<select")
          .append(common)
          .append(">\n")
          .append(FormPages.option("", t.get("unknown"), given.isEmpty()))
          .append(FormPages.option("true", t.get("yes"), given.equals("true")))
          .append(FormPages.option("false", t.get("no"), given.equals("false")))
          .append("</select>\n");
    } else {
      boolean number = type instanceof ValueType.Whole || type instanceof ValueType.Decimal;
      h.append("<input type=\"text\"")
          .append(common)
          .append(number ? " inputmode=\"decimal\"" : "")
          .append(" value=\"")
          .append(Html.escape(given))
          .append("\">\n");
    }
    h.append("<p class=\"help\" id=\"").append(help).append("\">");
    String text = t.help(f);
    if (!text.isEmpty()) {
      h.append(Html.escape(text)).append(' ');
    }
    h.append(Html.escape(t.get("allowed", allowed(t, word, f))));
    if (!required && !(type instanceof ValueType.Choice || type instanceof ValueType.Flag)) {
      h.append(' ').append(Html.escape(t.get("unknown.empty")));
    }
    h.append("</p>\n");
    if (FactChange.whyNotSettable(f).isEmpty()) {
      estimate(h, t, f, estimated, note);
    }
    return h.append("</div>\n").toString();
  }

  /**
   * The check box that marks the fact as an estimate, and the box for its note; the note is read
   * only when the check box is ticked.
   */
  private static void estimate(
      StringBuilder h, FormTexts t, FactSchema.Field f, boolean estimated, String note) {
    String box = "e-" + f.path();
    String noteId = "n-" + f.path();
    h.append("<div class=\"estimate\">\n<input type=\"checkbox\" id=\"")
        .append(box)
        .append("\" name=\"")
        .append(FormFacts.ESTIMATE)
        .append("\" value=\"")
        .append(f.path())
        .append('"')
        .append(estimated ? " checked" : "")
        .append("><label for=\"")
        .append(box)
        .append("\">")
        .append(Html.escape(t.get("estimate.label")))
        .append("</label>\n<div class=\"note\"><label for=\"")
        .append(noteId)
        .append("\">")
        .append(Html.escape(t.get("estimate.note")))
        .append("</label>\n<input type=\"text\" id=\"")
        .append(noteId)
        .append("\" name=\"")
        .append(FormFacts.NOTE)
        .append(f.path())
        .append("\" value=\"")
        .append(Html.escape(note))
        .append("\"></div>\n</div>\n");
  }

  /** What a fact allows, in the page's language. */
  private static String allowed(FormTexts t, UnaryOperator<String> word, FactSchema.Field f) {
    ValueType type = f.type();
    if (type instanceof ValueType.Whole w) {
      return t.get("allowed.whole", w.min(), w.max());
    }
    if (type instanceof ValueType.Decimal d) {
      return t.get("allowed.decimal", d.min(), d.max());
    }
    if (type instanceof ValueType.TextList) {
      return t.get("allowed.list");
    }
    if (type instanceof ValueType.Text text) {
      String own = "fact." + f.path() + ".allowed";
      return text.pattern() == null
          ? t.get("allowed.text")
          : t.knows(own) ? t.get(own) : type.expected();
    }
    if (type instanceof ValueType.Flag) {
      return t.get("yes") + ", " + t.get("no") + ", " + t.get("unknown");
    }
    if (type instanceof ValueType.Choice c) {
      // The word, and the name a fact file uses where they differ: "schaars (SCARCE)".
      List<String> values = new ArrayList<>();
      for (String name : c.names()) {
        String w = word.apply(name);
        values.add(w.equals(name) ? name : w + " (" + name + ")");
      }
      return String.join(", ", values) + ", " + t.get("unknown");
    }
    return type.expected();
  }
}
