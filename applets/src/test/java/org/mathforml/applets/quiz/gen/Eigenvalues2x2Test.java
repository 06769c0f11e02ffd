package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.Mistake;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

class Eigenvalues2x2Test extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new Eigenvalues2x2();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "614a2fc5";
  }

  /** The entries of a 2x2 integer matrix as longs, asserting they are integers. */
  static long[] entries(FractionMatrix m) {
    long[] e = new long[4];
    for (int i = 0; i < 4; i++) {
      Fraction f = m.get(i / 2, i % 2);
      assertTrue(f.isInteger());
      e[i] = f.numerator();
    }
    return e;
  }

  /** The two eigenvalues (larger first) by the quadratic formula on longs; null unless integer. */
  static long[] integerEigenvalues(long[] e) {
    long t = e[0] + e[3];
    long d = e[0] * e[3] - e[1] * e[2];
    long disc = t * t - 4 * d;
    long root = Math.round(Math.sqrt((double) disc));
    if (disc <= 0 || root * root != disc || (t + root) % 2 != 0) {
      return null;
    }
    return new long[] {(t + root) / 2, (t - root) / 2};
  }

  @Override
  protected void checkVariant(Variant v) {
    long[] e = entries(FractionMatrix.parse(v.param("A").value().text()));
    assertFalse(e[1] == 0 || e[2] == 0, "triangular matrix");
    for (long x : e) {
      assertTrue(Math.abs(x) <= Eigenvalues2x2.MAX_ENTRY);
    }
    long[] l = integerEigenvalues(e);
    assertTrue(l != null, "eigenvalues are not two different integers");
    AnswerKey k = v.key();
    assertTrue(k.isExactVector());
    assertEquals(Fraction.of(l[0]), k.exactEntries()[0]);
    assertEquals(Fraction.of(l[1]), k.exactEntries()[1]);
    boolean swapped = false;
    for (Mistake m : v.mistakes()) {
      String[] cells = m.response().grid()[0];
      swapped |= cells[0].equals(Long.toString(l[1])) && cells[1].equals(Long.toString(l[0]));
    }
    assertTrue(swapped, "the increasing order is not rejected");
    assertTrue(v.solution().get(0).math().text().startsWith("det(A - λI) = "));
  }
}
