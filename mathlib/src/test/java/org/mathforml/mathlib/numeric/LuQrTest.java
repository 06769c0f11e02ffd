package org.mathforml.mathlib.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mathforml.mathlib.numeric.NumericTestSupport.EPS;

import org.junit.jupiter.api.Test;

/** LU, QR and Cholesky on hand-checked, singular and ill-conditioned inputs. */
class LuQrTest {

  @Test
  void smallSystemsExactly() {
    // 2x + y = 5, x - y = 1 -> x = 2, y = 1; det = -3.
    LU lu = LU.of(Matrix.of(new double[][] {{2, 1}, {1, -1}}));
    assertEquals(-3.0, lu.determinant());
    assertEquals(Vector.of(2, 1), lu.solve(Vector.of(5, 1)));
    assertFalse(lu.isSingular());
    // 3x3 determinant by cofactors: 2(0-1) - 0 + 1(1-0)... = -1 for this matrix.
    Matrix a = Matrix.of(new double[][] {{2, 0, 1}, {1, 1, 0}, {0, 1, 1}});
    assertEquals(3.0, LU.of(a).determinant(), 1e-15); // 2(1-0) - 0 + 1(1-0) = 3
    Matrix inv = LU.of(a).inverse();
    assertTrue(NumericTestSupport.maxDiff(inv.multiply(a), Matrix.identity(3)) < 4 * EPS);
  }

  @Test
  void singularMatricesAreFlagged() {
    Matrix rank1 = Matrix.of(new double[][] {{1, 2}, {2, 4}});
    LU lu = LU.of(rank1);
    assertTrue(lu.isSingular());
    assertEquals(0.0, lu.determinant());
    assertThrows(ArithmeticException.class, () -> lu.solve(Vector.of(1, 2)));
    // Row 3 = row 1 + row 2 in decimals that are not exact in binary: pivot is tiny, not 0.
    Matrix nearly = Matrix.of(new double[][] {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}, {0.5, 0.7, 0.9}});
    assertTrue(LU.of(nearly).isSingular());
    assertTrue(Math.abs(LU.of(nearly).determinant()) < 1e-15);
    assertThrows(IllegalArgumentException.class, () -> LU.of(Matrix.zeros(2, 3)));
    assertThrows(IllegalArgumentException.class, () -> LU.of(rank1, -1));
  }

  @Test
  void hilbert8ResidualSmallEvenThoughErrorIsLarge() {
    // cond(H8) = 1.5e10 (Higham, Accuracy and Stability of Numerical Algorithms, Table 28.1
    // gives kappa_2(H_8) = 1.53e10): the solution may lose ~10 digits, the residual must not.
    Matrix h = Matrix.of(NumericTestSupport.hilbert(8));
    double[] ones = {1, 1, 1, 1, 1, 1, 1, 1};
    Vector b = h.multiply(Vector.of(ones));
    LU lu = LU.of(h);
    assertFalse(lu.isSingular());
    Vector x = lu.solve(b);
    double residual = h.multiply(x).minus(b).norm();
    assertTrue(residual < 100 * 8 * EPS * b.norm(), "residual " + residual);
    double error = x.minus(Vector.of(ones)).norm();
    assertTrue(error < 1e-4, "error " + error);
    assertTrue(error > 1e-10, "the error really is large: " + error);
    Vector xq = QR.of(h).solve(b);
    assertTrue(h.multiply(xq).minus(b).norm() < 100 * 8 * EPS * b.norm());
  }

  @Test
  void qrRankDeficiencyAndShapes() {
    // Column 3 = column 1 + column 2.
    Matrix a = Matrix.of(new double[][] {{1, 0.1, 1.1}, {2, 0.3, 2.3}, {0.7, 5, 5.7}, {1, 1, 2}});
    QR qr = QR.of(a);
    assertFalse(qr.isFullRank());
    assertThrows(ArithmeticException.class, () -> qr.solve(Vector.of(1, 2, 3, 4)));
    QR wide = QR.of(Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}));
    assertFalse(wide.isFullRank());
    assertEquals(2, wide.q().rows());
    assertTrue(
        NumericTestSupport.maxDiff(
                wide.q().multiply(wide.r()), Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}}))
            < 1e-14);
    // Line through (0,1), (1,3), (2,5) exactly: y = 1 + 2x.
    Matrix x = Matrix.of(new double[][] {{1, 0}, {1, 1}, {1, 2}});
    Vector coef = QR.of(x).solve(Vector.of(1, 3, 5));
    assertEquals(1.0, coef.get(0), 1e-14);
    assertEquals(2.0, coef.get(1), 1e-14);
  }

  @Test
  void cholesky() {
    // [[4, 2], [2, 3]] = L L^T with L = [[2, 0], [1, sqrt 2]].
    Cholesky c = Cholesky.of(Matrix.of(new double[][] {{4, 2}, {2, 3}}));
    assertEquals(Matrix.of(new double[][] {{2, 0}, {1, Math.sqrt(2)}}), c.l());
    assertEquals(8.0, c.determinant(), 1e-14);
    Vector x = c.solve(Vector.of(6, 5));
    assertEquals(1.0, x.get(0), 1e-15);
    assertEquals(1.0, x.get(1), 1e-15);
    assertThrows(
        IllegalArgumentException.class,
        () -> Cholesky.of(Matrix.of(new double[][] {{1, 2}, {2, 1}})));
    assertThrows(
        IllegalArgumentException.class,
        () -> Cholesky.of(Matrix.of(new double[][] {{1, 2}, {0, 1}})));
    assertThrows(
        IllegalArgumentException.class,
        () -> Cholesky.of(Matrix.of(new double[][] {{1, 1}, {1, 1}})));
  }
}
