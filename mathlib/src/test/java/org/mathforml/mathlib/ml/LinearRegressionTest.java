package org.mathforml.mathlib.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

class LinearRegressionTest {

  /**
   * Closed form vs commons-math (SimpleRegression: sums; OLS: Householder QR). The data are well
   * conditioned (kappa(X) below ~10), so both agree to ~1e-13 relative; 1e-10 is slack.
   */
  private static final double CLOSED_FORM_TOLERANCE = 1e-10;

  /** Gradient descent after 20000 epochs at alpha = 0.1 on standardised inputs vs closed form. */
  private static final double GRADIENT_DESCENT_TOLERANCE = 1e-8;

  @Test
  void handComputedLine() {
    // (0,1), (1,3), (2,4), (3,4): Sxy = 5, Sxx = 5, slope 1, intercept 3 - 1.5 = 1.5;
    // residuals -0.5, 0.5, 0.5, -0.5, so the half MSE is (4 * 0.25) / 8 = 0.125.
    double[] x = {0, 1, 2, 3};
    double[] y = {1, 3, 4, 4};
    LinearRegression m = LinearRegression.fit(x, y);
    assertEquals(1, m.slope(), 1e-15);
    assertEquals(1.5, m.intercept(), 1e-15);
    assertEquals(5.5, m.predict(4), 1e-14);
    assertEquals(0.125, m.loss(new double[][] {{0}, {1}, {2}, {3}}, y), 1e-15);
    assertEquals(0, m.lossHistory().length);
  }

  @Test
  void simpleRegressionMatchesCommons() {
    Random rnd = new Random(3L);
    double worst = 0;
    for (int t = 0; t < 2000; t++) {
      int n = 2 + rnd.nextInt(50);
      double[] x = new double[n];
      double[] y = new double[n];
      SimpleRegression ref = new SimpleRegression();
      for (int i = 0; i < n; i++) {
        x[i] = rnd.nextDouble() * 10 - 5;
        y[i] = 2 - 0.7 * x[i] + rnd.nextGaussian();
        ref.addData(x[i], y[i]);
      }
      LinearRegression m = LinearRegression.fit(x, y);
      worst = Math.max(worst, Math.abs(m.slope() - ref.getSlope()));
      worst = Math.max(worst, Math.abs(m.intercept() - ref.getIntercept()));
    }
    assertTrue(worst < CLOSED_FORM_TOLERANCE, "max error " + worst);
  }

  @Test
  void multipleRegressionMatchesCommonsOls() {
    Random rnd = new Random(4L);
    double worst = 0;
    for (int t = 0; t < 2000; t++) {
      int p = 1 + rnd.nextInt(4);
      int n = p + 2 + rnd.nextInt(40);
      double[][] x = new double[n][p];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        y[i] = 1.5;
        for (int j = 0; j < p; j++) {
          x[i][j] = rnd.nextGaussian() * (j + 1);
          y[i] += (j - 1.5) * x[i][j];
        }
        y[i] += 0.3 * rnd.nextGaussian();
      }
      OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
      ols.newSampleData(y, x);
      double[] beta = ols.estimateRegressionParameters();
      LinearRegression m = LinearRegression.fit(x, y);
      worst = Math.max(worst, Math.abs(m.intercept() - beta[0]));
      for (int j = 0; j < p; j++) {
        worst = Math.max(worst, Math.abs(m.weights()[j] - beta[j + 1]));
      }
    }
    assertTrue(worst < CLOSED_FORM_TOLERANCE, "max error " + worst);
  }

  @Test
  void gradientDescentAgreesWithClosedForm() {
    Random rnd = new Random(5L);
    for (int t = 0; t < 50; t++) {
      int n = 30;
      double[][] x = new double[n][2];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i][0] = rnd.nextGaussian();
        x[i][1] = rnd.nextGaussian();
        y[i] = 4 + 2 * x[i][0] - 3 * x[i][1] + 0.1 * rnd.nextGaussian();
      }
      LinearRegression exact = LinearRegression.fit(x, y);
      LinearRegression gd = LinearRegression.fitByGradientDescent(x, y, 0.1, 20_000);
      assertFalse(gd.diverged());
      assertEquals(exact.intercept(), gd.intercept(), GRADIENT_DESCENT_TOLERANCE);
      assertArrayEquals(exact.weights(), gd.weights(), GRADIENT_DESCENT_TOLERANCE);
      double[] h = gd.lossHistory();
      assertEquals(20_001, h.length);
      for (int k = 1; k < h.length; k++) {
        assertTrue(h[k] <= h[k - 1] + 1e-15, "loss rose at epoch " + k);
      }
      assertEquals(exact.loss(x, y), h[h.length - 1], 1e-12);
    }
  }

  @Test
  void oneEpochByHand() {
    // x = (1, 2), y = (2, 4), from w = b = 0: residuals (-2, -4); dL/dw = (1/2)(-2 - 8) = -5,
    // dL/db = -3; with alpha = 0.1: w = 0.5, b = 0.3. Initial loss (4 + 16) / 4 = 5.
    LinearRegression m =
        LinearRegression.fitByGradientDescent(new double[] {1, 2}, new double[] {2, 4}, 0.1, 1);
    assertEquals(0.5, m.slope(), 1e-15);
    assertEquals(0.3, m.intercept(), 1e-15);
    assertEquals(5, m.lossHistory()[0], 1e-15);
  }

  @Test
  void degenerateInputs() {
    assertThrows(
        ArithmeticException.class,
        () -> LinearRegression.fit(new double[] {2, 2, 2}, new double[] {1, 2, 3}));
    assertThrows(
        ArithmeticException.class,
        () ->
            LinearRegression.fit(new double[][] {{1, 2}, {2, 4}, {3, 6}}, new double[] {1, 2, 3}));
    assertThrows(
        ArithmeticException.class, () -> LinearRegression.fit(new double[] {1}, new double[] {1}));
    assertThrows(
        IllegalArgumentException.class, () -> LinearRegression.fit(new double[0], new double[0]));
    assertThrows(
        IllegalArgumentException.class,
        () -> LinearRegression.fit(new double[] {1, 2}, new double[] {1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> LinearRegression.fit(new double[] {1, Double.NaN}, new double[] {1, 2}));
    assertThrows(
        IllegalArgumentException.class,
        () -> LinearRegression.fit(new double[][] {{1, 2}, {3}}, new double[] {1, 2}));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LinearRegression.fitByGradientDescent(new double[] {1, 2}, new double[] {1, 2}, 0, 10));
    LinearRegression blowUp =
        LinearRegression.fitByGradientDescent(
            new double[] {10, 20}, new double[] {1, 2}, 10, 10_000);
    assertTrue(blowUp.diverged());
    assertTrue(blowUp.lossHistory().length < 10_001);
  }
}
