package nl.koploper.api;

import java.util.List;

/**
 * How an assessment was narrowed to what some actors can act on ({@code --actor}).
 *
 * @param actors the actors asked for
 * @param leftOut the codes of the recommendations left out, in their original rank order
 */
public record ActorFilter(List<Actor> actors, List<String> leftOut) {
  public ActorFilter {
    actors = List.copyOf(actors);
    leftOut = List.copyOf(leftOut);
    if (actors.isEmpty()) {
      throw new IllegalArgumentException("an actor filter names at least one actor");
    }
  }
}
