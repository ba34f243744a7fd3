package nl.koploper.facts;

/**
 * Lesson 7, position of the sector: success stories, told by sector and government together. Every
 * value is null when unknown.
 *
 * @param successStoryVisibility how visible the sector's success stories are
 * @param jointCommunication whether sector and government share a communication agenda
 * @param source id of the cited source
 */
public record SectorPosition(
    Amount successStoryVisibility, Boolean jointCommunication, String source)
    implements CitesSource {
  static final SectorPosition UNKNOWN = new SectorPosition(null, null, null);
}
