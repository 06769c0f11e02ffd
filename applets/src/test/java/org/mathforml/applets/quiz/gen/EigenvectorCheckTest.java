package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Choice;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.FractionMatrix;

class EigenvectorCheckTest extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new EigenvectorCheck();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "ff33a52f";
  }

  @Override
  protected void checkVariant(Variant v) {
    long[] a = Eigenvalues2x2Test.entries(FractionMatrix.parse(v.param("A").value().text()));
    assertTrue(Eigenvalues2x2Test.integerEigenvalues(a) != null, "not two integer eigenvalues");
    FractionMatrix col = FractionMatrix.parse(v.param("v").value().text());
    long x = col.get(0, 0).numerator();
    long y = col.get(1, 0).numerator();
    assertFalse(x == 0 && y == 0, "v = 0");
    long ax = a[0] * x + a[1] * y;
    long ay = a[2] * x + a[3] * y;
    boolean eigen = ax * y - ay * x == 0;
    String expected;
    if (eigen) {
      long lambda = x != 0 ? ax / x : ay / y;
      assertEquals(ax, lambda * x);
      assertEquals(ay, lambda * y);
      expected = "yes, with eigenvalue λ = " + lambda;
    } else {
      expected = EigenvectorCheck.NO;
    }
    AnswerKey k = v.key();
    assertEquals(AnswerKey.Kind.CHOICE, k.kind());
    assertEquals(4, v.choices().size());
    Choice right = v.choices().get(k.indices()[0]);
    assertEquals(expected, right.label().text());
    assertEquals(EigenvectorCheck.NO, v.choices().get(3).label().text());
  }
}
