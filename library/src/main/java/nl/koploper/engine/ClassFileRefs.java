package nl.koploper.engine;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a class file can reach, read from its constant pool (JVMS 4.4): the classes it names
 * and the fields and methods it uses. A class can only load a class, call a method or read a field
 * through an entry here, however its source spelled the name.
 *
 * @param types binary names with dots of every CONSTANT_Class (array element types unwrapped)
 * @param members every Fieldref, Methodref and InterfaceMethodref, owner and member name
 */
record ClassFileRefs(Set<String> types, Set<Member> members) {
  /** A field or method of a class: {@code java.lang.System.exit}. */
  record Member(String owner, String name) {
    @Override
    public String toString() {
      return owner.replace('$', '.') + "." + name;
    }
  }

  private static final int UTF8 = 1;
  private static final int INTEGER = 3;
  private static final int FLOAT = 4;
  private static final int LONG = 5;
  private static final int DOUBLE = 6;
  private static final int CLASS = 7;
  private static final int STRING = 8;
  private static final int FIELD = 9;
  private static final int METHOD = 10;
  private static final int INTERFACE_METHOD = 11;
  private static final int NAME_AND_TYPE = 12;
  private static final int METHOD_HANDLE = 15;
  private static final int METHOD_TYPE = 16;
  private static final int DYNAMIC = 17;
  private static final int INVOKE_DYNAMIC = 18;
  private static final int MODULE = 19;
  private static final int PACKAGE = 20;

  /**
   * Reads a class file's constant pool.
   *
   * @throws IllegalArgumentException when the bytes are no class file this reader knows, so that
   *     the caller refuses what it cannot read rather than let it through
   */
  static ClassFileRefs of(byte[] classFile) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IllegalArgumentException("not a class file");
      }
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      int[] tags = new int[count];
      int[] first = new int[count];
      int[] second = new int[count];
      String[] utf8 = new String[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        tags[i] = tag;
        switch (tag) {
          case UTF8 -> utf8[i] = in.readUTF();
          case INTEGER, FLOAT -> in.readInt();
          case LONG, DOUBLE -> {
            in.readLong();
            i++;
          }
          case CLASS, STRING, METHOD_TYPE, MODULE, PACKAGE -> first[i] = in.readUnsignedShort();
          case FIELD, METHOD, INTERFACE_METHOD, NAME_AND_TYPE, DYNAMIC, INVOKE_DYNAMIC -> {
            first[i] = in.readUnsignedShort();
            second[i] = in.readUnsignedShort();
          }
          case METHOD_HANDLE -> {
            first[i] = in.readUnsignedByte();
            second[i] = in.readUnsignedShort();
          }
          default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
        }
      }
      Set<String> types = new LinkedHashSet<>();
      Set<Member> members = new LinkedHashSet<>();
      for (int i = 1; i < count; i++) {
        if (tags[i] == CLASS) {
          types.add(elementType(utf8[first[i]]));
        } else if (tags[i] == FIELD || tags[i] == METHOD || tags[i] == INTERFACE_METHOD) {
          String owner = elementType(utf8[first[first[i]]]);
          String name = utf8[first[second[i]]];
          members.add(new Member(owner, name));
        }
      }
      return new ClassFileRefs(types, members);
    } catch (IOException | ArrayIndexOutOfBoundsException | NullPointerException e) {
      throw new IllegalArgumentException("unreadable class file: " + e, e);
    }
  }

  /** {@code [Ljava/lang/String;} and {@code java/lang/String} are both {@code java.lang.String}. */
  private static String elementType(String internal) {
    if (!internal.startsWith("[")) {
      return internal.replace('/', '.');
    }
    String name = internal.replaceFirst("^\\[+", "");
    if (name.startsWith("L") && name.endsWith(";")) {
      return name.substring(1, name.length() - 1).replace('/', '.');
    }
    return "primitive " + name;
  }

  /** The classes named, for messages in a stable order. */
  List<String> sortedTypes() {
    List<String> sorted = new ArrayList<>(types);
    sorted.sort(null);
    return sorted;
  }
}
