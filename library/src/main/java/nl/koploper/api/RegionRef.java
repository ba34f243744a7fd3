package nl.koploper.api;

import java.util.Objects;

/**
 * A region named in a result.
 *
 * @param code its code, such as {@code NL}
 * @param name its name, such as {@code Nederland}
 */
public record RegionRef(String code, String name) {
  /**
   * Checks that code and name are given.
   *
   * @param code its code, such as {@code NL}
   * @param name its name, such as {@code Nederland}
   */
  public RegionRef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
