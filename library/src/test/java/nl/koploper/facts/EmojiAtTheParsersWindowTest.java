package nl.koploper.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * A character outside the Basic Multilingual Plane wherever it falls in the file: snakeyaml-engine
 * 2.10 threw an IndexOutOfBoundsException when one straddled its 1024-character window (found by
 * FuzzTest, see {@link WholeCodePointReader}).
 */
class EmojiAtTheParsersWindowTest {
  private static String withNameAt(String head, int pad, String name) {
    return head + "# " + "x".repeat(pad) + "\n" + "region: {code: NL, name: \"" + name + "\"}\n";
  }

  @Test
  void anEmojiAcrossEveryWindowBoundaryLoads() {
    // the emoji's two halves land on every position around the first two window ends
    for (int pad = 0; pad < 2100; pad += 1) {
      String text = withNameAt("schema: koploper/facts/v1\n", pad, "Nederland \uD83D\uDE00");
      Facts facts = FactsLoader.parse(text, "emoji.yaml", FactsLoader.Format.YAML);
      assertEquals("Nederland \uD83D\uDE00", facts.region().name(), "pad " + pad);
    }
  }

  @Test
  void aLoneHalfOfAnEmojiIsRefusedCleanlyAtEveryPosition() {
    for (int pad = 1000; pad < 1040; pad++) {
      String text = withNameAt("schema: koploper/facts/v1\n", pad, "x\uD83D");
      assertThrows(
          InvalidFactsException.class,
          () -> FactsLoader.parse(text, "half.yaml", FactsLoader.Format.YAML),
          "pad " + pad);
    }
  }
}
