package nl.koploper.engine.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What code compiled from a rule set may use, read from {@code allowlist.txt} beside this class:
 * one entry a line, {@code KIND NAME REASON}, every entry with the reason a rule needs it. Anything
 * not named there is refused (deny by default). Names are binary names with dots ({@code
 * java.util.Map$Entry}); descriptors are the JVM's ({@code (I)V}).
 *
 * <ul>
 *   <li>{@code type T}: T may be named (a cast, a field's or a method's type, {@code T.class}).
 *   <li>{@code member T.name}, {@code T.name(desc)desc}, {@code T.*}: a method or field of T may be
 *       used (every overload, one, or every member but constructors); it lets T be named too.
 *   <li>{@code extend T}, {@code implement T}: a generated class may have T as its superclass or as
 *       an interface.
 *   <li>{@code bootstrap T.name}: an {@code invokedynamic} may use this bootstrap method.
 *   <li>{@code catch T}: rule code may catch T.
 *   <li>{@code package P}: every type directly in P, and all of its members, may be used.
 *   <li>{@code deny *.name}: no member of this name may be used, whatever else allows it.
 * </ul>
 */
public final class Allowlist {
  /** The allowlist in force, read once. */
  public static final Allowlist RULES = read("allowlist.txt");

  private final Map<String, Set<String>> byKind = new HashMap<>();
  private final Map<String, String> reasons = new HashMap<>();
  private final List<String> simpleNames = new ArrayList<>();

  private Allowlist() {}

  static Allowlist read(String resource) {
    Allowlist list = new Allowlist();
    try (InputStream in = Allowlist.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the safety allowlist " + resource + " is missing");
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\s+", 3);
        if (parts.length < 3
            || !Set.of(
                    "type",
                    "member",
                    "extend",
                    "implement",
                    "bootstrap",
                    "catch",
                    "package",
                    "deny")
                .contains(parts[0])) {
          throw new IllegalStateException(
              resource + ":" + (i + 1) + ": expected KIND NAME REASON, not: " + line);
        }
        list.byKind.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[1]);
        list.reasons.put(parts[0] + " " + parts[1], parts[2]);
        if (parts[0].equals("package") || parts[0].equals("deny")) {
          continue;
        }
        String type = parts[0].equals("member") ? owner(parts[1]) : parts[1];
        list.byKind.computeIfAbsent("type", k -> new HashSet<>()).add(type);
        list.simpleNames.add(simpleName(type));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return list;
  }

  private static String owner(String member) {
    int paren = member.indexOf('(');
    String head = paren < 0 ? member : member.substring(0, paren);
    return head.substring(0, head.lastIndexOf('.'));
  }

  private static String simpleName(String type) {
    String simple = type.substring(type.lastIndexOf('.') + 1);
    return simple.substring(simple.lastIndexOf('$') + 1);
  }

  private boolean has(String kind, String name) {
    return byKind.getOrDefault(kind, Set.of()).contains(name);
  }

  /** Whether a type may be named. */
  public boolean allowsType(String type) {
    return has("type", type) || inOpenPackage(type);
  }

  /** A type directly in a package the allowlist opens whole (the rule vocabulary). */
  private boolean inOpenPackage(String type) {
    int dot = type.lastIndexOf('.');
    return dot > 0 && has("package", type.substring(0, dot));
  }

  /** Whether a method or field may be used: {@code name} with its descriptor. */
  public boolean allowsMember(String owner, String name, String descriptor) {
    if (has("deny", "*." + name)) {
      return false;
    }
    return inOpenPackage(owner) && !name.equals("<clinit>")
        || has("member", owner + "." + name + descriptor)
        || has("member", owner + "." + name)
        || (!name.startsWith("<") && has("member", owner + ".*"));
  }

  public boolean allowsSuperclass(String type) {
    return type.equals("java.lang.Object") || has("extend", type);
  }

  public boolean allowsInterface(String type) {
    return has("implement", type);
  }

  public boolean allowsBootstrap(String owner, String name) {
    return has("bootstrap", owner + "." + name);
  }

  public boolean allowsCatch(String type) {
    return has("catch", type);
  }

  /** Whether a declared type of this simple name would shadow an allowed type. */
  public boolean namesSimply(String simple) {
    if (simpleNames.contains(simple)) {
      return true;
    }
    for (String pkg : byKind.getOrDefault("package", Set.of())) {
      try {
        Class.forName(pkg + "." + simple, false, Allowlist.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        // not in this package
      }
    }
    return false;
  }

  /** The reason given for an entry ({@code member java.lang.Math.*}), if there is one. */
  public Optional<String> reason(String kindAndName) {
    return Optional.ofNullable(reasons.get(kindAndName));
  }
}
