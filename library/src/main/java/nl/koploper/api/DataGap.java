package nl.koploper.api;

/**
 * A fact the region's file leaves unknown; no rule fires on it.
 *
 * @param lesson the lesson it informs (1–7), or null for region and outcome figures
 * @param fact the fact path
 */
public record DataGap(Integer lesson, String fact) {}
