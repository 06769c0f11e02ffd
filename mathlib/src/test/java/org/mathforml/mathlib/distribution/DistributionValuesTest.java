package org.mathforml.mathlib.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.random.Rng;

/** Recorded values (with sources), closed forms and factory validation. */
class DistributionValuesTest {

  @Test
  void normalQuantilesMatchTablesAndCommonsInTheTails() {
    // z_0.975 and z_0.995: NIST/SEMATECH e-Handbook 1.3.6.7.1 (to 4 places); 16 digits from
    // mpmath sqrt(2) erfinv(2p - 1).
    assertEquals(1.959963984540054, Normal.standardQuantile(0.975), 2e-15);
    assertEquals(2.5758293035489004, Normal.standardQuantile(0.995), 4e-15);
    assertEquals(-1.959963984540054, Normal.standardQuantile(0.025), 2e-15);
    assertEquals(0.0, Normal.standardQuantile(0.5), 0.0);
    assertEquals(Double.NEGATIVE_INFINITY, Normal.standardQuantile(0), 0.0);
    assertEquals(Double.POSITIVE_INFINITY, Normal.standardQuantile(1), 0.0);
    NormalDistribution oracle = new NormalDistribution(0, 1);
    Random random = new Random(8L);
    double worst = 0;
    for (int i = 0; i < 5000; i++) {
      // Commons computes erfInv(2p - 1), and rounding 2p - 1 costs it ~1e-16 / p relative in
      // the tail mass; so compare quantiles directly for p >= 1e-3 and check the cdf below.
      double deep = Math.pow(10, -300 * random.nextDouble());
      double q = Normal.standardQuantile(deep);
      double back = oracle.cumulativeProbability(q);
      // one ulp of q moves the tail mass by about |q| ulp(q) relative
      assertEquals(
          deep,
          back,
          deep * (1e-13 + 16 * Math.abs(q) * Math.ulp(q)),
          "cdf(quantile(" + deep + "))");
      double p = Math.pow(10, -3 * random.nextDouble()) / 2;
      double expected = oracle.inverseCumulativeProbability(p);
      double rel = Math.abs(Normal.standardQuantile(p) - expected) / Math.abs(expected);
      worst = Math.max(worst, rel);
      // both are accurate to a few ulps; Commons goes through erfInv.
      assertTrue(rel < 1e-13 || Math.abs(expected) < 1e-3, "p=" + p + " rel " + rel);
    }
    System.out.println("[accuracy] normal quantile vs Commons: max relative error " + worst);
  }

  @Test
  void valuesCheckedWithMpmath() {
    // mpmath 1.3 at 40 digits: exp(-x)/sqrt(pi x); 1 - betainc(1/2, 1/2, 0, x/(x+1));
    // t cdf via betainc. These are the points where Commons Math itself is off.
    assertEquals(1911.041554928380459708, Gamma.of(0.5, 1).pdf(8.71585085702038E-8), 1e-10);
    assertEquals(
        7.172632821017545967e-9, FDistribution.of(1, 1).survival(7.877765477525746E15), 1e-22);
    assertEquals(
        1.259456279827375674e-4, FDistribution.of(1, 1).survival(2.5550184596857082E7), 1e-18);
    // sum of binomial(1000, k) 0.7^k 0.3^(1000-k) for k <= 593 in mpmath
    assertEquals(4.300093790811594296e-13, Binomial.of(1000, 0.7).cdf(593), 1e-25);
    assertEquals(0.50125525739885155883, StudentT.of(1000).cdf(0.0031472556029237824), 2e-16);
  }

