package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.Variant;

class DerivativeChainTest extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new DerivativeChain();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "28eb8540";
  }

  @Override
  protected void checkVariant(Variant v) {
    DerivativeText.check(v);
    String f = v.param("f").value().text();
    assertTrue(f.contains("e^(") || f.contains("ln("), "no e^u or ln u in " + f);
    if (f.contains("ln(")) {
      // ln of a x^2 + b with a, b > 0: defined everywhere, so no domain questions.
      assertTrue(f.indexOf("ln(-") < 0 && f.indexOf(" - ") < 0, "ln argument may be <= 0: " + f);
    }
  }

  @Test
  void everyShapeIsDrawn() {
    int exp = 0;
    int ln = 0;
    int product = 0;
    for (int seed = 0; seed < 300; seed++) {
      String f = generator().generate(seed).param("f").value().text();
      if (f.contains("ln(")) {
        ln++;
      } else if (f.startsWith("x")) {
        product++;
      } else {
        exp++;
      }
    }
    assertTrue(exp > 60 && ln > 60 && product > 60, exp + " " + ln + " " + product);
  }
}
