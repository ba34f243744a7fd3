package nl.koploper.engine.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads every class compiled from a rule set, before any of them is defined, and refuses what the
 * {@link Allowlist} does not name, and what could run unbounded: a backward branch (a loop), a call
 * cycle among the generated methods (recursion), an array whose size is not a small constant, a
 * catch of what the limits throw, a {@code matches} on anything but a plain literal pattern. No
 * class is trusted by its name: package and rule names choose many of them.
 */
public final class BytecodeCheck {
  /** The largest array rule code may allocate (elements): varargs of a call, not a buffer. */
  static final int MAX_ARRAY = 256;

  /** One refusal: the class and method it is in, what it does and why that is refused. */
  public record Finding(String className, String method, String what, String why, String needle) {}

  private final Allowlist allowlist;
  private final Map<String, ClassInfo> classes = new TreeMap<>();
  private final Set<Finding> findings = new LinkedHashSet<>();

  /** Every generated method (owner.name+desc) and the generated methods it calls. */
  private final Map<String, Set<String>> calls = new HashMap<>();

  private BytecodeCheck(Allowlist allowlist) {
    this.allowlist = allowlist;
  }

  /**
   * Checks the classes of a compiled rule set.
   *
   * @param bytes class file bytes by binary name with slashes ({@code my/rules/Counter})
   */
  public static List<Finding> check(Map<String, byte[]> bytes, Allowlist allowlist) {
    BytecodeCheck check = new BytecodeCheck(allowlist);
    Map<String, ClassReader> readers = new TreeMap<>();
    for (Map.Entry<String, byte[]> e : bytes.entrySet()) {
      ClassReader reader;
      try {
        reader = new ClassReader(e.getValue());
      } catch (RuntimeException unreadable) {
        check.refuse(
            e.getKey(), "", "is a class file the check cannot read", "it may hide anything", "");
        continue;
      }
      if (!reader.getClassName().equals(e.getKey())) {
        check.refuse(
            e.getKey(),
            "",
            "is named " + reader.getClassName() + " inside",
            "a class file must be what its name says",
            "");
        continue;
      }
      readers.put(e.getKey(), reader);
      check.classes.put(e.getKey(), ClassInfo.of(reader));
    }
    readers.forEach((name, reader) -> reader.accept(check.new Checker(name), 0));
    check.recursion();
    return new ArrayList<>(check.findings);
  }

  private static String dotted(String internal) {
    return internal.replace('/', '.');
  }

  private void refuse(String className, String method, String what, String why, String needle) {
    findings.add(new Finding(dotted(className), method, what, why, needle));
  }

  private boolean generated(String internal) {
    return classes.containsKey(internal);
  }

  /** Whether a type (internal name or array descriptor element) may be named. */
  private boolean typeAllowed(Type type) {
    while (type.getSort() == Type.ARRAY) {
      type = type.getElementType();
    }
    if (type.getSort() != Type.OBJECT) {
      return true;
    }
    return generated(type.getInternalName())
        || allowlist.allowsType(dotted(type.getInternalName()));
  }

  private static String simple(String internal) {
    String s = internal.substring(internal.lastIndexOf('/') + 1);
    return s.substring(s.lastIndexOf('$') + 1);
  }

