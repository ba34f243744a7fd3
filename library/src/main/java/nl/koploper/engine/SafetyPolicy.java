package nl.koploper.engine;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a rule may touch: an allowlist of types and a short denylist of members of those types that
 * still reach the outside (a {@code Class}, a system property, a thread). Both safety layers
 * ({@link DrlSafetyScan} on the text, {@link BytecodeSafetyScan} on the compiled consequences) ask
 * here, so they cannot drift apart. Names are binary names with dots: {@code java.util.Map$Entry}.
 */
final class SafetyPolicy {
  /** Said after every refusal, so the author knows what to use instead. */
  static final String ALLOWED =
      "allowed: the fact model nl.koploper.facts, the terms nl.koploper.engine.terms, java.lang.Math,"
          + " String, boxed primitives, basic java.util collections and streams, java.math, and"
          + " drools.getRule()/insert/insertLogical/update/delete";

  private static final Set<String> JAVA_LANG =
      Set.of(
          "Math",
          "StrictMath",
          "String",
          "StringBuilder",
          "CharSequence",
          "Integer",
          "Long",
          "Double",
          "Float",
          "Short",
          "Byte",
          "Boolean",
          "Character",
          "Number",
          "Object",
          "Comparable",
          "Iterable",
          "Enum",
          "Record",
          "Void",
          "Runnable",
          "Throwable",
          "Exception",
          "RuntimeException",
          "IllegalArgumentException",
          "IllegalStateException",
          "ArithmeticException",
          "NullPointerException",
          "IndexOutOfBoundsException",
          "UnsupportedOperationException",
          "NumberFormatException",
          "ClassCastException");

  private static final Set<String> JAVA_UTIL =
      Set.of(
          "List",
          "ArrayList",
          "LinkedList",
          "Map",
          "HashMap",
          "LinkedHashMap",
          "TreeMap",
          "EnumMap",
          "SortedMap",
          "NavigableMap",
          "AbstractMap",
          "Set",
          "HashSet",
          "LinkedHashSet",
          "TreeSet",
          "EnumSet",
          "SortedSet",
          "NavigableSet",
          "Collection",
          "Collections",
          "Arrays",
          "Iterator",
          "ListIterator",
          "Queue",
          "Deque",
          "ArrayDeque",
          "PriorityQueue",
          "Objects",
          "Optional",
          "OptionalInt",
          "OptionalLong",
          "OptionalDouble",
          "Comparator",
          "StringJoiner",
          "Locale",
          "IntSummaryStatistics",
          "LongSummaryStatistics",
          "DoubleSummaryStatistics",
          "NoSuchElementException");

  private static final Set<String> JAVA_UTIL_STREAM =
      Set.of("Stream", "IntStream", "LongStream", "DoubleStream", "Collectors", "Collector");

  private static final Set<String> JAVA_MATH =
      Set.of("BigDecimal", "BigInteger", "RoundingMode", "MathContext");

  /** Packages whose every type is allowed: the terms are ours, and functional interfaces inert. */
  private static final Set<String> OPEN_PACKAGES =
      Set.of("nl.koploper.engine.terms", "java.util.function");

  /**
   * Members of allowed types that still lead out: each hands out a {@code Class} (and from there
   * reflection and class loaders), reads system properties, prints, blocks or starts threads.
   */
  static final Map<String, String> DENIED_MEMBERS =
      Map.ofEntries(
          Map.entry("class", "a Class object opens reflection"),
          Map.entry("getClass", "a Class object opens reflection"),
          Map.entry("getDeclaringClass", "a Class object opens reflection"),
          Map.entry("declaringClass", "a Class object opens reflection"),
          Map.entry("describeConstable", "a class descriptor opens reflection"),
          Map.entry("TYPE", "a Class object opens reflection"),
          Map.entry("getClassLoader", "rules may not load classes"),
          Map.entry("classLoader", "rules may not load classes"),
          Map.entry("getContextClassLoader", "rules may not load classes"),
          Map.entry("loadClass", "rules may not load classes"),
          Map.entry("forName", "rules may not use reflection"),
          Map.entry("newInstance", "rules may not use reflection"),
          Map.entry("setAccessible", "rules may not use reflection"),
          Map.entry("getInteger", "it reads system properties"),
          Map.entry("getLong", "it reads system properties"),
          Map.entry("getBoolean", "it reads system properties"),
          Map.entry("printStackTrace", "rules may not write to the console"),
          Map.entry("random", "the same facts must give the same advice, so rules may not draw"),
          Map.entry("setDefault", "it changes a setting of the whole JVM"),
          Map.entry("parallel", "rules may not start threads"),
          Map.entry("parallelStream", "rules may not start threads"),
          Map.entry("wait", "rules may not block or signal threads"),
          Map.entry("notify", "rules may not block or signal threads"),
          Map.entry("notifyAll", "rules may not block or signal threads"));

