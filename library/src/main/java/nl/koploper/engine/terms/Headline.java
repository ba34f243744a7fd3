package nl.koploper.engine.terms;

import java.util.List;

/**
 * A headline outcome figure the result shows, region against benchmark, before the recommendations:
 * the rules choose which derived {@link Figure}s are headlines and in what order.
 *
 * @param order its place in the table, 1 first
 * @param figure the name of the {@link Figure}, also the catalogue key of its title ({@code
 *     outcome.<figure>}) and unit ({@code unit.<figure>})
 * @param facts the input facts it is derived from
 */
public record Headline(int order, String figure, List<String> facts) {
  public Headline {
    facts = List.copyOf(facts);
  }

  public static Headline of(int order, String figure, String... facts) {
    return new Headline(order, figure, List.of(facts));
  }
}
