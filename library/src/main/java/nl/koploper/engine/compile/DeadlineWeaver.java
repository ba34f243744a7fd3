package nl.koploper.engine.compile;

import java.util.Map;
import java.util.TreeMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Puts a call to {@code RunWatch.check()} at the start of every method of the generated classes, so
 * that a run past its time limit is stopped inside the engine's own evaluation of a constraint too,
 * not only between firings: a join of many facts through a costly constraint creates no match and
 * fires nothing for as long as it takes. (Rule code has no loops, so every path through it passes a
 * method entry often.) The safety check reads the woven classes, and exactly those are defined.
 */
public final class DeadlineWeaver {
  static final String WATCH = "nl/koploper/engine/session/RunWatch";

  private DeadlineWeaver() {}

  public static GeneratedRules weave(GeneratedRules rules) {
    Map<String, byte[]> woven = new TreeMap<>();
    rules.classes().forEach((name, bytes) -> woven.put(name, weave(bytes)));
    return new GeneratedRules(rules.modelClass(), woven);
  }

  static byte[] weave(byte[] bytes) {
    ClassReader reader;
    try {
      reader = new ClassReader(bytes);
    } catch (RuntimeException unreadable) {
      return bytes; // the check refuses it
    }
    ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
    reader.accept(
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public MethodVisitor visitMethod(
              int access, String name, String descriptor, String signature, String[] ex) {
            MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, ex);
            return new MethodVisitor(Opcodes.ASM9, mv) {
              @Override
              public void visitCode() {
                super.visitCode();
                super.visitMethodInsn(Opcodes.INVOKESTATIC, WATCH, "check", "()V", false);
              }
            };
          }
        },
        0);
    return writer.toByteArray();
  }
}