  private static final Map<String, Boolean> CACHE = new ConcurrentHashMap<>();

  private SafetyPolicy() {}

  /** Whether a rule may use the type (binary name with dots, nested types with {@code $}). */
  static boolean allowsType(String name) {
    return CACHE.computeIfAbsent(name, SafetyPolicy::decide);
  }

  private static boolean decide(String name) {
    String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
    int dot = outer.lastIndexOf('.');
    String pkg = dot < 0 ? "" : outer.substring(0, dot);
    String simple = outer.substring(dot + 1);
    switch (pkg) {
      case "java.lang":
        return JAVA_LANG.contains(simple);
      case "java.util":
        return JAVA_UTIL.contains(simple);
      case "java.util.stream":
        return JAVA_UTIL_STREAM.contains(simple);
      case "java.math":
        return JAVA_MATH.contains(simple);
      case "nl.koploper.facts":
        return isFactModel(outer);
      default:
        return OPEN_PACKAGES.contains(pkg);
    }
  }

  /**
   * The fact model is the public records and enums of {@code nl.koploper.facts}; the loaders beside
   * them read files, so they are not part of it.
   */
  private static boolean isFactModel(String name) {
    try {
      Class<?> type = Class.forName(name, false, SafetyPolicy.class.getClassLoader());
      return java.lang.reflect.Modifier.isPublic(type.getModifiers())
          && (type.isRecord() || type.isEnum());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Why a member of an allowed type is refused, if it is. */
  static Optional<String> deniedMember(String member) {
    return Optional.ofNullable(DENIED_MEMBERS.get(member));
  }

  /** Why a type is refused: the reason people understand, by what the type can do. */
  static String reason(String name) {
    if (name.startsWith("java.io.") || name.startsWith("java.nio.")) {
      return "rules may not read or write files";
    }
    if (name.startsWith("java.net.") || name.startsWith("javax.net.")) {
      return "rules may not use the network";
    }
    if (name.startsWith("java.lang.reflect.")
        || name.startsWith("java.lang.invoke.")
        || name.equals("java.lang.Class")
        || name.startsWith("java.lang.Module")) {
      return "rules may not use reflection";
    }
    if (name.contains("ClassLoader")) {
      return "rules may not load classes";
    }
    if (name.startsWith("java.lang.Thread")
        || name.startsWith("java.util.concurrent.")
        || name.equals("java.util.Timer")
        || name.equals("java.util.TimerTask")) {
      return "rules may not start threads";
    }
    if (Set.of(
            "java.lang.System",
            "java.lang.Runtime",
            "java.lang.Process",
            "java.lang.ProcessBuilder",
            "java.lang.ProcessHandle",
            "java.lang.SecurityManager",
            "java.lang.StackWalker")
        .contains(name.replaceAll("\\$.*", ""))) {
      return "rules may not touch the JVM, its environment or other processes";
    }
    if (name.startsWith("java.util.Random") || name.startsWith("java.util.random.")) {
      return "the same facts must give the same advice, so rules may not draw random numbers";
    }
    if (name.startsWith("org.drools.") || name.startsWith("org.kie.")) {
      return "rules may use Drools only through drools.getRule(), insert, insertLogical, update"
          + " and delete";
    }
    return "it is not on the allowlist";
  }
}