  @Test
  void closedForms() {
    // t with 1 df is Cauchy: cdf 1/2 + atan(t)/pi; t with 2 df: cdf 1/2 + t / (2 sqrt(2 + t^2)).
    for (double t = -20; t <= 20; t += 0.37) {
      assertEquals(0.5 + Math.atan(t) / Math.PI, StudentT.of(1).cdf(t), 1e-15);
      assertEquals(0.5 + t / (2 * Math.sqrt(2 + t * t)), StudentT.of(2).cdf(t), 1e-15);
      double x = Math.abs(t);
      // chi-squared(2) is Exponential(1/2); Beta(1, 1) is uniform; Gamma(1, s) exponential
      assertEquals(-Math.expm1(-x / 2), ChiSquared.of(2).cdf(x), 1e-15);
      assertEquals(Math.exp(-x / 3), Gamma.of(1, 3).survival(x), 1e-15);
    }
    assertEquals(0.3, Beta.of(1, 1).cdf(0.3), 1e-16);
    assertEquals(0.5, Beta.of(3, 3).median(), 1e-15);
    // F(2, 2): cdf x / (1 + x)
    assertEquals(0.75, FDistribution.of(2, 2).cdf(3), 1e-15);
    assertEquals(Math.log(2), Exponential.of(1).quantile(0.5), 1e-16);
    assertEquals(4.5, Uniform.of(4, 5).quantile(0.5), 0.0);
  }

  @Test
  void densitiesAtSupportBounds() {
    assertEquals(Double.POSITIVE_INFINITY, Gamma.of(0.5, 1).pdf(0), 0.0);
    assertEquals(0.5, Gamma.of(1, 2).pdf(0), 0.0);
    assertEquals(0.0, Gamma.of(2, 1).pdf(0), 0.0);
    assertEquals(Double.POSITIVE_INFINITY, Beta.of(0.5, 2).pdf(0), 0.0);
    assertEquals(3.0, Beta.of(1, 3).pdf(0), 0.0);
    assertEquals(0.0, Beta.of(2, 3).pdf(1), 0.0);
    assertEquals(1.0, FDistribution.of(2, 5).pdf(0), 0.0);
    assertEquals(0.0, Exponential.of(2).pdf(-1), 0.0);
    assertEquals(Double.NEGATIVE_INFINITY, Exponential.of(2).logPdf(-1), 0.0);
  }

  @Test
  void undefinedMoments() {
    assertTrue(Double.isNaN(StudentT.of(1).mean()));
    assertTrue(Double.isNaN(StudentT.of(0.5).variance()));
    assertEquals(Double.POSITIVE_INFINITY, StudentT.of(2).variance(), 0.0);
    assertTrue(Double.isNaN(FDistribution.of(3, 2).mean()));
    assertTrue(Double.isNaN(FDistribution.of(3, 4).variance()));
  }

  @Test
  void factoriesValidate() {
    assertThrows(IllegalArgumentException.class, () -> Normal.of(0, 0));
    assertThrows(IllegalArgumentException.class, () -> Normal.of(0, -1));
    assertThrows(IllegalArgumentException.class, () -> Normal.of(Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> Normal.of(0, Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> Exponential.of(0));
    assertThrows(IllegalArgumentException.class, () -> Uniform.of(1, 1));
    assertThrows(IllegalArgumentException.class, () -> Uniform.of(2, 1));
    assertThrows(IllegalArgumentException.class, () -> Gamma.of(0, 1));
    assertThrows(IllegalArgumentException.class, () -> Gamma.of(1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> ChiSquared.of(-1));
    assertThrows(IllegalArgumentException.class, () -> StudentT.of(0));
    assertThrows(IllegalArgumentException.class, () -> FDistribution.of(1, 0));
    assertThrows(IllegalArgumentException.class, () -> Beta.of(0, 1));
    assertThrows(IllegalArgumentException.class, () -> Bernoulli.of(1.1));
    assertThrows(IllegalArgumentException.class, () -> Binomial.of(-1, 0.5));
    assertThrows(IllegalArgumentException.class, () -> Binomial.of(3, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Poisson.of(0));
    assertThrows(IllegalArgumentException.class, () -> DiscreteUniform.of(3, 2));
    assertThrows(IllegalArgumentException.class, () -> BivariateNormal.of(0, 0, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> BivariateNormal.of(0, 0, 1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> Normal.standard().sample(Rng.seeded(1), -1));
  }
}
