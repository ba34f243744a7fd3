package nl.koploper.api;

import java.util.Objects;

/**
 * Who can act on a recommendation: one of the fixed vocabulary {@code eu}, {@code national}, {@code
 * regional}, {@code rom} (regional development agency), {@code institutions} (universities, UMCs,
 * TTOs) and {@code sector} (companies, their association), with its name in the language of the
 * result.
 *
 * @param code the stable code, as in the JSON and in {@code --actor}
 * @param name its name in the result's language
 */
public record Actor(String code, String name) {
  public Actor {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(name, "name must not be null");
  }
}
