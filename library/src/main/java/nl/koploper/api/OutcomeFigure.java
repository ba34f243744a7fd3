package nl.koploper.api;

import java.util.List;
import java.util.Objects;

/**
 * One of the report's headline figures, the region's against the benchmark's: the output that the
 * report says Flanders' decades of choices were focused on.
 *
 * @param figure its stable name, such as {@code privateRndEurPerInhabitant}
 * @param title what it measures, in the result's language
 * @param value the region's figure, or null where unknown
 * @param benchmark the benchmark's figure, or null without a benchmark or where unknown
 * @param ratio {@code value / benchmark}, or null where either is unknown or the benchmark's is 0
 * @param unit its unit in the result's language; {@code share} figures are fractions 0–1
 * @param facts the input facts it is derived from
 */
public record OutcomeFigure(
    String figure,
    String title,
    Double value,
    Double benchmark,
    Double ratio,
    String unit,
    List<String> facts) {
  public OutcomeFigure {
    Objects.requireNonNull(figure, "figure must not be null");
    facts = List.copyOf(facts);
  }

  /** Whether the figure is a fraction 0–1, shown as a percentage. */
  public boolean isShare() {
    return figure.startsWith("share");
  }
}
