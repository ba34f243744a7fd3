package nl.koploper.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.koploper.facts.ValueType.Choice;
import nl.koploper.facts.ValueType.Decimal;
import nl.koploper.facts.ValueType.Flag;
import nl.koploper.facts.ValueType.Text;
import nl.koploper.facts.ValueType.TextList;
import nl.koploper.facts.ValueType.Whole;

/**
 * The fact schema {@code koploper/facts/v1} as data: every section and field with its type, its
 * lesson and how to read it from {@link Facts}. The loader validates against it, data gaps are
 * listed from it, and fact paths ({@code earlyFunding.earlyRndSubsidies}) are resolved by it.
 */
public final class FactSchema {

  /**
   * One fact.
   *
   * @param section the section key, such as {@code earlyFunding}
   * @param name the field key, such as {@code earlyRndSubsidies}
   * @param lesson the lesson (1–7) it informs, or 0 for the region and outcome figures
   * @param type what values it accepts
   * @param getter reads it from facts; null means unknown
   */
  public record Field(
      String section, String name, int lesson, ValueType type, Function<Facts, Object> getter) {
    /**
     * The fact's path, such as {@code earlyFunding.earlyRndSubsidies}.
     *
     * @return the path
     */
    public String path() {
      return section + "." + name;
    }

    /**
     * The fact's value in some facts.
     *
     * @param facts the facts
     * @return the value, or null when unknown
     */
    public Object get(Facts facts) {
      return getter.apply(facts);
    }

    /**
     * The facts with this fact set to {@code value} (null: unknown); see {@link FactChange}.
     *
     * @param facts the facts to change
     * @param value the new value, or null for unknown
     * @return the changed facts
     * @throws IllegalArgumentException for a value of the wrong type or out of range, or a fact
     *     that cannot be changed (the region's code and name)
     */
    public Facts with(Facts facts, Object value) {
      return new FactChange(this, value).apply(facts);
    }
  }

  /**
   * One section of a fact file.
   *
   * @param name its key
   * @param lesson the lesson (1–7) it describes, or 0
   * @param fields its facts, in schema order
   * @param citesSource whether it may carry {@code source: <id>}
   * @param builder builds the section from field values by name (absent = unknown)
   */
  record Section(
      String name,
      int lesson,
      List<Field> fields,
      boolean citesSource,
      Function<Map<String, Object>, Object> builder) {
    Field field(String key) {
      for (Field f : fields) {
        if (f.name().equals(key)) {
          return f;
        }
      }
      return null;
    }

    List<String> keys() {
      List<String> keys = new ArrayList<>(fields.stream().map(Field::name).toList());
      if (citesSource) {
        keys.add("source");
      }
      return keys;
    }
  }

  static final Text SOURCE_ID =
      new Text(64, Pattern.compile("[a-z0-9][a-z0-9-]*"), "a lower-case id (a-z, 0-9, -)");
  static final Text NAME = new Text(200, null, null);
  static final Text LONG_TEXT = new Text(2000, null, null);

  /** Field types by path, declared first so that section records can check values early. */
  private static final Map<String, ValueType> TYPES =
      Map.ofEntries(
          Map.entry(
              "region.code",
              new Text(16, Pattern.compile("[A-Z0-9-]{2,16}"), "2 to 16 characters A-Z, 0-9 or -")),
          Map.entry("region.population", new Whole(1, 10_000_000_000L, true)),
          Map.entry("region.year", new Whole(1900, 2100, false)),
          Map.entry("knowledgeBase.jointInstitutes", new Whole(0, 1_000, false)),
          Map.entry("valorisation.ttoStaffFtePer1000Researchers", new Decimal(0, 1_000)),
          Map.entry("valorisation.spinOffsPerYear", new Whole(0, 100_000, false)),
          Map.entry("valorisation.guaranteedFundingYears", new Whole(0, 100, false)),
          Map.entry("earlyFunding.policyContinuityYears", new Whole(0, 200, false)),
          Map.entry("clinicalResearch.medianApprovalDays", new Whole(0, 3_650, false)),
          Map.entry("clinicalResearch.trialsPerMillion", new Decimal(0, 100_000)),
          Map.entry("outcomes.privateRndEur", new Decimal(0, 1e13)),
          Map.entry("outcomes.biotechCompanies", new Whole(0, 1_000_000, false)),
          Map.entry("outcomes.marketCapitalisationEur", new Decimal(0, 1e14)),
          Map.entry("outcomes.shareCompaniesOver50Employees", new Decimal(0, 1)));

