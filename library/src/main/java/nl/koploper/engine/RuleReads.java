package nl.koploper.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koploper.facts.FactSchema;

/**
 * Which input facts a rule reads, from its conditions: the fields it names in the section patterns
 * ({@code EarlyFunding(earlyRndSubsidies < ...)}), and for a derived figure ({@code Figure(name ==
 * "spinOffsPerMillion")}) the facts of the rule that derives it. For the rule catalogue an analyst
 * reads; it looks at the DRL text, not at the compiled network.
 */
final class RuleReads {
  private static final Map<String, String> SECTIONS =
      Map.of(
          "Region", "region",
          "KnowledgeBase", "knowledgeBase",
          "Valorisation", "valorisation",
          "EarlyFunding", "earlyFunding",
          "FinancingChain", "financingChain",
          "Ecosystem", "ecosystem",
          "ClinicalResearch", "clinicalResearch",
          "SectorPosition", "sectorPosition",
          "Outcomes", "outcomes");
  private static final Pattern PATTERN =
      Pattern.compile("\\b(Figure|" + String.join("|", SECTIONS.keySet()) + ")\\s*\\(");
  private static final Pattern FIGURE_NAME = Pattern.compile("name\\s*==\\s*\"([^\"]+)\"");

  private final Map<String, String> drl;

  RuleReads(RuleFiles files) {
    this.drl = files.drl();
  }

  /** The fact paths the named rule reads, in schema order. */
  List<String> of(String rule) {
    Set<String> facts = new TreeSet<>();
    collect(conditions(rule), facts, 0);
    List<String> ordered = new ArrayList<>();
    for (FactSchema.Field field : FactSchema.fields()) {
      if (facts.contains(field.path())) {
        ordered.add(field.path());
      }
    }
    return ordered;
  }

  private void collect(String conditions, Set<String> facts, int depth) {
    Matcher m = PATTERN.matcher(conditions);
    while (m.find()) {
      String constraints = balanced(conditions, m.end());
      if (m.group(1).equals("Figure")) {
        Matcher name = FIGURE_NAME.matcher(constraints);
        if (name.find() && depth < 3) {
          collect(derivationOf(name.group(1)), facts, depth + 1);
        }
        continue;
      }
      String section = SECTIONS.get(m.group(1));
      for (FactSchema.Field field : FactSchema.fields()) {
        if (field.section().equals(section)
            && Pattern.compile("\\b" + field.name() + "\\b").matcher(constraints).find()) {
          facts.add(field.path());
        }
      }
    }
  }

  /** The conditions of the rule that inserts {@code new Figure("name", ...)}. */
  private String derivationOf(String figure) {
    String insert = "new Figure(\"" + figure + "\"";
    for (String text : drl.values()) {
      int at = text.indexOf(insert);
      if (at >= 0) {
        int rule = text.lastIndexOf("\nrule \"", at);
        int nameEnd = text.indexOf('"', rule + 7);
        return rule < 0 ? "" : conditions(text.substring(rule + 7, nameEnd));
      }
    }
    return "";
  }

  /** The text between {@code when} and {@code then} of a rule, without comments. */
  private String conditions(String rule) {
    String declaration = "rule \"" + rule + "\"";
    for (String text : drl.values()) {
      int at = text.indexOf(declaration);
      if (at >= 0) {
        int when = text.indexOf("\nwhen", at);
        int then = text.indexOf("\nthen", at);
        if (when >= 0 && then > when) {
          return text.substring(when + 5, then).replaceAll("//[^\n]*", "");
        }
      }
    }
    return "";
  }

  /** The text from {@code start} to the parenthesis that closes the one before it. */
  private static String balanced(String text, int start) {
    int depth = 1;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return text.substring(start, i);
      }
    }
    return text.substring(start);
  }
}
