package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

class DetInverseTest extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new DetInverse();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "410f5cb4";
  }

  @Override
  protected void checkVariant(Variant v) {
    String q = v.param("Q").value().text();
    Fraction detA;
    if (v.param("A") != null) {
      FractionMatrix m = FractionMatrix.parse(v.param("A").value().text());
      long ad = m.get(0, 0).numerator() * m.get(1, 1).numerator();
      long bc = m.get(0, 1).numerator() * m.get(1, 0).numerator();
      detA = Fraction.of(ad - bc);
    } else {
      detA = DetProductTest.given(v, "dA");
    }
    assertTrue(detA.abs().compareTo(Fraction.ONE) != 0 && !detA.isZero(), "det A = " + detA);
    AnswerKey k = v.key();
    assertEquals(AnswerKey.Kind.FRACTION, k.kind());
    Fraction expected;
    if (q.equals("det(A^-1)")) {
      expected = Fraction.ONE.divide(detA);
    } else {
      assertEquals("det(A^-1 B)", q);
      Fraction detB = DetProductTest.given(v, "dB");
      expected = detB.divide(detA);
      assertTrue(DetProductTest.hasMistake(v, detA.divide(detB)) || detA.equals(detB.negate()));
    }
    assertEquals(expected, k.fractionValue());
    assertTrue(DetProductTest.hasMistake(v, expected.negate()), "sign error not rejected");
    if (q.equals("det(A^-1)")) {
      assertTrue(DetProductTest.hasMistake(v, detA), "det A itself is not rejected");
    }
    String last = v.solution().get(v.solution().size() - 1).math().text();
    assertTrue(last.endsWith("= " + expected), last);
  }
}