  private static final List<Section> SECTIONS = new ArrayList<>();
  private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

  static {
    section(
        "region",
        0,
        false,
        v ->
            new Region(
                (String) v.get("code"), (String) v.get("name"),
                (Long) v.get("population"), (Integer) v.get("year")),
        f("code", null, x -> x.region().code()),
        f("name", NAME, x -> x.region().name()),
        f("population", null, x -> x.region().population()),
        f("year", null, x -> x.region().year()));
    section(
        "knowledgeBase",
        1,
        true,
        v ->
            new KnowledgeBase(
                (Collaboration) v.get("techMedicalCollaboration"),
                (Integer) v.get("jointInstitutes"),
                (String) v.get("source")),
        f(
            "techMedicalCollaboration",
            new Choice(Collaboration.class),
            x -> x.knowledgeBase().techMedicalCollaboration()),
        f("jointInstitutes", null, x -> x.knowledgeBase().jointInstitutes()));
    section(
        "valorisation",
        2,
        true,
        v ->
            new Valorisation(
                (TtoFunding) v.get("ttoFunding"),
                (Double) v.get("ttoStaffFtePer1000Researchers"),
                (Integer) v.get("spinOffsPerYear"),
                (Integer) v.get("guaranteedFundingYears"),
                (String) v.get("source")),
        f("ttoFunding", new Choice(TtoFunding.class), x -> x.valorisation().ttoFunding()),
        f(
            "ttoStaffFtePer1000Researchers",
            null,
            x -> x.valorisation().ttoStaffFtePer1000Researchers()),
        f("spinOffsPerYear", null, x -> x.valorisation().spinOffsPerYear()),
        f("guaranteedFundingYears", null, x -> x.valorisation().guaranteedFundingYears()));
    section(
        "earlyFunding",
        3,
        true,
        v ->
            new EarlyFunding(
                (Availability) v.get("earlyRndSubsidies"), (Boolean) v.get("industryPhdMandates"),
                (Integer) v.get("policyContinuityYears"), (String) v.get("source")),
        f(
            "earlyRndSubsidies",
            new Choice(Availability.class),
            x -> x.earlyFunding().earlyRndSubsidies()),
        f("industryPhdMandates", new Flag(), x -> x.earlyFunding().industryPhdMandates()),
        f("policyContinuityYears", null, x -> x.earlyFunding().policyContinuityYears()));
    section(
        "financingChain",
        4,
        true,
        v ->
            new FinancingChain(
                (Amount) v.get("latePrivateCapital"), (Amount) v.get("patientPublicCapital"),
                (Coordination) v.get("regionalFundCoordination"), (String) v.get("source")),
        f(
            "latePrivateCapital",
            new Choice(Amount.class),
            x -> x.financingChain().latePrivateCapital()),
        f(
            "patientPublicCapital",
            new Choice(Amount.class),
            x -> x.financingChain().patientPublicCapital()),
        f(
            "regionalFundCoordination",
            new Choice(Coordination.class),
            x -> x.financingChain().regionalFundCoordination()));
    section(
        "ecosystem",
        5,
        true,
        v ->
            new Ecosystem(
                castList(v.get("anchorFirms")),
                (Boolean) v.get("anchorFirmProgramme"),
                (Boolean) v.get("emaHosted"),
                (Boolean) v.get("emaLeveraged"),
                (Boolean) v.get("emergingFirmProgramme"),
                (String) v.get("source")),
        f("anchorFirms", new TextList(100, 200), x -> x.ecosystem().anchorFirms()),
        f("anchorFirmProgramme", new Flag(), x -> x.ecosystem().anchorFirmProgramme()),
        f("emaHosted", new Flag(), x -> x.ecosystem().emaHosted()),
        f("emaLeveraged", new Flag(), x -> x.ecosystem().emaLeveraged()),
        f("emergingFirmProgramme", new Flag(), x -> x.ecosystem().emergingFirmProgramme()));
    section(
        "clinicalResearch",
        6,
        true,
        v ->
            new ClinicalResearch(
                (Readiness) v.get("atmpFramework"),
                (Boolean) v.get("generalRulesStreamlined"),
                (Integer) v.get("medianApprovalDays"),
                (Double) v.get("trialsPerMillion"),
                (String) v.get("source")),
        f("atmpFramework", new Choice(Readiness.class), x -> x.clinicalResearch().atmpFramework()),
        f(
            "generalRulesStreamlined",
            new Flag(),
            x -> x.clinicalResearch().generalRulesStreamlined()),
        f("medianApprovalDays", null, x -> x.clinicalResearch().medianApprovalDays()),
        f("trialsPerMillion", null, x -> x.clinicalResearch().trialsPerMillion()));
    section(
        "sectorPosition",
        7,
        true,
        v ->
            new SectorPosition(
                (Amount) v.get("successStoryVisibility"),
                (Boolean) v.get("jointCommunication"),
                (String) v.get("source")),
        f(
            "successStoryVisibility",
            new Choice(Amount.class),
            x -> x.sectorPosition().successStoryVisibility()),
        f("jointCommunication", new Flag(), x -> x.sectorPosition().jointCommunication()));
    section(
        "outcomes",
        0,
        true,
        v ->
            new Outcomes(
                (Double) v.get("privateRndEur"),
                (Integer) v.get("biotechCompanies"),
                (Double) v.get("marketCapitalisationEur"),
                (Double) v.get("shareCompaniesOver50Employees"),
                (String) v.get("source")),
        f("privateRndEur", null, x -> x.outcomes().privateRndEur()),
        f("biotechCompanies", null, x -> x.outcomes().biotechCompanies()),
        f("marketCapitalisationEur", null, x -> x.outcomes().marketCapitalisationEur()),
        f(
            "shareCompaniesOver50Employees",
            null,
            x -> x.outcomes().shareCompaniesOver50Employees()));
  }

