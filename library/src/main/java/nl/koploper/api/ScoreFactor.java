package nl.koploper.api;

/**
 * One term of a recommendation's score.
 *
 * @param factor what kind of factor ({@code gap}, {@code valley-of-death} …)
 * @param points points it adds (negative: takes off)
 * @param why one sentence, in the result's language
 */
public record ScoreFactor(String factor, double points, String why) {}
