package nl.koploper.engine.terms;

/**
 * The scores at which a recommendation becomes CRITICAL, HIGH or MEDIUM (below: LOW). The rules
 * insert exactly one.
 *
 * @param critical lowest CRITICAL score
 * @param high lowest HIGH score
 * @param medium lowest MEDIUM score
 */
public record PriorityCutoffs(double critical, double high, double medium) {
  public PriorityCutoffs {
    if (!(critical > high && high > medium && medium > 0)) {
      throw new IllegalArgumentException("cut-offs must fall: critical > high > medium > 0");
    }
  }
}
