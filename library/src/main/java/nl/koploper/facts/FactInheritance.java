package nl.koploper.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.koploper.facts.FactSchema.Field;
import nl.koploper.facts.FactSchema.Section;
import nl.koploper.facts.Node.Entry;
import nl.koploper.facts.Node.MapNode;
import nl.koploper.facts.Node.ScalarNode;

/**
 * Fact files that extend another: {@code extends: netherlands.yaml} at the top of a file inherits
 * every fact of that file, and the file's own values replace inherited ones field by field.
 *
 * <ul>
 *   <li>The path is relative to the extending file and must stay inside that file's directory
 *       (after resolving {@code ..} and symbolic links): a fact file names only files beside or
 *       below itself, never /etc/passwd or a link out of the tree.
 *   <li>At most {@link #MAX_DEPTH} levels; a cycle is an error naming the files in order.
 *   <li>The extending file gives its own {@code region} (code and name are required as in any fact
 *       file); the region section is not inherited, since a province's population is not its
 *       country's. Sources are merged by id (the extending file's entry wins); a section's {@code
 *       source} is the extending file's when it cites one, else the inherited one.
 *   <li>Estimates and uncertain values follow their values: an inherited value keeps its marks, a
 *       value the extending file writes has its own.
 * </ul>
 *
 * Every error names the file where the faulty value was written.
 */
final class FactInheritance {
  /** How many files one chain may extend. */
  static final int MAX_DEPTH = 4;

  private static final int MAX_PATH_CHARS = 1000;

  /** Facts read from a chain of files, and for each known fact path the file it was written in. */
  record Chain(UncertainFacts facts, SortedMap<String, String> origins) {
    LoadedFacts loaded() {
      return new LoadedFacts(facts, origins);
    }
  }

  private FactInheritance() {}

  static Chain load(Path file, boolean allowUncertain) throws InvalidFactsException {
    return load(file, allowUncertain, new ArrayList<>());
  }

  private static Chain load(Path file, boolean allowUncertain, List<Path> chain)
      throws InvalidFactsException {
    String name = file.toString();
    String text = FactsLoader.read(file);
    Node tree = FactsLoader.tree(text, name, FactsLoader.Format.of(name, text));
    Entry extendsEntry = extendsEntry(tree);
    if (extendsEntry == null) {
      UncertainFacts facts =
          allowUncertain
              ? FactBinder.bindUncertain(tree, name)
              : new UncertainFacts(FactBinder.bind(tree, name), List.of());
      return new Chain(facts, origins(facts, name, null));
    }
    chain.add(file);
    Path parentFile = resolve(file, extendsEntry, chain);
    Chain parent = load(parentFile, allowUncertain, chain);
    Set<String> ids =
        parent.facts().base().sources().stream().map(Source::id).collect(Collectors.toSet());
    FactBinder.OwnFacts own = FactBinder.bindExtending(tree, name, allowUncertain, ids);
    return merge(parent, own, name);
  }

  private static Entry extendsEntry(Node tree) {
    if (!(tree instanceof MapNode map)) {
      return null;
    }
    for (Entry e : map.entries()) {
      if (e.key().text().equals("extends")) {
        return e;
      }
    }
    return null;
  }

  /** The extended file, checked: a relative path inside the extending file's directory. */
  private static Path resolve(Path file, Entry entry, List<Path> chain)
      throws InvalidFactsException {
    String name = file.toString();
    Node value = entry.value();
    if (!(value instanceof ScalarNode scalar)
        || scalar.plain() && PlainScalar.of(scalar.text()).typed()
        || scalar.text().isBlank()) {
      throw at(name, value, "expected the path of a fact file, got " + value.describe());
    }
    String written = scalar.text().strip();
    if (written.length() > MAX_PATH_CHARS || written.indexOf('\0') >= 0) {
      throw at(name, value, "not a usable file path");
    }
    Path relative;
    try {
      relative = Path.of(written);
    } catch (java.nio.file.InvalidPathException e) {
      throw at(name, value, "'" + written + "' is not a file path: " + e.getReason());
    }
    if (relative.isAbsolute() || written.startsWith("/") || written.startsWith("\\")) {
      throw at(
          name, value, "'" + written + "' is absolute; extends takes a path relative to this file");
    }
    Path dir = directoryOf(file);
    Path target = dir.resolve(relative).normalize();
    if (!target.startsWith(dir)) {
      throw at(
          name,
          value,
          "'"
              + written
              + "' leads outside this file's directory ("
              + dir
              + "); a fact file extends only files beside or below it");
    }
    if (!Files.exists(target)) {
      throw at(name, value, "no such file: " + file.resolveSibling(relative).normalize());
    }
    Path real = real(target);
    if (!real.startsWith(real(dir))) {
      throw at(
          name,
          value,
          "'"
              + written
              + "' is a symbolic link to "
              + real
              + ", outside this file's directory; a fact file extends only files beside or below"
              + " it");
    }
    if (!Files.isRegularFile(real)) {
      throw at(name, value, "'" + written + "' is not a regular file");
    }
    Path named = file.resolveSibling(relative).normalize();
    if (chain.stream().anyMatch(p -> real(p).equals(real))) {
      List<String> names = new ArrayList<>();
      chain.forEach(p -> names.add(p.toString()));
      names.add(named.toString());
      throw at(name, value, "extends makes a cycle: " + String.join(" → ", names));
    }
    if (chain.size() > MAX_DEPTH) {
      List<String> names = new ArrayList<>();
      chain.forEach(p -> names.add(p.toString()));
      names.add(named.toString());
      throw at(
          name,
          value,
          "extends goes more than " + MAX_DEPTH + " levels deep: " + String.join(" → ", names));
    }
    return named;
  }

