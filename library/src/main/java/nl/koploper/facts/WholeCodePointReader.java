package nl.koploper.facts;

import java.io.Reader;

/**
 * Gives the YAML parser text in pieces that never end between the two halves of a character outside
 * the Basic Multilingual Plane (an emoji, say).
 *
 * <p>snakeyaml-engine 2.10 reads its input in windows of 1024 characters and, when a window ends
 * with a high surrogate, reads the low one past the end of its buffer: an {@code
 * IndexOutOfBoundsException} instead of a result, for a valid file with an emoji at an unlucky
 * place (found by {@code FuzzTest}; fixed upstream in snakeyaml-engine 3.1.1). Ending each piece
 * one character early in that case keeps the parser off that path.
 */
final class WholeCodePointReader extends Reader {
  private final String text;
  private int next;

  WholeCodePointReader(String text) {
    this.text = text;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    if (next >= text.length()) {
      return -1;
    }
    int count = Math.min(length, text.length() - next);
    if (count > 1 && Character.isHighSurrogate(text.charAt(next + count - 1))) {
      count--;
    }
    text.getChars(next, next + count, buffer, offset);
    next += count;
    return count;
  }

  @Override
  public void close() {
    // nothing to release
  }
}
