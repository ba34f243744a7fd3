package nl.koploper.policytest;

import java.util.List;
import java.util.Objects;
import nl.koploper.facts.Facts;

/**
 * One case of a policy test file: a region (and maybe a benchmark) and what the rules must make of
 * it.
 *
 * @param file the test file as shown to the user
 * @param line the line where the case starts
 * @param name the case's name, a statement about the policy
 * @param facts the region
 * @param benchmark the benchmark region, or null
 * @param expectations what must hold, at least one
 */
public record PolicyCase(
    String file,
    int line,
    String name,
    Facts facts,
    Facts benchmark,
    List<Expectation> expectations) {
  public PolicyCase {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(facts, "facts");
    expectations = List.copyOf(expectations);
    if (expectations.isEmpty()) {
      throw new IllegalArgumentException("a case without expectations cannot fail: " + name);
    }
  }
}