  private static Path directoryOf(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null ? Path.of("/") : parent;
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  private static InvalidFactsException at(String file, Node node, String message) {
    return new InvalidFactsException(
        List.of(
            new FactError(
                file, node.position().line(), node.position().column(), "extends", message)));
  }

  /** The extending file's facts over the inherited ones, field by field. */
  private static Chain merge(Chain parent, FactBinder.OwnFacts own, String file) {
    Facts theirs = parent.facts().base();
    Facts ours = own.facts().base();
    Set<String> written = own.written();
    List<FactChange> changes = new ArrayList<>();
    SortedMap<String, String> estimates = new TreeMap<>();
    for (Field field : FactSchema.fields()) {
      String path = field.path();
      if (own(field)) {
        continue;
      }
      if (written.contains(path)) {
        Object value = field.get(ours);
        if (value != null && ours.isEstimate(path)) {
          estimates.put(path, ours.estimates().get(path));
        }
        changes.add(new FactChange(field, value));
      } else if (theirs.isEstimate(path)) {
        estimates.put(path, theirs.estimates().get(path));
      }
    }
    Facts merged = FactChange.applyAll(withRegionAndSources(theirs, ours), changes);
    merged = withCitationsAndEstimates(merged, theirs, ours, estimates);
    List<Uncertainty> uncertainties = new ArrayList<>(own.facts().uncertainties());
    for (Uncertainty u : parent.facts().uncertainties()) {
      if (!written.contains(u.field().path()) && !own(u.field())) {
        uncertainties.add(u);
      }
    }
    UncertainFacts facts = new UncertainFacts(merged, uncertainties);
    SortedMap<String, String> origins = new TreeMap<>(parent.origins());
    origins.keySet().removeIf(p -> own(FactSchema.field(p)) || written.contains(p));
    origins.putAll(origins(facts, file, written));
    return new Chain(facts, origins);
  }

  /** The inherited facts with the extending file's region and the merged sources. */
  private static Facts withRegionAndSources(Facts theirs, Facts ours) {
    Map<String, Source> byId = new LinkedHashMap<>();
    theirs.sources().forEach(s -> byId.put(s.id(), s));
    ours.sources().forEach(s -> byId.put(s.id(), s));
    return new Facts(
        ours.schema(),
        ours.region(),
        List.copyOf(byId.values()),
        theirs.knowledgeBase(),
        theirs.valorisation(),
        theirs.earlyFunding(),
        theirs.financingChain(),
        theirs.ecosystem(),
        theirs.clinicalResearch(),
        theirs.sectorPosition(),
        ours.outcomes());
  }

  /**
   * Whether a fact belongs to the file that writes it and is never inherited: the region, and the
   * outcome figures, which are totals of the region they were counted in (a province is not its
   * country's 376 companies).
   */
  private static boolean own(Field field) {
    return field.section().equals("region") || field.section().equals("outcomes");
  }

  /** Each section's citation: the extending file's where it gives one, else the inherited one. */
  private static Facts withCitationsAndEstimates(
      Facts merged, Facts theirs, Facts ours, SortedMap<String, String> estimates) {
    Map<String, Object> parts = new HashMap<>();
    for (Section section : FactSchema.sections()) {
      if (!section.citesSource()) {
        continue;
      }
      String cited = citation(ours, section);
      if (cited == null && !section.name().equals("outcomes")) {
        cited = citation(theirs, section);
      }
      Map<String, Object> values = new HashMap<>();
      for (Field f : section.fields()) {
        values.put(f.name(), f.get(merged));
      }
      values.put("source", cited);
      parts.put(section.name(), section.builder().apply(values));
    }
    return new Facts(
        merged.schema(),
        merged.region(),
        merged.sources(),
        (KnowledgeBase) parts.get("knowledgeBase"),
        (Valorisation) parts.get("valorisation"),
        (EarlyFunding) parts.get("earlyFunding"),
        (FinancingChain) parts.get("financingChain"),
        (Ecosystem) parts.get("ecosystem"),
        (ClinicalResearch) parts.get("clinicalResearch"),
        (SectorPosition) parts.get("sectorPosition"),
        (Outcomes) parts.get("outcomes"),
        estimates);
  }

  private static String citation(Facts facts, Section section) {
    Object part =
        switch (section.name()) {
          case "knowledgeBase" -> facts.knowledgeBase();
          case "valorisation" -> facts.valorisation();
          case "earlyFunding" -> facts.earlyFunding();
          case "financingChain" -> facts.financingChain();
          case "ecosystem" -> facts.ecosystem();
          case "clinicalResearch" -> facts.clinicalResearch();
          case "sectorPosition" -> facts.sectorPosition();
          case "outcomes" -> facts.outcomes();
          default -> null;
        };
    return part instanceof CitesSource cited ? cited.source() : null;
  }

  /** The known (or uncertain) facts of one file, each with that file's name. */
  private static SortedMap<String, String> origins(
      UncertainFacts facts, String file, Set<String> only) {
    SortedMap<String, String> origins = new TreeMap<>();
    for (Field field : FactSchema.fields()) {
      boolean known = field.get(facts.base()) != null;
      boolean uncertain =
          facts.uncertainties().stream().anyMatch(u -> u.field().path().equals(field.path()));
      if ((known || uncertain) && (only == null || only.contains(field.path()) || own(field))) {
        origins.put(field.path(), file);
      }
    }
    return origins;
  }
}
