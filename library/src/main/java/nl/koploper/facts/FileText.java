package nl.koploper.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of a fact file into text, refusing what is not a small UTF-8 text file before any
 * parser sees it: too large, empty, binary, UTF-16, or not valid UTF-8. A UTF-8 byte order mark is
 * dropped; line endings are left to the parsers, which take LF and CRLF alike.
 */
final class FileText {
  /** Fact files are small: a whole country fits in a few kilobytes. */
  static final int MAX_BYTES = 1 << 20;

  private FileText() {}

  /** Reads at most {@link #MAX_BYTES} + 1 bytes, so a huge file costs no more than that. */
  static String read(InputStream in, String file) throws IOException, InvalidFactsException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw whole(file, "the file is larger than 1 MiB; fact files are small text files");
    }
    return decode(bytes, file);
  }

  static String decode(byte[] bytes, String file) throws InvalidFactsException {
    int start = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      start = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      throw whole(file, "the file is UTF-16; save it as UTF-8");
    }
    int line = 1;
    int column = 1;
    for (int i = start; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == '\n') {
        line++;
        column = 1;
        continue;
      }
      if (b < 0x20 && b != '\t' && b != '\r' || b == 0x7F) {
        throw at(
            file,
            line,
            column,
            String.format(
                "control character U+%04X: this looks like a binary file, not a YAML or JSON text",
                b));
      }
      if ((b & 0xC0) != 0x80) {
        column++;
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      CharBuffer chars = decoder.decode(input);
      String text = chars.toString();
      refuseC1Controls(text, file);
      if (text.isBlank()) {
        throw whole(file, "the file is empty; a fact file needs at least schema and region");
      }
      return text;
    } catch (MalformedInputException e) {
      return failAtByte(bytes, start, input.position(), file);
    } catch (CharacterCodingException e) {
      throw whole(file, "the file is not valid UTF-8 text");
    }
  }

  /** C1 control characters (U+0080–U+009F) are as binary as C0 ones, just encoded in two bytes. */
  private static void refuseC1Controls(String text, String file) throws InvalidFactsException {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c <= 0x9F) {
        throw at(
            file,
            line,
            column,
            String.format(
                "control character U+%04X: this looks like a binary file, not a YAML or JSON text",
                (int) c));
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
  }

  private static String failAtByte(byte[] bytes, int start, int offset, String file)
      throws InvalidFactsException {
    int line = 1;
    int column = 1;
    for (int i = start; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    throw at(file, line, column, "the file is not valid UTF-8 text (save it as UTF-8)");
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static InvalidFactsException whole(String file, String message) {
    return new InvalidFactsException(List.of(new FactError(file, 0, 0, "", message)));
  }

  static InvalidFactsException at(String file, int line, int column, String message) {
    return new InvalidFactsException(List.of(new FactError(file, line, column, "", message)));
  }
}
