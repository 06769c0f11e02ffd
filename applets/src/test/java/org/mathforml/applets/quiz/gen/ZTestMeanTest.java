package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.SolutionStep;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.stats.HypothesisTests;

class ZTestMeanTest extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new ZTestMean();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "9b076153";
  }

  @Override
  protected void checkVariant(Variant v) {
    int n = (int) StatText.after(v.param("n").value().text());
    double mean = StatText.after(v.param("xbar").value().text());
    double sigma = StatText.after(v.param("sigma").value().text());
    double mu0 = StatText.after(v.param("H0").value().text());
    assertTrue(n >= 9 && sigma > 0, "n = " + n + ", sigma = " + sigma);
    double z = HypothesisTests.oneSampleZ(mean, mu0, sigma, n).statistic();
    assertTrue(Math.abs(z) >= 0.5 && Math.abs(z) <= 3.5 + 1e-9, "z = " + z);
    StatText.checkKey(v, z);
    List<SolutionStep> steps = v.solution();
    String verdict = steps.get(steps.size() - 1).sentence();
    assertEquals(Math.abs(z) > 1.96, verdict.contains(" rejects"), verdict);
  }
}
