package nl.koploper.engine.compile;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The classes Drools' executable model generated from a rule set, not yet defined anywhere: the
 * safety check reads these bytes, and exactly these bytes are then defined ({@link
 * CheckedClassLoader}).
 *
 * @param modelClass the binary name of the project model class, which lists the rule packages
 * @param classes class file bytes by binary name with slashes ({@code my/rules/Counter})
 */
public record GeneratedRules(String modelClass, Map<String, byte[]> classes) {
  public GeneratedRules {
    classes = Collections.unmodifiableMap(new TreeMap<>(classes));
    if (!classes.containsKey(modelClass.replace('.', '/'))) {
      throw new IllegalArgumentException("the generated classes lack the model " + modelClass);
    }
  }
}
