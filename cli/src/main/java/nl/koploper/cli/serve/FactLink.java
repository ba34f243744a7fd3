package nl.koploper.cli.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A fact file carried in a link ({@code ?f=…}): deflated and base64url-encoded, so the report's
 * explain links, its what-if and its download need no state on the server. Reading one is bounded:
 * a link that inflates past 1 MiB, or is not one of ours, is an invalid parameter.
 */
final class FactLink {
  /** Links longer than this are not offered: browsers and the server's header limit allow it. */
  static final int MAX_LENGTH = 12_000;

  private FactLink() {}

  static String encode(byte[] facts) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(facts);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }

  /** The fact file of a link; an invalid parameter {@code f} when it is not one. */
  static byte[] decode(String link) {
    if (link == null || link.isEmpty()) {
      throw Refusal.badParameter("f", "give the facts of the report (the link lacks them)");
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(Base64.getUrlDecoder().decode(link));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        out.write(buffer, 0, n);
        if (out.size() > ServeConfig.MAX_BODY) {
          throw Refusal.tooLarge();
        }
      }
      if (!inflater.finished()) {
        throw Refusal.badParameter("f", "the facts in the link are cut short");
      }
      return out.toByteArray();
    } catch (IllegalArgumentException | DataFormatException e) {
      throw Refusal.badParameter("f", "the facts in the link are damaged");
    } finally {
      inflater.end();
    }
  }

  static String text(String link) {
    return new String(decode(link), StandardCharsets.UTF_8);
  }
}
