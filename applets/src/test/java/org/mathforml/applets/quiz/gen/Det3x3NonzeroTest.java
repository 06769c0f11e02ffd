package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.SolutionStep;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

class Det3x3NonzeroTest extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new Det3x3Nonzero();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "f69a3fda";
  }

  /** Rule of Sarrus on longs: independent of mathlib's cofactor code. */
  static long sarrus(FractionMatrix m) {
    long[][] a = new long[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertTrue(m.get(i, j).isInteger());
        a[i][j] = m.get(i, j).numerator();
      }
    }
    return a[0][0] * a[1][1] * a[2][2]
        + a[0][1] * a[1][2] * a[2][0]
        + a[0][2] * a[1][0] * a[2][1]
        - a[0][2] * a[1][1] * a[2][0]
        - a[0][1] * a[1][0] * a[2][2]
        - a[0][0] * a[1][2] * a[2][1];
  }

  @Override
  protected void checkVariant(Variant v) {
    FractionMatrix m = FractionMatrix.parse(v.param("A").value().text());
    long det = sarrus(m);
    assertNotEquals(0, det, "singular matrix");
    AnswerKey k = v.key();
    assertEquals(AnswerKey.Kind.FRACTION, k.kind());
    assertEquals(Fraction.of(det), k.fractionValue());
    List<SolutionStep> steps = v.solution();
    assertTrue(steps.get(steps.size() - 1).math().text().endsWith("= " + det));
    assertTrue(steps.get(0).sentence().startsWith("Expand along"));
  }
}