  /** The methods and fields a generated class declares, and what it extends. */
  private record ClassInfo(
      String superName, List<String> interfaces, Set<String> methods, Set<String> fields) {
    static ClassInfo of(ClassReader reader) {
      Set<String> methods = new HashSet<>();
      Set<String> fields = new HashSet<>();
      reader.accept(
          new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(
                int access, String name, String descriptor, String signature, Object value) {
              fields.add(name);
              return null;
            }

            @Override
            public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] ex) {
              methods.add(name + descriptor);
              return null;
            }
          },
          ClassReader.SKIP_CODE);
      return new ClassInfo(reader.getSuperName(), List.of(reader.getInterfaces()), methods, fields);
    }
  }

  /**
   * Where a member used on a generated class lives: the generated method it is (for the call
   * graph), or null when it is inherited from an allowed type; refused otherwise.
   */
  private String resolve(String owner, String name, String descriptor, boolean field, Refusal no) {
    String current = owner;
    Set<String> seen = new HashSet<>();
    while (current != null && seen.add(current)) {
      ClassInfo info = classes.get(current);
      if (info == null) {
        if (allowlist.allowsMember(dotted(current), name, field ? "" : descriptor)
            || allowlist.allowsMember(dotted(current), name, descriptor)) {
          return null;
        }
        no.refuse(dotted(current) + "." + name);
        return null;
      }
      if (field ? info.fields().contains(name) : info.methods().contains(name + descriptor)) {
        return field ? null : current + "." + name + descriptor;
      }
      if (!field) {
        for (String itf : info.interfaces()) {
          if (allowlist.allowsMember(dotted(itf), name, descriptor)) {
            return null;
          }
        }
      }
      current = info.superName();
    }
    no.refuse(dotted(owner) + "." + name);
    return null;
  }

  private interface Refusal {
    void refuse(String member);
  }

  /** A cycle in the call graph of the generated methods is recursion. */
  private void recursion() {
    Map<String, Integer> state = new HashMap<>();
    for (String method : new TreeMap<>(calls).keySet()) {
      dfs(method, state, new ArrayList<>());
    }
  }

  private void dfs(String method, Map<String, Integer> state, List<String> path) {
    Integer s = state.get(method);
    if (s != null) {
      if (s == 1) {
        String owner = method.substring(0, method.lastIndexOf('.', method.indexOf('(')));
        String name = method.substring(owner.length() + 1, method.indexOf('('));
        refuse(
            owner,
            name,
            "calls itself, through " + String.join(" → ", shortNames(path, method)),
            "recursion may never end, so rules may not recurse",
            name);
      }
      return;
    }
    state.put(method, 1);
    path.add(method);
    for (String callee : new java.util.TreeSet<>(calls.getOrDefault(method, Set.of()))) {
      dfs(callee, state, path);
    }
    path.remove(path.size() - 1);
    state.put(method, 2);
  }

  private static List<String> shortNames(List<String> path, String back) {
    List<String> names = new ArrayList<>();
    int from = path.indexOf(back);
    for (String m : path.subList(Math.max(from, 0), path.size())) {
      names.add(m.substring(m.lastIndexOf('.', m.indexOf('(')) + 1, m.indexOf('(')));
    }
    names.add(back.substring(back.lastIndexOf('.', back.indexOf('(')) + 1, back.indexOf('(')));
    return names;
  }

  private final class Checker extends ClassVisitor {
    private final String name;

    Checker(String name) {
      super(Opcodes.ASM9);
      this.name = name;
    }

    @Override
    public void visit(
        int version, int access, String name, String signature, String superName, String[] itfs) {
      if (superName != null
          && !generated(superName)
          && !allowlist.allowsSuperclass(dotted(superName))) {
        refuse(
            name,
            "",
            "extends " + dotted(superName),
            "a declared type may extend only Object",
            simple(superName));
      }
      if (superName != null && generated(superName)) {
        refuse(
            name,
            "",
            "extends " + dotted(superName),
            "a declared type may extend only Object",
            simple(superName));
      }
      for (String itf : itfs) {
        if (!allowlist.allowsInterface(dotted(itf))) {
          refuse(name, "", "implements " + dotted(itf), "it is not on the allowlist", simple(itf));
        }
      }
    }

    @Override
    public void visitNestHost(String nestHost) {
      // a nest host grants private access; only a generated class may be one
      if (!generated(nestHost)) {
        refuse(
            name,
            "",
            "claims " + dotted(nestHost) + " as its nest host",
            "private access to other classes",
            "");
      }
    }

    @Override
    public void visitNestMember(String nestMember) {
      if (!generated(nestMember)) {
        refuse(
            name,
            "",
            "claims " + dotted(nestMember) + " as a nest member",
            "private access to other classes",
            "");
      }
    }

    @Override
    public FieldVisitor visitField(
        int access, String field, String descriptor, String signature, Object value) {
      if (!typeAllowed(Type.getType(descriptor))) {
        refuse(
            name,
            field,
            "has a field of type " + Type.getType(descriptor).getClassName(),
            reasonFor(Type.getType(descriptor).getClassName()),
            field);
      }
      return null;
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String method, String descriptor, String signature, String[] exceptions) {
      for (Type t : Type.getArgumentTypes(descriptor)) {
        if (!typeAllowed(t)) {
          refuse(
              name,
              method,
              "takes a " + t.getClassName(),
              "it is not on the allowlist",
              simple(t.getInternalName()));
        }
      }
      if (!typeAllowed(Type.getReturnType(descriptor))) {
        refuse(
            name,
            method,
            "returns a " + Type.getReturnType(descriptor).getClassName(),
            "it is not on the allowlist",
            method);
      }
      String self = name + "." + method + descriptor;
      calls.computeIfAbsent(self, k -> new HashSet<>());
      return new Code(name, method, calls.get(self));
    }
  }

  /** The instructions of one method. */
  private final class Code extends MethodVisitor {
    private final String owner;
    private final String method;
    private final Set<String> callees;
    private final Set<Label> seen = new HashSet<>();

    /** The last instruction's opcode, and its constant for {@code ldc} and pushes. */
    private int lastOpcode = -1;

    private int beforeLastOpcode = -1;

    private int thirdLastOpcode = -1;

    private Object lastConstant;

    Code(String owner, String method, Set<String> callees) {
      super(Opcodes.ASM9);
      this.owner = owner;
      this.method = method;
      this.callees = callees;
    }

    private void no(String what, String why, String needle) {
      refuse(owner, method, what, why, needle);
    }

    private void last(int opcode, Object constant) {
      thirdLastOpcode = beforeLastOpcode;
      beforeLastOpcode = lastOpcode;
      lastOpcode = opcode;
      lastConstant = constant;
    }

    private void type(Type type, String verb) {
      if (!typeAllowed(type)) {
        Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        no(
            verb + " " + element.getClassName(),
            reasonFor(element.getClassName()),
            simple(element.getInternalName()));
      }
    }

    @Override
    public void visitLabel(Label label) {
      seen.add(label);
    }

    @Override
    public void visitInsn(int opcode) {
      Object constant = null;
      if (opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5) {
        constant = opcode - Opcodes.ICONST_0;
      }
      if (opcode == Opcodes.MONITORENTER || opcode == Opcodes.MONITOREXIT) {
        no("locks a monitor", "rules may not block or signal threads", "synchronized");
      }
      last(opcode, constant);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
      if (opcode == Opcodes.NEWARRAY) {
        arraySize();
      }
      last(opcode, opcode == Opcodes.NEWARRAY ? null : operand);
    }

    @Override
    public void visitVarInsn(int opcode, int var) {
      if (opcode == Opcodes.RET) {
        no("uses a subroutine (jsr/ret)", "the check cannot follow it", "");
      }
      last(opcode, null);
    }

    private void arraySize() {
      // a copy of an existing array (an enum's values()) is as big as that array
      if (lastOpcode == Opcodes.ARRAYLENGTH
          || (lastOpcode == Opcodes.DUP && beforeLastOpcode == Opcodes.ARRAYLENGTH)
          || (lastOpcode == Opcodes.ISTORE
              && beforeLastOpcode == Opcodes.DUP
              && thirdLastOpcode == Opcodes.ARRAYLENGTH)) {
        return;
      }
      if (!(lastConstant instanceof Integer size) || size < 0 || size > MAX_ARRAY) {
        no(
            "allocates an array whose size is not a constant up to " + MAX_ARRAY,
            "an allocation the check cannot bound could exhaust memory",
            "new");
      }
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
      if (opcode == Opcodes.ANEWARRAY) {
        arraySize();
      }
      type(Type.getObjectType(type), opcode == Opcodes.NEW ? "creates a" : "uses");
      last(opcode, null);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int dims) {
      no(
          "allocates a multi-dimensional array",
          "an allocation the check cannot bound could exhaust memory",
          "new");
      last(Opcodes.MULTIANEWARRAY, null);
    }

    @Override
    public void visitFieldInsn(int opcode, String fieldOwner, String field, String descriptor) {
      member(fieldOwner, field, descriptor, true);
      last(opcode, null);
    }

    @Override
    public void visitMethodInsn(
        int opcode, String methodOwner, String name, String descriptor, boolean itf) {
      if (methodOwner.startsWith("[")) {
        // clone() of an array: as big as the array, which is bounded
        if (!name.equals("clone")) {
          no("calls " + name + " on an array", "it is not on the allowlist", name);
        }
        type(Type.getType(methodOwner), "uses");
      } else {
        if ((methodOwner.equals("java/lang/String") && name.equals("matches"))
            || (methodOwner.equals("java/util/regex/Pattern") && name.equals("compile"))) {
          matches();
        }
        member(methodOwner, name, descriptor, false);
      }
      last(opcode, null);
    }

    private void matches() {
      if (!(lastConstant instanceof String pattern) || lastOpcode != Opcodes.LDC) {
        no(
            "matches a pattern that is not a literal",
            "a pattern built at run time may backtrack without end",
            "matches");
        return;
      }
      String why = RegexBounds.refusal(pattern);
      if (why != null) {
        no("matches \"" + pattern + "\"", why, "matches");
      }
    }

    private void member(String memberOwner, String name, String descriptor, boolean field) {
      String what = field ? "uses " : "calls ";
      if (generated(memberOwner)) {
        String target =
            resolve(memberOwner, name, descriptor, field, m -> no(what + m, reasonFor(m), name));
        if (target != null) {
          callees.add(target);
        }
        return;
      }
      if (!allowlist.allowsMember(dotted(memberOwner), name, field ? "" : descriptor)
          && !allowlist.allowsMember(dotted(memberOwner), name, descriptor)) {
        no(
            what + dotted(memberOwner) + "." + name,
            reasonFor(dotted(memberOwner)),
            name.startsWith("<") ? simple(memberOwner) : name);
      }
    }

    private void handle(Handle h) {
      boolean field = h.getTag() <= Opcodes.H_PUTSTATIC;
      member(h.getOwner(), h.getName(), h.getDesc(), field);
    }

    private void constant(Object value) {
      if (value instanceof Type t) {
        if (t.getSort() == Type.METHOD) {
          for (Type arg : t.getArgumentTypes()) {
            type(arg, "names");
          }
          type(t.getReturnType(), "names");
        } else {
          type(t, "names");
        }
      } else if (value instanceof Handle h) {
        handle(h);
      } else if (value instanceof ConstantDynamic) {
        no("loads a dynamic constant", "it runs code the check cannot see", "");
      }
    }

    @Override
    public void visitLdcInsn(Object value) {
      constant(value);
      last(Opcodes.LDC, value);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
      if (!allowlist.allowsBootstrap(dotted(bsm.getOwner()), bsm.getName())) {
        no(
            "uses invokedynamic with " + dotted(bsm.getOwner()) + "." + bsm.getName(),
            bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")
                ? "rules may not use lambdas or method references"
                : "it is not on the allowlist",
            "->");
      }
      for (Object arg : args) {
        constant(arg);
      }
      last(Opcodes.INVOKEDYNAMIC, null);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
      if (opcode == Opcodes.JSR) {
        no("uses a subroutine (jsr/ret)", "the check cannot follow it", "");
      } else if (seen.contains(label)) {
        loop();
      }
      last(opcode, null);
    }

    private void loop() {
      no("loops (a backward branch)", "a loop may never end, so rules may not loop", "for");
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
      switchTo(dflt, labels);
      last(Opcodes.TABLESWITCH, null);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
      switchTo(dflt, labels);
      last(Opcodes.LOOKUPSWITCH, null);
    }

    private void switchTo(Label dflt, Label[] labels) {
      boolean back = seen.contains(dflt);
      for (Label l : labels) {
        back |= seen.contains(l);
      }
      if (back) {
        loop();
      }
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
      if (type == null) {
        no(
            "has a finally block or catches everything",
            "rule code may not catch what stops a runaway rule",
            "finally");
      } else if (!allowlist.allowsCatch(dotted(type))) {
        no("catches " + dotted(type), "rule code may not catch what stops a runaway rule", "catch");
      }
    }
  }

  /** Why a type or member that the allowlist does not name is refused, as people say it. */
  static String reasonFor(String name) {
    if (name.startsWith("java.io.") || name.startsWith("java.nio.")) {
      return "rules may not read or write files";
    }
    if (name.startsWith("java.net.") || name.startsWith("javax.net.")) {
      return "rules may not use the network";
    }
    if (name.startsWith("java.lang.reflect.")
        || name.startsWith("java.lang.invoke.")
        || name.startsWith("java.lang.Class")
        || name.startsWith("java.lang.Module")) {
      return "rules may not use reflection";
    }
    if (name.contains("ClassLoader")) {
      return "rules may not load classes";
    }
    if (name.startsWith("java.lang.Thread") || name.startsWith("java.util.concurrent.")) {
      return "rules may not start or block threads";
    }
    if (name.startsWith("java.lang.System")
        || name.startsWith("java.lang.Runtime")
        || name.startsWith("java.lang.Process")) {
      return "rules may not touch the JVM, its environment or other processes";
    }
    if (name.startsWith("org.drools.model.operators.MatchesOperator")) {
      return "matches takes only a literal pattern: one built at run time may backtrack without"
          + " end";
    }
    if (name.startsWith("org.drools.") || name.startsWith("org.kie.")) {
      return "rules may use Drools only through insert, insertLogical, modify, update, delete"
          + " and drools.getRule().getName()";
    }
    return "it is not on the allowlist";
  }
}
