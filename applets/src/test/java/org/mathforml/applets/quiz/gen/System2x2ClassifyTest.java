package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.Variant;

class System2x2ClassifyTest extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new System2x2Classify();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "271df6af";
  }

  @Test
  void eachKindIsAboutAThird() {
    int[] counts = new int[3];
    for (int seed = 0; seed < SEEDS; seed++) {
      counts[generator().generate(seed).key().indices()[0]]++;
    }
    // Binomial(10000, 1/3) has standard deviation 47; 3000..3667 is 7 of them either side.
    for (int c : counts) {
      assertTrue(c > 3000 && c < 3667, java.util.Arrays.toString(counts));
    }
  }

  @Override
  protected void checkVariant(Variant v) {
    long[][] s = SystemText.read(v);
    long det = s[0][0] * s[1][1] - s[0][1] * s[1][0];
    int expected;
    if (det != 0) {
      expected = 0;
    } else {
      // Singular: consistent iff [A | b] has rank 1, i.e. every 2x2 minor of it vanishes.
      boolean consistent =
          s[0][0] * s[1][2] - s[1][0] * s[0][2] == 0 && s[0][1] * s[1][2] - s[1][1] * s[0][2] == 0;
      expected = consistent ? 2 : 1;
      // Not degenerate: no 0 = c rows, and the two equations differ.
      assertNotEquals(0, Math.abs(s[0][0]) + Math.abs(s[0][1]));
      assertNotEquals(0, Math.abs(s[1][0]) + Math.abs(s[1][1]));
    }
    assertEquals(expected, v.key().indices()[0]);
    assertEquals(3, v.choices().size());
    assertNotEquals(
        v.param("S").value().text().split(", ")[0],
        v.param("S").value().text().split(", ")[1],
        "two identical equations");
  }
}
