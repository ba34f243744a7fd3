package nl.koploper.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.koploper.facts.FactSchema.Field;
import nl.koploper.facts.FactSchema.Section;
import nl.koploper.facts.ValueType.Choice;
import nl.koploper.facts.ValueType.Decimal;
import nl.koploper.facts.ValueType.Flag;
import nl.koploper.facts.ValueType.TextList;
import nl.koploper.facts.ValueType.Whole;

/**
 * One fact set to a new value, or made unknown: what {@code koploper what-if --set PATH=VALUE}
 * asks, and what a program that looks for changes (such as {@code explain}) builds.
 *
 * <p>The value is the Java value a loaded file would hold: the field's enum constant, a {@code
 * Boolean}, an {@code Integer} (a {@code Long} for {@code region.population}), a {@code Double}, or
 * a {@code List<String>}; null makes the fact unknown. Whole numbers of another boxed type and
 * decimals given as any {@code Number} are converted. Applying a change rebuilds its section
 * through the schema, so the same range checks hold as for a file.
 *
 * <p>A change may state its value as an estimate ({@code --set 'PATH={estimate: VALUE}'}); then the
 * changed facts mark the fact as an estimate, as a fact file's {@code {estimate: VALUE}} does. Any
 * other change makes the fact certain (or unknown).
 *
 * @param field the fact to change
 * @param value its new value, or null for unknown
 * @param estimate whether the new value is an estimate (never for unknown)
 * @param note why it is estimated, "" when not said
 */
public record FactChange(Field field, Object value, boolean estimate, String note) {

  public FactChange {
    Objects.requireNonNull(field, "field");
    whyNotSettable(field)
        .ifPresent(
            why -> {
              throw new IllegalArgumentException(field.path() + " cannot be changed: " + why);
            });
    value = value == null ? null : normalised(field, value);
    if (value == null && estimate) {
      throw new IllegalArgumentException(field.path() + ": an unknown value is not an estimate");
    }
    note = estimate ? Objects.requireNonNullElse(note, "") : "";
  }

  /** A change to a certain value (or to unknown, for null). */
  public FactChange(Field field, Object value) {
    this(field, value, false, "");
  }

  /** The change to a value that is an estimate, with why it is estimated ("" when not said). */
  public static FactChange estimate(Field field, Object value, String note) {
    return new FactChange(field, Objects.requireNonNull(value, "value"), true, note);
  }

  /**
   * The change of the fact at a path such as {@code earlyFunding.earlyRndSubsidies}.
   *
   * @throws IllegalArgumentException for an unknown path, a fact that cannot be changed, or a value
   *     of the wrong type or out of range
   */
  public static FactChange of(String path, Object value) {
    return new FactChange(FactSchema.field(path), value);
  }

  /** The change that makes a fact unknown. */
  public static FactChange unknown(Field field) {
    return new FactChange(field, null);
  }

  /**
   * Reads a {@code --set} argument, {@code PATH=VALUE}, checking VALUE as a fact file's value is
   * checked (YAML 1.2 scalar or flow list; {@code PATH=} with nothing after {@code =} makes the
   * fact unknown).
   *
   * @throws InvalidFactsException naming {@code --set PATH=VALUE}, with the allowed facts or values
   */
  public static FactChange parse(String assignment) throws InvalidFactsException {
    return SetArgument.parse(assignment);
  }

