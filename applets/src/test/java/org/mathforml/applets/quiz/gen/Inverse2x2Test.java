package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Checker;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

class Inverse2x2Test extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new Inverse2x2();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "3245c0ba";
  }

  @Override
  protected void checkVariant(Variant v) {
    long[][] a = Ints.matrix(v.param("A").value().text());
    long det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
    assertTrue(det != 0 && Math.abs(det) <= 2, "determinant " + det);
    assertNotEquals(0, a[0][1]);
    assertNotEquals(0, a[1][0]);
    assertNotEquals(a[0][0], a[1][1]);
    AnswerKey k = v.key();
    assertEquals(AnswerKey.MatrixMode.EXACT, k.matrixMode());
    // A times the key is the identity, entry by entry with the key's fractions times det (ints).
    FractionMatrix key = k.matrix();
    long[][] scaled = new long[2][2];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        Fraction f = key.get(i, j).multiply(Fraction.of(det));
        assertTrue(f.isInteger(), "entry times det is not whole: " + key);
        scaled[i][j] = f.numerator();
      }
    }
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        long entry = a[i][0] * scaled[0][j] + a[i][1] * scaled[1][j];
        assertEquals(i == j ? det : 0, entry, "A times the key is not I");
      }
    }
    assertFalse(Checker.check(k, Ints.grid(a)).isCorrect(), "A is its own inverse");
    assertFalse(Checker.check(k, Ints.grid(new long[][] {{1, 0}, {0, 1}})).isCorrect());
    assertTrue(v.mistakes().size() >= 3, "the formula slips are all offered");
    // Formula (3 steps), [A | I], at least two row operations, and the check.
    assertTrue(v.solution().size() >= 7, "steps missing: " + v.solution().size());
  }
}
