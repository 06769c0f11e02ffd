package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.Fraction;

class System2x2SolveTest extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new System2x2Solve();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "b6051ca0";
  }

  @Override
  protected void checkVariant(Variant v) {
    long[][] s = SystemText.read(v);
    assertEquals(2, s.length);
    assertNotEquals(0, s[0][0] * s[1][1] - s[0][1] * s[1][0], "no unique solution");
    AnswerKey k = v.key();
    assertTrue(k.isExactVector());
    Fraction x = k.exactEntries()[0];
    Fraction y = k.exactEntries()[1];
    assertTrue(x.denominator() <= 2 && y.denominator() <= 2, "not a simple solution");
    for (long[] row : s) {
      // a x + b y = c with x = p/q, y = r/t: a p t + b r q = c q t, all in longs.
      long lhs =
          row[0] * x.numerator() * y.denominator() + row[1] * y.numerator() * x.denominator();
      assertEquals(
          row[2] * x.denominator() * y.denominator(), lhs, "key does not solve the system");
    }
    assertTrue(v.solution().size() >= 4, "elimination steps missing");
  }
}
