package nl.koploper.engine.compile;

import java.util.Map;

/**
 * Defines the classes of a rule set that passed the safety check, from exactly the bytes that were
 * checked, and nothing else: every other class comes from the parent (the loader of the fact model,
 * the terms and Drools). A generated class is defined here before the parent is asked, so no class
 * of the parent can stand in for it; the check refuses a rule set whose classes would shadow one.
 */
final class CheckedClassLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final Map<String, byte[]> classes;

  /**
   * @param classes checked class bytes by binary name with slashes
   */
  CheckedClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
    super("koploper-rules", parent);
    this.classes = classes;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    byte[] bytes = classes.get(name.replace('.', '/'));
    if (bytes == null) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        loaded = defineClass(name, bytes, 0, bytes.length);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    throw new ClassNotFoundException(name);
  }
}
