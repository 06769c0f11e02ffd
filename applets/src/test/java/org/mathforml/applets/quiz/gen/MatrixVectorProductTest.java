package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Checker;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.Fraction;

class MatrixVectorProductTest extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new MatrixVectorProduct();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "b601bc0a";
  }

  @Override
  protected void checkVariant(Variant v) {
    long[][] a = Ints.matrix(v.param("A").value().text());
    long[][] column = Ints.matrix(v.param("x").value().text());
    int n = a.length;
    assertTrue(n == 2 || n == 3);
    assertEquals(n, column.length);
    long[] ax = new long[n];
    long[] atx = new long[n];
    boolean zero = true;
    for (int i = 0; i < n; i++) {
      assertTrue(column[i][0] != 0 && Math.abs(column[i][0]) <= 4, "x entry out of range");
      for (int j = 0; j < n; j++) {
        assertTrue(Math.abs(a[i][j]) <= 5, "entry out of range");
        ax[i] += a[i][j] * column[j][0];
        atx[i] += a[j][i] * column[j][0];
      }
      zero &= ax[i] == 0;
    }
    assertFalse(zero, "Ax is the zero vector");
    AnswerKey k = v.key();
    assertTrue(k.isExactVector());
    Fraction[] expected = new Fraction[n];
    for (int i = 0; i < n; i++) {
      expected[i] = Fraction.of(ax[i]);
    }
    assertArrayEquals(expected, k.exactEntries());
    assertFalse(Checker.check(k, Ints.cells(atx)).isCorrect(), "A^T x accepted");
    assertEquals(n + 2, v.solution().size(), "rule, one step per row, the column view");
  }
}
