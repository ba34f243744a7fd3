package nl.koploper.facts;

/**
 * A section that may name the entry of {@code sources} it rests on. Lets a section be rebuilt with
 * one value changed while keeping its citation.
 */
interface CitesSource {
  /** The id of the cited source, or null. */
  String source();
}
