package nl.koploper.api;

/**
 * Which rules produced a result.
 *
 * @param source {@code bundled}, or the rule directory
 * @param sha256 hash of every rule and text file, by name
 * @param rules the number of rules
 */
public record RuleSetInfo(String source, String sha256, int rules) {}
