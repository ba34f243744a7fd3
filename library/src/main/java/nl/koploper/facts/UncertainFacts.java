package nl.koploper.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A fact file that gives some values as uncertain ({@link FactsLoader#loadUncertain}): the facts it
 * states for certain, and what is uncertain. {@link #sample} draws one possible region; the same
 * sequence of random numbers gives the same samples.
 *
 * @param base the certain facts; every uncertain fact is unknown here
 * @param uncertainties the uncertain facts, in file order, each fact at most once
 */
public record UncertainFacts(Facts base, List<Uncertainty> uncertainties) {
  public UncertainFacts {
    Objects.requireNonNull(base, "base");
    uncertainties = List.copyOf(uncertainties);
    Set<String> seen = new HashSet<>();
    for (Uncertainty u : uncertainties) {
      if (!seen.add(u.field().path())) {
        throw new IllegalArgumentException(u.field().path() + " is uncertain twice");
      }
      if (u.field().get(base) != null) {
        throw new IllegalArgumentException(
            u.field().path() + " is uncertain, so it must be unknown in the base facts");
      }
    }
  }

  /** The largest relative range {@link #varyingEstimates} takes: ±100 %. */
  public static final double MAX_RELATIVE_RANGE = 1.0;

  /**
   * These facts with every estimate of the base facts made uncertain by one step of its scale: an
   * enum its neighbours and itself, a boolean both values, a number ± {@code relative} of itself
   * (whole numbers widened to whole bounds), kept within the field's range. An estimate with no
   * step (a list of names, a number of zero) stays as it is. Facts already uncertain are kept.
   *
   * @param relative the relative range for numbers, above 0 and at most {@link #MAX_RELATIVE_RANGE}
   *     (0.25 for ±25 %)
   * @throws IllegalArgumentException for a relative range outside that
   */
  public UncertainFacts varyingEstimates(double relative) {
    if (!(relative > 0 && relative <= MAX_RELATIVE_RANGE)) {
      throw new IllegalArgumentException(
          "the relative range of estimates must be above 0 and at most "
              + MAX_RELATIVE_RANGE
              + ", not "
              + relative);
    }
    List<Uncertainty> all = new ArrayList<>(uncertainties);
    List<FactChange> unknown = new ArrayList<>();
    for (String path : base.estimates().keySet()) {
      FactSchema.Field field = FactSchema.field(path);
      Object value = field.get(base);
      if (value == null) {
        continue;
      }
      EstimateVariation.of(field, value, relative)
          .ifPresent(
              u -> {
                all.add(u);
                unknown.add(FactChange.unknown(field));
              });
    }
    return new UncertainFacts(FactChange.applyAll(base, unknown), all);
  }

  /** Whether nothing is uncertain: then every sample is {@link #base}. */
  public boolean certain() {
    return uncertainties.isEmpty();
  }

  /**
   * One possible region: the base facts with a value drawn for every uncertain fact, in order.
   * Cheap enough to call for every one of thousands of samples.
   */
  public Facts sample(SplittableRandom random) {
    List<FactChange> drawn = new ArrayList<>(uncertainties.size());
    for (Uncertainty u : uncertainties) {
      drawn.add(new FactChange(u.field(), u.draw(random)));
    }
    return FactChange.applyAll(base, drawn);
  }
}