  /**
   * Reads several {@code --set} arguments, reporting every bad one rather than the first.
   *
   * @throws InvalidFactsException with one error per bad argument
   */
  public static List<FactChange> parseAll(List<String> assignments) throws InvalidFactsException {
    List<FactChange> changes = new ArrayList<>();
    List<FactError> errors = new ArrayList<>();
    for (String assignment : assignments) {
      try {
        changes.add(parse(assignment));
      } catch (InvalidFactsException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidFactsException(errors);
    }
    return List.copyOf(changes);
  }

  /** Why a fact cannot be changed (the region's identity), or empty when it can. */
  public static Optional<String> whyNotSettable(Field field) {
    if (field.path().equals("region.code") || field.path().equals("region.name")) {
      return Optional.of(
          "it names the region; a what-if changes facts about a region, not which region it is");
    }
    return Optional.empty();
  }

  /** The fact's path, such as {@code earlyFunding.earlyRndSubsidies}. */
  public String path() {
    return field.path();
  }

  /** The fact's value in {@code facts} before this change, or null when unknown. */
  public Object from(Facts facts) {
    return field.get(facts);
  }

  /** The facts with this change made; the given facts are unchanged. */
  public Facts apply(Facts facts) {
    return applyAll(facts, List.of(this));
  }

  /**
   * The facts with every change made, in order (a later change of the same fact wins). Each section
   * touched is rebuilt once.
   *
   * @throws IllegalArgumentException when a value is out of its field's range
   */
  public static Facts applyAll(Facts facts, List<FactChange> changes) {
    if (changes.isEmpty()) {
      return facts;
    }
    List<Section> sections = FactSchema.sections();
    Object[] parts = sectionsOf(facts);
    Map<Integer, Map<String, Object>> edited = new HashMap<>();
    for (FactChange change : changes) {
      int index = indexOf(sections, change.field().section());
      Section section = sections.get(index);
      Map<String, Object> values =
          edited.computeIfAbsent(index, i -> currentValues(section, facts, parts[i]));
      values.put(change.field().name(), change.value());
    }
    for (Map.Entry<Integer, Map<String, Object>> e : edited.entrySet()) {
      parts[e.getKey()] = sections.get(e.getKey()).builder().apply(e.getValue());
    }
    return withSections(facts, parts, estimates(facts, changes));
  }

  /** The estimates after the changes: a changed fact is an estimate only if its change says so. */
  private static java.util.SortedMap<String, String> estimates(
      Facts facts, List<FactChange> changes) {
    java.util.SortedMap<String, String> estimates = new java.util.TreeMap<>(facts.estimates());
    for (FactChange change : changes) {
      if (change.estimate()) {
        estimates.put(change.path(), change.note());
      } else {
        estimates.remove(change.path());
      }
    }
    return estimates;
  }

  /** {@code PATH=VALUE} as {@link #parse} reads it: one command-line argument after --set. */
  public String assignment() {
    return path()
        + "="
        + (estimate ? SetArgument.estimate(value, note) : SetArgument.render(value));
  }

  /**
   * {@code --set PATH=VALUE}, quoted for a POSIX shell where needed: paste it after {@code koploper
   * what-if FACTS} to make this change.
   */
  public String toArgument() {
    return "--set " + SetArgument.shellQuoted(assignment());
  }

  /**
   * A fact value in the notation of a fact file and of {@code --set}: enum names, {@code
   * true}/{@code false}, plain decimal numbers, flow lists ({@code [Janssen, MSD]}) with names
   * quoted where YAML would read them otherwise; the empty string for unknown.
   */
  public static String notation(Object value) {
    return SetArgument.render(value);
  }

  @Override
  public String toString() {
    return toArgument();
  }

  private static Map<String, Object> currentValues(Section section, Facts facts, Object part) {
    Map<String, Object> values = new HashMap<>();
    for (Field f : section.fields()) {
      values.put(f.name(), f.get(facts));
    }
    if (part instanceof CitesSource cited) {
      values.put("source", cited.source());
    }
    return values;
  }

  private static int indexOf(List<Section> sections, String name) {
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("no section " + name);
  }

  /** The sections of facts in schema order (the order of {@link FactSchema#sections()}). */
  private static Object[] sectionsOf(Facts f) {
    return new Object[] {
      f.region(),
      f.knowledgeBase(),
      f.valorisation(),
      f.earlyFunding(),
      f.financingChain(),
      f.ecosystem(),
      f.clinicalResearch(),
      f.sectorPosition(),
      f.outcomes()
    };
  }

  private static Facts withSections(
      Facts f, Object[] p, java.util.SortedMap<String, String> estimates) {
    return new Facts(
        f.schema(),
        (Region) p[0],
        f.sources(),
        (KnowledgeBase) p[1],
        (Valorisation) p[2],
        (EarlyFunding) p[3],
        (FinancingChain) p[4],
        (Ecosystem) p[5],
        (ClinicalResearch) p[6],
        (SectorPosition) p[7],
        (Outcomes) p[8],
        estimates);
  }

  /** The value as the loader would hold it, or an exception naming the fact and what it accepts. */
  static Object normalised(Field field, Object value) {
    ValueType type = field.type();
    String path = field.path();
    if (type instanceof Choice choice && choice.type().isInstance(value)) {
      return value;
    } else if (type instanceof Flag && value instanceof Boolean) {
      return value;
    } else if (type instanceof Whole whole && isWhole(value)) {
      long v = ((Number) value).longValue();
      if (v < whole.min() || v > whole.max()) {
        throw new IllegalArgumentException(
            path + ": " + v + " is out of range; expected " + type.expected());
      }
      return whole.wide() ? (Object) v : (Object) (int) v;
    } else if (type instanceof Decimal decimal && value instanceof Number n) {
      double v = n.doubleValue();
      if (!Double.isFinite(v) || v < decimal.min() || v > decimal.max()) {
        throw new IllegalArgumentException(
            path + ": " + v + " is out of range; expected " + type.expected());
      }
      return v == 0 ? 0.0 : v;
    } else if (type instanceof TextList list && value instanceof List<?> items) {
      return names(path, list, items);
    }
    throw new IllegalArgumentException(
        path
            + ": expected "
            + type.expected()
            + ", got "
            + value
            + " ("
            + value.getClass().getSimpleName()
            + ")");
  }

  private static boolean isWhole(Object value) {
    return value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte;
  }

  private static List<String> names(String path, TextList type, List<?> items) {
    if (items.size() > type.maxItems()) {
      throw new IllegalArgumentException(path + ": more than " + type.maxItems() + " names");
    }
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Object item : items) {
      if (!(item instanceof String s) || s.isBlank() || s.length() > type.maxLength()) {
        throw new IllegalArgumentException(
            path + ": expected non-empty names of at most " + type.maxLength() + " characters");
      }
      String name = s.strip();
      if (name.chars()
          .anyMatch(c -> c != '\t' && c != '\n' && (c < 0x20 || c >= 0x7F && c <= 0x9F))) {
        throw new IllegalArgumentException(path + ": a control character in '" + name + "'");
      }
      if (!seen.add(name)) {
        throw new IllegalArgumentException(path + ": '" + name + "' is listed twice");
      }
      names.add(name);
    }
    return List.copyOf(names);
  }
}
