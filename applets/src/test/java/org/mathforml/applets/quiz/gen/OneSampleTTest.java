package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.SolutionStep;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.stats.Descriptive;
import org.mathforml.mathlib.stats.HypothesisTests;

class OneSampleTTest extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new OneSampleT();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "ca5381fe";
  }

  @Override
  protected void checkVariant(Variant v) {
    double[] x = StatText.values(v.param("x").value().text());
    double mu0 = StatText.after(v.param("H0").value().text());
    assertTrue(x.length >= 5 && x.length <= 8);
    assertTrue(Descriptive.variance(x) > 0, "zero variance");
    assertNotEquals(Descriptive.mean(x), mu0, "mean equals mu0");
    double t = HypothesisTests.oneSampleT(x, mu0).statistic();
    StatText.checkKey(v, t);
    List<SolutionStep> steps = v.solution();
    assertEquals(t, StatText.last(steps.get(steps.size() - 1).math().text()), 0.005);
  }
}
