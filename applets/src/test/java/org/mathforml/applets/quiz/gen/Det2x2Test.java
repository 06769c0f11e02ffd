package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.FractionMatrix;

class Det2x2Test extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new Det2x2();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "6a9f0523";
  }

  @Override
  protected void checkVariant(Variant v) {
    FractionMatrix m = FractionMatrix.parse(v.param("A").value().text());
    long a = m.get(0, 0).numerator();
    long b = m.get(0, 1).numerator();
    long c = m.get(1, 0).numerator();
    long d = m.get(1, 1).numerator();
    assertTrue(Math.abs(a) <= 9 && Math.abs(b) <= 9 && Math.abs(c) <= 9 && Math.abs(d) <= 9);
    AnswerKey k = v.key();
    assertEquals(4, v.choices().size());
    int correct = k.indices()[0];
    assertEquals(Long.toString(a * d - b * c), v.choices().get(correct).label().text());
    // The three classic slips are all offered.
    String all = "";
    for (int i = 0; i < 4; i++) {
      all += "|" + v.choices().get(i).label().text() + "|";
    }
    for (long slip : new long[] {a * d + b * c, b * c - a * d, a * b - c * d}) {
      assertTrue(all.contains("|" + slip + "|"), "missing distractor " + slip);
    }
  }
}
