package org.mathforml.mathlib.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mathforml.mathlib.numeric.NumericTestSupport.assertWithin;

import java.util.Random;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.junit.jupiter.api.Test;

/** Least squares (both methods) and PCA. */
class LeastSquaresPcaTest {

  @Test
  void exactLineFit() {
    // y = 1 + 2x through four points: RSS 0, R^2 1, both methods.
    Matrix x = Matrix.of(new double[][] {{1, 0}, {1, 1}, {1, 2}, {1, 3}});
    Vector y = Vector.of(1, 3, 5, 7);
    for (LeastSquares.Method m : LeastSquares.Method.values()) {
      LeastSquares fit = LeastSquares.fit(x, y, m);
      assertEquals(1.0, fit.coefficients().get(0), 1e-14);
      assertEquals(2.0, fit.coefficients().get(1), 1e-14);
      assertEquals(0.0, fit.residualSumOfSquares(), 1e-26);
      assertEquals(1.0, fit.rSquared(), 1e-14);
    }
    // Points (0,0), (1,1), (2,1): slope 1/2, intercept 1/6 (normal equations by hand:
    // [[3, 3], [3, 5]] b = [2, 3] -> b = (1/6, 1/2)); residuals -1/6, 1/3, -1/6, RSS 1/6.
    LeastSquares fit =
        LeastSquares.fit(Matrix.of(new double[][] {{1, 0}, {1, 1}, {1, 2}}), Vector.of(0, 1, 1));
    assertEquals(1.0 / 6, fit.coefficients().get(0), 1e-15);
    assertEquals(0.5, fit.coefficients().get(1), 1e-15);
    assertEquals(1.0 / 6, fit.residualSumOfSquares(), 1e-15);
    assertEquals(1 - (1.0 / 6) / (2.0 / 3), fit.rSquared(), 1e-15); // TSS = 2/3
  }

  @Test
  void rankDeficientAndDegenerateDesigns() {
    Matrix dup = Matrix.of(new double[][] {{1, 2, 4}, {1, 3, 6}, {1, 5, 10}, {1, 7, 14}});
    Vector y = Vector.of(1, 2, 3, 4);
    for (LeastSquares.Method m : LeastSquares.Method.values()) {
      assertThrows(ArithmeticException.class, () -> LeastSquares.fit(dup, y, m));
      assertThrows(ArithmeticException.class, () -> LeastSquares.fit(Matrix.zeros(4, 2), y, m));
      assertThrows(
          ArithmeticException.class,
          () -> LeastSquares.fit(Matrix.of(new double[][] {{1, 2}}), Vector.of(1), m));
    }
    assertThrows(IllegalArgumentException.class, () -> LeastSquares.fit(dup, Vector.of(1, 2)));
    LeastSquares flat = LeastSquares.fit(Matrix.of(new double[][] {{1}, {1}}), Vector.of(2, 2));
    assertTrue(Double.isNaN(flat.rSquared()));
    // Hilbert-like design (cond ~ 1e10): QR still fits, the normal equations refuse.
    Matrix h = Matrix.of(NumericTestSupport.hilbert(8));
    Vector b = h.multiply(Vector.of(1, 1, 1, 1, 1, 1, 1, 1));
    assertTrue(LeastSquares.fit(h, b).residualSumOfSquares() < 1e-28);
    assertThrows(
        ArithmeticException.class,
        () -> LeastSquares.fit(h, b, LeastSquares.Method.NORMAL_EQUATIONS));
  }

  @Test
  void pcaMatchesCommonsCovarianceEigen() {
    Random rnd = new Random(41);
    for (int t = 0; t < 500; t++) {
      int p = 1 + rnd.nextInt(6);
      int n = 2 + rnd.nextInt(30);
      double[][] data = NumericTestSupport.random(rnd, n, p);
      Pca pca = Pca.of(data);
      double[][] cov = new Covariance(data).getCovarianceMatrix().getData();
      EigenDecomposition ed = new EigenDecomposition(NumericTestSupport.cm(cov));
      double norm = NumericTestSupport.cm(cov).getFrobeniusNorm();
      double[] var = pca.explainedVariance();
      for (int i = 0; i < p; i++) {
        assertWithin(
            Math.abs(var[i] - Math.max(0, ed.getRealEigenvalue(i))), 1e-12 * norm, "PCA variance");
      }
      assertWithin(
          NumericTestSupport.maxDiff(pca.covariance(), NumericTestSupport.cm(cov)),
          1e-13 * norm,
          "covariance");
      double ratioSum = 0;
      for (double r : pca.explainedVarianceRatio()) {
        ratioSum += r;
      }
      assertEquals(1.0, ratioSum, 1e-12);
      // Components are unit, largest-|entry| positive, and reconstruct exactly with all k.
      for (int i = 0; i < p; i++) {
        Vector c = pca.component(i);
        assertEquals(1.0, c.norm(), 1e-14);
        double big = 0;
        for (int j = 0; j < p; j++) {
          big = Math.abs(c.get(j)) > Math.abs(big) ? c.get(j) : big;
        }
        assertTrue(big > 0);
      }
      double scale = Matrix.of(data).maxAbs();
      assertWithin(
          NumericTestSupport.maxDiff(pca.reconstruct(p), Matrix.of(data)),
          1e-13 * scale * p,
          "reconstruct(p)");
    }
  }

  @Test
  void pcaHandChecked() {
    // Points on the line y = x: one component (1, 1)/sqrt 2 with all the variance.
    Pca pca = Pca.of(new double[][] {{1, 1}, {2, 2}, {3, 3}, {4, 4}});
    double r = Math.sqrt(0.5);
    assertEquals(r, pca.component(0).get(0), 1e-15);
    assertEquals(r, pca.component(0).get(1), 1e-15);
    assertEquals(1.0, pca.explainedVarianceRatio()[0], 1e-15);
    assertEquals(0.0, pca.explainedVariance()[1], 1e-15);
    // Variance along the line: sum of squared distances from the mean (2.5, 2.5) is
    // 2 * (2.25 + 0.25 + 0.25 + 2.25) = 10, divided by n - 1 = 3.
    assertEquals(10.0 / 3, pca.explainedVariance()[0], 1e-14);
    Matrix scores = pca.project(1);
    assertEquals(-1.5 * Math.sqrt(2), scores.get(0, 0), 1e-14);
    assertTrue(
        NumericTestSupport.maxDiff(
                pca.reconstruct(1), Matrix.of(new double[][] {{1, 1}, {2, 2}, {3, 3}, {4, 4}}))
            < 1e-14);
    Pca same = Pca.of(new double[][] {{1, 2}, {1, 2}});
    assertTrue(Double.isNaN(same.explainedVarianceRatio()[0]));
    assertThrows(IllegalArgumentException.class, () -> Pca.of(new double[][] {{1, 2}}));
    assertThrows(IllegalArgumentException.class, () -> pca.project(3));
    assertThrows(
        IllegalArgumentException.class, () -> Pca.of(new double[][] {{1, 2}, {Double.NaN, 1}}));
  }
}
