package nl.koploper.facts;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A fact file as {@link FactsLoader#loadWithOrigins} reads it: its facts (uncertain values
 * included) and, for every known or uncertain fact, the file it was written in, which differs from
 * the file named when that file {@code extends} another.
 *
 * @param facts the facts, with what is uncertain
 * @param origins fact path to the name of the file that wrote its value, sorted by path
 */
public record LoadedFacts(UncertainFacts facts, SortedMap<String, String> origins) {
  public LoadedFacts {
    Objects.requireNonNull(facts, "facts");
    origins = Collections.unmodifiableSortedMap(new TreeMap<>(origins));
  }
}
