package org.mathforml.mathlib.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.distribution.Beta;
import org.mathforml.mathlib.distribution.Normal;
import org.mathforml.mathlib.random.Rng;

class BayesAndPowerTest {

  @Test
  void betaBinomialPosterior() {
    // Uniform prior, 7 successes and 3 failures: Beta(8, 4), mean 2/3, MAP 0.7 (= MLE)
    Beta post = BetaBinomial.posterior(Beta.of(1, 1), 7, 3);
    assertEquals(8, post.alpha(), 0.0);
    assertEquals(4, post.beta(), 0.0);
    assertEquals(2.0 / 3, BetaBinomial.posteriorMean(post), 1e-15);
    assertEquals(0.7, BetaBinomial.map(post), 1e-15);
    double median = BetaBinomial.posteriorMedian(post);
    assertEquals(
        new BetaDistribution(null, 8, 4, 1e-15).inverseCumulativeProbability(0.5), median, 1e-12);
    assertEquals(0.5, post.cdf(median), 1e-14);
  }

  @Test
  void mapEdgeCases() {
    assertEquals(0.0, BetaBinomial.map(Beta.of(1, 3)), 0.0);
    assertEquals(0.0, BetaBinomial.map(Beta.of(0.5, 3)), 0.0);
    assertEquals(0.0, BetaBinomial.map(Beta.of(0.5, 1)), 0.0);
    assertEquals(1.0, BetaBinomial.map(Beta.of(3, 1)), 0.0);
    assertEquals(1.0, BetaBinomial.map(Beta.of(1, 0.5)), 0.0);
    assertTrue(Double.isNaN(BetaBinomial.map(Beta.of(1, 1))));
    assertTrue(Double.isNaN(BetaBinomial.map(Beta.of(0.5, 0.5))));
    assertThrows(
        IllegalArgumentException.class, () -> BetaBinomial.posterior(Beta.of(1, 1), -1, 0));
  }

  @Test
  void normalKnownVariancePosterior() {
    // prior N(0, 1), sigma = 2, data sum 10 over n = 4: precision 1 + 1 = 2,
    // mean (0 + 10/4) / 2 = 1.25, sd sqrt(1/2)
    Normal post = NormalKnownVariance.posterior(Normal.of(0, 1), 2, new double[] {1, 2, 3, 4});
    assertEquals(1.25, post.mean(), 1e-15);
    assertEquals(Math.sqrt(0.5), post.standardDeviation(), 1e-15);
    Normal same = NormalKnownVariance.posterior(Normal.of(3, 2), 1, new double[0]);
    assertEquals(3, same.mean(), 0.0);
    assertEquals(2, same.standardDeviation(), 1e-15);
    // sequential updating equals one batch update
    Normal a = NormalKnownVariance.posterior(Normal.of(0, 5), 1.5, new double[] {0.3, 1.1});
    Normal b = NormalKnownVariance.posterior(a, 1.5, new double[] {2.0});
    Normal c = NormalKnownVariance.posterior(Normal.of(0, 5), 1.5, new double[] {0.3, 1.1, 2});
    assertEquals(c.mean(), b.mean(), 1e-14);
    assertEquals(c.standardDeviation(), b.standardDeviation(), 1e-14);
  }

  @Test
  void powerAndSampleSize() {
    // Cohen's d = 0.5, two-sided alpha 0.05, power 0.8: ((1.959964 + 0.841621) / 0.5)^2 =
    // 31.4 -> 32 (the standard z-test textbook result).
    assertEquals(32, Power.oneSampleZSampleSize(0, 0.5, 1, 0.05, 0.8, true));
    double power = Power.oneSampleZ(0, 0.5, 1, 32, 0.05, Alternative.TWO_SIDED);
    assertTrue(power >= 0.8 && power < 0.82, "power " + power);
    assertEquals(0.05, Power.oneSampleZ(0, 0, 1, 10, 0.05, Alternative.TWO_SIDED), 1e-15);
    assertEquals(0.05, Power.oneSampleZ(0, 0, 1, 10, 0.05, Alternative.GREATER), 1e-15);
    // Fleiss 4.14 by hand: p1 = 0.6, p2 = 0.4, alpha 0.05, power 0.8: pbar = 0.5,
    // (1.959964 sqrt(0.5) + 0.841621 sqrt(0.48))^2 / 0.04 = (1.385904 + 0.583078)^2 / 0.04
    // = 96.92 -> 97 per group.
    assertEquals(97, Power.twoProportionSampleSize(0.6, 0.4, 0.05, 0.8));
    double p2 = Power.twoProportion(0.6, 0.4, 97, 0.05);
    assertTrue(p2 >= 0.8 && p2 < 0.81, "power " + p2);
    // type I / II of "reject when xbar > 105" with sigma 15, n 36 (se 2.5):
    // alpha = P(Z > 2) = 0.02275, beta at mu 108 = P(Z <= -1.2) = 0.11507 (normal table)
    assertEquals(0.02275, Power.typeIError(105, 100, 15, 36), 5e-6);
    assertEquals(0.11507, Power.typeIIError(105, 108, 15, 36), 5e-6);
    assertThrows(
        IllegalArgumentException.class, () -> Power.oneSampleZSampleSize(0, 0, 1, 0.05, 0.8, true));
  }

  @Test
  void powerAgreesWithSimulation() {
    // Monte Carlo: reject rate of the two-sided z test at n = 20, effect 0.6 sigma.
    Rng rng = Rng.seeded(12);
    int reps = 20_000;
    int rejections = 0;
    for (int i = 0; i < reps; i++) {
      double[] x = Normal.of(0.6, 1).sample(rng, 20);
      if (HypothesisTests.oneSampleZ(x, 0, 1).rejects(0.05)) {
        rejections++;
      }
    }
    double power = Power.oneSampleZ(0, 0.6, 1, 20, 0.05, Alternative.TWO_SIDED);
    double se = Math.sqrt(power * (1 - power) / reps);
    assertEquals(power, (double) rejections / reps, 5 * se);
  }
}
