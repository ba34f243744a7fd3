package nl.koploper.facts;

import java.util.List;

/**
 * Lesson 5, ecosystem: anchor firms, the European Medicines Agency, emerging firms. Every value is
 * null when unknown; an empty {@code anchorFirms} list means "known: none".
 *
 * @param anchorFirms large companies present in the region
 * @param anchorFirmProgramme whether a programme anchors them in the ecosystem
 * @param emaHosted whether the region hosts the European Medicines Agency
 * @param emaLeveraged whether policy makes use of hosting the agency
 * @param emergingFirmProgramme whether a programme stimulates emerging biotech firms
 * @param source id of the cited source
 */
public record Ecosystem(
    List<String> anchorFirms,
    Boolean anchorFirmProgramme,
    Boolean emaHosted,
    Boolean emaLeveraged,
    Boolean emergingFirmProgramme,
    String source)
    implements CitesSource {
  static final Ecosystem UNKNOWN = new Ecosystem(null, null, null, null, null, null);

  /**
   * Copies the list of anchor firms.
   *
   * @param anchorFirms large companies present in the region
   * @param anchorFirmProgramme whether a programme anchors them in the ecosystem
   * @param emaHosted whether the region hosts the European Medicines Agency
   * @param emaLeveraged whether policy makes use of hosting the agency
   * @param emergingFirmProgramme whether a programme stimulates emerging biotech firms
   * @param source id of the cited source
   */
  public Ecosystem {
    anchorFirms = anchorFirms == null ? null : List.copyOf(anchorFirms);
  }
}
