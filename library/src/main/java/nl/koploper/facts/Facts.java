package nl.koploper.facts;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything known about one region: the input of an assessment. Sections are never null; a section
 * that the file leaves out has every value unknown (null). Unknown is not "no": rules never fire on
 * an unknown value.
 *
 * <p>Read a file with {@link FactsLoader}; look a value up by its path with {@link #value(String)}.
 *
 * <p>A value written as {@code {estimate: VALUE, note: "why"}} is assessed as VALUE and recorded in
 * {@link #estimates()}: everything derived from it can say that it rests on an estimate.
 *
 * @param estimates the fact paths whose values are estimates, each with its note ("" when the file
 *     gives none), sorted by path; empty when nothing is an estimate
 */
public record Facts(
    String schema,
    Region region,
    List<Source> sources,
    KnowledgeBase knowledgeBase,
    Valorisation valorisation,
    EarlyFunding earlyFunding,
    FinancingChain financingChain,
    Ecosystem ecosystem,
    ClinicalResearch clinicalResearch,
    SectorPosition sectorPosition,
    Outcomes outcomes,
    SortedMap<String, String> estimates) {

  /** The only schema version this release reads. */
  public static final String SCHEMA = "koploper/facts/v1";

  public Facts {
    Objects.requireNonNull(region, "region");
    schema = schema == null ? SCHEMA : schema;
    sources = sources == null ? List.of() : List.copyOf(sources);
    knowledgeBase = Objects.requireNonNullElse(knowledgeBase, KnowledgeBase.UNKNOWN);
    valorisation = Objects.requireNonNullElse(valorisation, Valorisation.UNKNOWN);
    earlyFunding = Objects.requireNonNullElse(earlyFunding, EarlyFunding.UNKNOWN);
    financingChain = Objects.requireNonNullElse(financingChain, FinancingChain.UNKNOWN);
    ecosystem = Objects.requireNonNullElse(ecosystem, Ecosystem.UNKNOWN);
    clinicalResearch = Objects.requireNonNullElse(clinicalResearch, ClinicalResearch.UNKNOWN);
    sectorPosition = Objects.requireNonNullElse(sectorPosition, SectorPosition.UNKNOWN);
    outcomes = Objects.requireNonNullElse(outcomes, Outcomes.UNKNOWN);
    estimates = estimatesOf(estimates);
  }

  /** Facts in which no value is an estimate. */
  public Facts(
      String schema,
      Region region,
      List<Source> sources,
      KnowledgeBase knowledgeBase,
      Valorisation valorisation,
      EarlyFunding earlyFunding,
      FinancingChain financingChain,
      Ecosystem ecosystem,
      ClinicalResearch clinicalResearch,
      SectorPosition sectorPosition,
      Outcomes outcomes) {
    this(
        schema,
        region,
        sources,
        knowledgeBase,
        valorisation,
        earlyFunding,
        financingChain,
        ecosystem,
        clinicalResearch,
        sectorPosition,
        outcomes,
        null);
  }

  private static SortedMap<String, String> estimatesOf(Map<String, String> estimates) {
    if (estimates == null || estimates.isEmpty()) {
      return Collections.emptySortedMap();
    }
    SortedMap<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> e : estimates.entrySet()) {
      FactSchema.Field field = FactSchema.field(e.getKey());
      if (FactChange.whyNotSettable(field).isPresent()) {
        throw new IllegalArgumentException(
            field.path() + " names the region and cannot be an estimate");
      }
      copy.put(field.path(), Objects.requireNonNullElse(e.getValue(), ""));
    }
    return Collections.unmodifiableSortedMap(copy);
  }

  /**
   * Whether the value at a fact path is an estimate ({@code {estimate: …}} in its file). An unknown
   * value is no estimate.
   *
   * @throws IllegalArgumentException when the path is not a fact of the schema
   */
  public boolean isEstimate(String path) {
    return estimates.containsKey(path) && value(path).isPresent();
  }

  /**
   * The value at a fact path such as {@code earlyFunding.earlyRndSubsidies}, empty when unknown.
   *
   * @throws IllegalArgumentException when the path is not a fact of the schema
   */
  public Optional<Object> value(String path) {
    return Optional.ofNullable(FactSchema.field(path).get(this));
  }
}
