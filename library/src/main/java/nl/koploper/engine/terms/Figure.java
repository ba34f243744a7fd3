package nl.koploper.engine.terms;

/**
 * A figure derived from the input, such as private R&amp;D per inhabitant.
 *
 * @param name its name, also the catalogue key of its unit ({@code unit.<name>})
 * @param value the figure
 * @param fact the input fact it is derived from
 */
public record Figure(String name, double value, String fact) {}
