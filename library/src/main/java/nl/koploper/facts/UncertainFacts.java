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
  /**
   * Checks that each fact is uncertain once, and copies the list.
   *
   * @param base the certain facts; every uncertain fact is unknown here
   * @param uncertainties the uncertain facts, in file order, each fact at most once
   */
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

  /**
   * Whether nothing is uncertain: then every sample is {@link #base}.
   *
   * @return whether no value is uncertain
   */
  public boolean certain() {
    return uncertainties.isEmpty();
  }

  /**
   * One possible region: the base facts with a value drawn for every uncertain fact, in order.
   * Cheap enough to call for every one of thousands of samples.
   *
   * @param random the source of randomness; the same seed gives the same samples
   * @return the certain facts with one drawn value for each uncertain one
   */
  public Facts sample(SplittableRandom random) {
    List<FactChange> drawn = new ArrayList<>(uncertainties.size());
    for (Uncertainty u : uncertainties) {
      drawn.add(new FactChange(u.field(), u.draw(random)));
    }
    return FactChange.applyAll(base, drawn);
  }
}
