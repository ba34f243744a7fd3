package nl.koploper.cli;

import java.util.List;
import nl.koploper.api.RuleDescription;

/** The rule catalogue as text: one block per rule, grouped by lesson. */
final class RuleCatalogueText {
  private RuleCatalogueText() {}

  static String render(List<RuleDescription> rules) {
    StringBuilder out = new StringBuilder();
    int lesson = -1;
    for (RuleDescription r : rules) {
      if (r.lesson() != lesson) {
        lesson = r.lesson();
        out.append(lesson == 0 ? "Every lesson" : "Lesson " + lesson).append('\n');
      }
      out.append("  ").append(r.name()).append("  [").append(r.file()).append("]\n");
      if (r.code() != null) {
        out.append("      ").append(r.code()).append(": ").append(r.title()).append('\n');
      }
      if (!r.reads().isEmpty()) {
        out.append("      reads ").append(String.join(", ", r.reads())).append('\n');
      }
    }
    return out.toString();
  }
}
