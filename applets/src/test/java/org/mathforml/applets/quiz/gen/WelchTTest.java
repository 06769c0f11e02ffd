package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.SolutionStep;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.stats.Descriptive;
import org.mathforml.mathlib.stats.HypothesisTests;
import org.mathforml.mathlib.stats.TestResult;

class WelchTTest extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new WelchT();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "a037dc8e";
  }

  /** Against mathlib's double-based Welch test (itself tested against Commons Math). */
  @Override
  protected void checkVariant(Variant v) {
    double[] a = StatText.values(v.param("A").value().text());
    double[] b = StatText.values(v.param("B").value().text());
    assertTrue(a.length >= 4 && a.length <= 6 && b.length >= 4 && b.length <= 6);
    assertTrue(Descriptive.variance(a) > 0 && Descriptive.variance(b) > 0, "zero variance");
    assertNotEquals(Descriptive.mean(a), Descriptive.mean(b), "equal means");
    TestResult welch = HypothesisTests.welchT(a, b);
    StatText.checkKey(v, welch.statistic());
    List<SolutionStep> steps = v.solution();
    assertEquals(6, steps.size());
    double df = StatText.last(steps.get(5).math().text());
    assertEquals(welch.degreesOfFreedom(), df, 0.005, "degrees of freedom");
    double t = StatText.last(steps.get(4).math().text());
    assertEquals(welch.statistic(), t, 0.005, "t in the solution");
  }

  @Test
  void sampleSizesDifferInSomeVariantsSoThePooledMistakeAppears() {
    int pooled = 0;
    for (int seed = 0; seed < 500; seed++) {
      for (org.mathforml.applets.quiz.Mistake m : generator().generate(seed).mistakes()) {
        pooled += m.description().startsWith("pooled") ? 1 : 0;
      }
    }
    assertTrue(pooled > 100, "pooled mistake in " + pooled + " of 500");
  }
}
