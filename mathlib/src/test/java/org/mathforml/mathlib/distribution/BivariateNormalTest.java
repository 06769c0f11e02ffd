package org.mathforml.mathlib.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.random.Rng;

class BivariateNormalTest {

  private final BivariateNormal d = BivariateNormal.of(1, -2, 2, 0.5, 0.6);
  private final MultivariateNormalDistribution oracle =
      new MultivariateNormalDistribution(
          new double[] {1, -2}, new double[][] {{4, 0.6}, {0.6, 0.25}});

  @Test
  void pdfMatchesCommonsMath() {
    for (double x = -5; x <= 7; x += 0.25) {
      for (double y = -4; y <= 0; y += 0.1) {
        double expected = oracle.density(new double[] {x, y});
        assertEquals(expected, d.pdf(x, y), 1e-13 * expected + 1e-300);
      }
    }
  }

  @Test
  void conditionalTimesMarginalIsJoint() {
    for (double x = -3; x <= 5; x += 0.5) {
      Normal cond = d.conditionalYGivenX(x);
      for (double y = -3; y <= -1; y += 0.25) {
        double joint = d.pdf(x, y);
        assertEquals(joint, d.marginalX().pdf(x) * cond.pdf(y), 1e-13 * joint);
        assertEquals(joint, d.marginalY().pdf(y) * d.conditionalXGivenY(y).pdf(x), 1e-13 * joint);
      }
    }
    // E[Y | X = 3] = -2 + 0.6 * 0.5 / 2 * (3 - 1) = -1.7; sd 0.5 sqrt(1 - 0.36) = 0.4
    assertEquals(-1.7, d.conditionalYGivenX(3).mean(), 1e-15);
    assertEquals(0.4, d.conditionalYGivenX(3).standardDeviation(), 1e-15);
    assertEquals(0.6, d.covariance(), 1e-16);
  }

  @Test
  void samplesHaveTheRightMomentsWithinCltBounds() {
    Rng rng = Rng.seeded(5);
    int n = 50_000;
    double sx = 0;
    double sy = 0;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double[] v = d.sample(rng);
      sx += v[0];
      sy += v[1];
      sxx += v[0] * v[0];
      syy += v[1] * v[1];
      sxy += v[0] * v[1];
    }
    double mx = sx / n;
    double my = sy / n;
    assertEquals(1, mx, 5 * 2 / Math.sqrt(n));
    assertEquals(-2, my, 5 * 0.5 / Math.sqrt(n));
    double cov = sxy / n - mx * my;
    double r = cov / Math.sqrt((sxx / n - mx * mx) * (syy / n - my * my));
    // se of r is about (1 - rho^2) / sqrt(n)
    assertEquals(0.6, r, 5 * 0.64 / Math.sqrt(n));
  }
}
