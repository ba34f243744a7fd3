package nl.koploper.facts;

/**
 * Lesson 1, knowledge base: physical collaboration of technical universities and academic medical
 * centres. Every value is null when unknown.
 *
 * @param techMedicalCollaboration how structural or co-located that collaboration is
 * @param jointInstitutes number of joint (VIB-like) institutes
 * @param source id of the cited source
 */
public record KnowledgeBase(
    Collaboration techMedicalCollaboration, Integer jointInstitutes, String source)
    implements CitesSource {
  static final KnowledgeBase UNKNOWN = new KnowledgeBase(null, null, null);

  /**
   * Checks the known values against the schema's ranges, as the loader does.
   *
   * @param techMedicalCollaboration how structural or co-located that collaboration is
   * @param jointInstitutes number of joint (VIB-like) institutes
   * @param source id of the cited source
   */
  public KnowledgeBase {
    FactSchema.check("knowledgeBase", "jointInstitutes", jointInstitutes);
  }
}
