package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mathforml.applets.quiz.Checker;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Variant;

class DerivativePolynomialTest extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new DerivativePolynomial();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "5783af4f";
  }

  @Override
  protected void checkVariant(Variant v) {
    DerivativeText.check(v);
    String f = v.param("f").value().text();
    assertTrue(f.indexOf('x') >= 0, "f does not depend on x");
  }

  @Test
  void everyShapeIsDrawn() {
    int sums = 0;
    int products = 0;
    int powers = 0;
    for (int seed = 0; seed < 300; seed++) {
      String f = generator().generate(seed).param("f").value().text();
      if (f.contains(")(")) {
        products++;
      } else if (f.contains(")^")) {
        powers++;
      } else {
        sums++;
      }
    }
    assertTrue(sums > 60 && products > 60 && powers > 60, sums + " " + products + " " + powers);
  }

  @Test
  void equivalentFormsAreAcceptedAndTheChainFactorIsNeeded() {
    // A hand-made case through the same key: f = (2x - 3)^4 needs the factor 2.
    for (int seed = 0; seed < 2000; seed++) {
      Variant v = generator().generate(seed);
      if (v.param("f").value().text().equals("(2x - 3)^4")) {
        assertTrue(Checker.check(v.key(), Response.text("8(2x-3)^3")).isCorrect());
        assertTrue(Checker.check(v.key(), Response.text("4*(2x-3)^3*2")).isCorrect());
        assertEquals(
            "That expression is not equal to the answer.",
            Checker.check(v.key(), Response.text("4(2x-3)^3")).message());
        return;
      }
    }
    throw new AssertionError("no seed below 2000 draws (2x - 3)^4");
  }
}
