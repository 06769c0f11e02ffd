package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.FractionMatrix;

class RowsDependent3x3Test extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new RowsDependent3x3();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "4bdebb94";
  }

  @Test
  void aboutHalfTheVariantsAreDependent() {
    int dependent = 0;
    for (int seed = 0; seed < SEEDS; seed++) {
      dependent += generator().generate(seed).key().truth() ? 1 : 0;
    }
    // Binomial(10000, 1/2) has standard deviation 50; 45%..55% is 10 of them.
    assertTrue(dependent > 4500 && dependent < 5500, "dependent: " + dependent);
  }

  @Override
  protected void checkVariant(Variant v) {
    FractionMatrix m = FractionMatrix.parse(v.param("A").value().text());
    long det = Det3x3NonzeroTest.sarrus(m);
    AnswerKey k = v.key();
    assertEquals(AnswerKey.Kind.TRUE_FALSE, k.kind());
    assertEquals(det == 0, k.truth(), "truth disagrees with det = " + det);
    for (int i = 0; i < 3; i++) {
      boolean zero = true;
      for (int j = 0; j < 3; j++) {
        zero &= m.get(i, j).isZero();
      }
      assertTrue(!zero, "a zero row makes the question trivial");
    }
    if (k.truth()) {
      // The relation step states c1 r1 + c2 r2 + c3 r3 = 0 and is checked with the actual rows.
      String check = v.solution().get(v.solution().size() - 1).math().text();
      assertTrue(check.endsWith("= (0, 0, 0)"), check);
    }
  }
}