  private FactSchema() {}

  /**
   * Every fact of the schema, in schema order (region first, outcomes last).
   *
   * @return the fields
   */
  public static List<Field> fields() {
    return List.copyOf(FIELDS.values());
  }

  /**
   * The field at a path such as {@code earlyFunding.earlyRndSubsidies}.
   *
   * @param path the fact's path
   * @return the field
   * @throws IllegalArgumentException naming the closest path when there is no such fact
   */
  public static Field field(String path) {
    Field field = FIELDS.get(path);
    if (field == null) {
      String hint =
          Suggestions.closest(path, FIELDS.keySet())
              .map(s -> "; did you mean '" + s + "'?")
              .orElse("");
      throw new IllegalArgumentException("'" + path + "' is not a fact of the schema" + hint);
    }
    return field;
  }

  /**
   * Checks a section's values as the loader checks a file: numbers finite and in range, text within
   * its pattern. Called by the section records, so facts built in code hold up too.
   *
   * @param section the section key
   * @param namesAndValues field name, value, field name, value …; null values are unknown
   * @throws IllegalArgumentException naming the first fact that is out of range
   */
  static void check(String section, Object... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      if (value == null) {
        continue;
      }
      String path = section + "." + namesAndValues[i];
      ValueType type = typeOf(path);
      boolean ok = true;
      if (type instanceof Whole whole && value instanceof Number n) {
        ok = n.longValue() >= whole.min() && n.longValue() <= whole.max();
      } else if (type instanceof Decimal decimal && value instanceof Number n) {
        double d = n.doubleValue();
        ok = Double.isFinite(d) && d >= decimal.min() && d <= decimal.max();
      } else if (type instanceof Text text && text.pattern() != null) {
        ok = text.pattern().matcher(value.toString()).matches();
      }
      if (!ok) {
        throw new IllegalArgumentException(
            path + ": " + value + " is out of range; expected " + type.expected());
      }
    }
  }

  /** The type of a field, readable while the schema is still being built. */
  private static ValueType typeOf(String path) {
    return TYPES.get(path);
  }

  static List<Section> sections() {
    return SECTIONS;
  }

  static Section section(String name) {
    for (Section s : SECTIONS) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }

  private static Whole count(long max) {
    return new Whole(0, max, false);
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object o) {
    return (List<String>) o;
  }

  private record Partial(String name, ValueType type, Function<Facts, Object> getter) {}

  private static Partial f(String name, ValueType type, Function<Facts, Object> getter) {
    return new Partial(name, type, getter);
  }

  private static void section(
      String name,
      int lesson,
      boolean citesSource,
      Function<Map<String, Object>, Object> builder,
      Partial... partials) {
    List<Field> fields = new ArrayList<>();
    for (Partial p : partials) {
      // Ranges are declared once, in TYPES, which section records check their values against.
      ValueType type = p.type() != null ? p.type() : TYPES.get(name + "." + p.name());
      Field field = new Field(name, p.name(), lesson, type, p.getter());
      fields.add(field);
      FIELDS.put(field.path(), field);
    }
    SECTIONS.add(new Section(name, lesson, List.copyOf(fields), citesSource, builder));
  }
}
