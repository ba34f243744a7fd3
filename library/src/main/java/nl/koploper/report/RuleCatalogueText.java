package nl.koploper.report;

import java.util.List;
import nl.koploper.api.Actor;
import nl.koploper.api.Language;
import nl.koploper.api.RuleDescription;

/** The rule catalogue as text: one block per rule, grouped by lesson, in the language asked for. */
public final class RuleCatalogueText {
  private RuleCatalogueText() {}

  public static String render(List<RuleDescription> rules, Language language) {
    Messages m = Messages.of(language);
    StringBuilder out = new StringBuilder();
    int lesson = -1;
    for (RuleDescription r : rules) {
      if (r.lesson() != lesson) {
        lesson = r.lesson();
        out.append(lesson == 0 ? m.get("rules.everyLesson") : m.get("rules.lesson", lesson))
            .append('\n');
      }
      out.append("  ").append(r.localName()).append("  [").append(r.file()).append("]\n");
      if (r.code() != null) {
        out.append("      ").append(r.code()).append(": ").append(r.title()).append('\n');
        out.append("      ")
            .append(m.get("rules.actors"))
            .append(' ')
            .append(String.join(", ", r.actors().stream().map(Actor::name).toList()))
            .append('\n');
      }
      if (!r.reads().isEmpty()) {
        out.append("      ")
            .append(m.get("rules.reads"))
            .append(' ')
            .append(String.join(", ", r.reads()))
            .append('\n');
      }
    }
    return out.toString();
  }
}
