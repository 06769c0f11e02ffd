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

class RowEchelon3x3Test extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new RowEchelon3x3();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "dd5a1022";
  }

  /** Row echelon form by definition: leading entries strictly move right, zero rows last. */
  static boolean isEchelon(long[][] m) {
    int last = -1;
    boolean zeroSeen = false;
    for (long[] row : m) {
      int lead = -1;
      for (int j = 0; j < row.length && lead < 0; j++) {
        lead = row[j] != 0 ? j : -1;
      }
      if (lead < 0) {
        zeroSeen = true;
      } else if (zeroSeen || lead <= last) {
        return false;
      } else {
        last = lead;
      }
    }
    return true;
  }

  @Override
  protected void checkVariant(Variant v) {
    FractionMatrix a = FractionMatrix.parse(v.param("A").value().text());
    long[][] entries = Elimination3x3SolveTest.longs(a);
    assertEquals(2, Rank3x3Test.rankByMinors(a), "A must have rank 2");
    assertFalse(isEchelon(entries), "A is already in echelon form");
    for (long[] row : entries) {
      assertTrue(row[0] != 0 || row[1] != 0 || row[2] != 0, "zero row in A");
      for (long x : row) {
        assertTrue(Math.abs(x) <= 12, "entry too large");
      }
    }
    AnswerKey k = v.key();
    assertEquals(AnswerKey.Kind.MATRIX, k.kind());
    assertEquals(AnswerKey.MatrixMode.ANY_ECHELON_FORM_OF, k.matrixMode());
    assertEquals(a, k.matrix());
    String[][] model = v.modelResponse().grid();
    long[][] echelon = new long[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        Fraction f = Fraction.parse(model[i][j]);
        assertTrue(f.isInteger(), "the model echelon form has whole numbers");
        echelon[i][j] = f.numerator();
      }
    }
    assertTrue(isEchelon(echelon));
    // Same row space: stacking the model under A adds no rank.
    Fraction[][] stacked = new Fraction[6][];
    for (int i = 0; i < 3; i++) {
      stacked[i] = a.row(i);
      stacked[i + 3] = FractionMatrix.ofIntegers(echelon).row(i);
    }
    assertEquals(2, FractionMatrix.of(stacked).rank());
    boolean leftAsIs = false;
    for (Mistake m : v.mistakes()) {
      leftAsIs |= m.description().startsWith("left A as it is");
    }
    assertTrue(leftAsIs);
    assertTrue(v.solution().size() >= 4, "elimination steps missing");
  }
}
