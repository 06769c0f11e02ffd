package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Checker;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.FractionMatrix;

class MatrixProduct2x2Test extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new MatrixProduct2x2();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "576480b5";
  }

  @Override
  protected void checkVariant(Variant v) {
    long[][] a = Ints.matrix(v.param("A").value().text());
    long[][] b = Ints.matrix(v.param("B").value().text());
    long[][] ab = new long[2][2];
    long[][] ba = new long[2][2];
    long[][] hadamard = new long[2][2];
    long[][] transposed = new long[2][2];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        assertTrue(Math.abs(a[i][j]) <= 4 && Math.abs(b[i][j]) <= 4, "entries out of range");
        ab[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j];
        ba[i][j] = b[i][0] * a[0][j] + b[i][1] * a[1][j];
        hadamard[i][j] = a[i][j] * b[i][j];
      }
    }
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        transposed[i][j] = ab[j][i];
      }
    }
    int zeros = 0;
    for (int i = 0; i < 4; i++) {
      zeros += a[i / 2][i % 2] == 0 ? 1 : 0;
      zeros += b[i / 2][i % 2] == 0 ? 10 : 0;
    }
    assertTrue(zeros % 10 <= 1 && zeros / 10 <= 1, "too many zeros");
    AnswerKey k = v.key();
    assertEquals(AnswerKey.MatrixMode.EXACT, k.matrixMode());
    assertEquals(FractionMatrix.ofIntegers(ab), k.matrix(), "key is not AB");
    // The three classic slips are real mistakes here, and the key rejects each of them.
    for (long[][] slip : new long[][][] {ba, hadamard, transposed, new long[2][2]}) {
      assertFalse(Checker.check(k, Ints.grid(slip)).isCorrect(), "accepted " + Ints.text(slip));
    }
    assertTrue(v.mistakes().size() >= 3);
    assertEquals(6, v.solution().size(), "one step per entry plus the rule and the result");
  }
}
