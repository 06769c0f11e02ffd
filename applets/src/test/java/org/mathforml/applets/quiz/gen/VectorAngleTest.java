package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.Fraction;

class VectorAngleTest extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new VectorAngle();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "ab48f89a";
  }

  @Override
  protected void checkVariant(Variant v) {
    long[] u = Ints.tuple(v.param("u").value().text());
    long[] w = Ints.tuple(v.param("v").value().text());
    assertEquals(u.length, w.length);
    assertTrue(u.length == 2 || u.length == 3);
    long dot = 0;
    long uu = 0;
    long ww = 0;
    for (int i = 0; i < u.length; i++) {
      dot += u[i] * w[i];
      uu += u[i] * u[i];
      ww += w[i] * w[i];
    }
    long lu = Math.round(Math.sqrt(uu));
    long lw = Math.round(Math.sqrt(ww));
    assertEquals(uu, lu * lu, "length of u is not whole");
    assertEquals(ww, lw * lw, "length of v is not whole");
    assertNotEquals(0, dot, "perpendicular");
    assertNotEquals(lu * lw, Math.abs(dot), "parallel");
    AnswerKey k = v.key();
    assertEquals(AnswerKey.Kind.FRACTION, k.kind());
    assertEquals(Fraction.of(dot, lu * lw), k.fractionValue());
    assertTrue(v.mistakes().size() >= 2);
    String last = v.solution().get(v.solution().size() - 1).sentence();
    long degrees = Math.round(Math.toDegrees(Math.acos((double) dot / (lu * lw))));
    assertTrue(last.contains(" " + degrees + " degrees"), last);
  }
}
