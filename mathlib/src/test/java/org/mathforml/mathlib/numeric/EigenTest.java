package org.mathforml.mathlib.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mathforml.mathlib.numeric.NumericTestSupport.assertWithin;

import java.util.Random;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Closed-form 2x2 / 3x3 eigen, Jacobi and power iteration. */
class EigenTest {

  /**
   * Eigenvalues of random (non-symmetric) 2x2/3x3 matrices vs Commons Math's Hessenberg-QR.
   * Closed-form roots are accurate to a few eps * ||A|| when the eigenvalues are well separated;
   * random matrices occasionally have near-double eigenvalues, whose sensitivity is sqrt(eps *
   * ||A|| * gap-ish), so the bound is 1e-12 relative for separations above 1e-3 and 1e-7 otherwise
   * (the merge tolerance).
   */
  static final double SEPARATED = 1e-12;

  static final double CLOSE = 1e-6;

  @AfterAll
  static void printWorst() {
    NumericTestSupport.printWorst("EigenTest");
  }

  @Test
  void smallEigenMatchesCommonsMath() {
    Random rnd = new Random(21);
    for (int n = 2; n <= 3; n++) {
      for (int t = 0; t < 3000; t++) {
        double[][] d = NumericTestSupport.random(rnd, n, n);
        Matrix a = Matrix.of(d);
        Complex[] ours = n == 2 ? Eigen2x2.of(a).eigenvalues() : Eigen3x3.of(a).eigenvalues();
        EigenDecomposition ref = new EigenDecomposition(NumericTestSupport.cm(d));
        double scale = a.maxAbs();
        boolean[] used = new boolean[n];
        double minGap = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
          for (int j = i + 1; j < n; j++) {
            minGap =
                Math.min(
                    minGap,
                    Math.hypot(
                        ref.getRealEigenvalues()[i] - ref.getRealEigenvalues()[j],
                        ref.getImagEigenvalues()[i] - ref.getImagEigenvalues()[j]));
          }
        }
        double tol = (minGap > 1e-3 * scale ? SEPARATED : CLOSE) * scale;
        for (Complex z : ours) { // match each of ours to the nearest unused reference value
          int best = -1;
          double bestD = Double.POSITIVE_INFINITY;
          for (int j = 0; j < n; j++) {
            double dist =
                Math.hypot(
                    z.re() - ref.getRealEigenvalues()[j], z.im() - ref.getImagEigenvalues()[j]);
            if (!used[j] && dist < bestD) {
              bestD = dist;
              best = j;
            }
          }
          used[best] = true;
          assertWithin(bestD, tol, "eigenvalue " + n + "x" + n);
        }
        // A v = lambda v for the real eigenvalues.
        for (int i = 0; i < n; i++) {
          if (ours[i].isReal() && minGap > 1e-3 * scale) {
            Vector v = n == 2 ? Eigen2x2.of(a).eigenvector(i) : Eigen3x3.of(a).eigenvector(i);
            assertEquals(1.0, v.norm(), 1e-14);
            assertWithin(
                a.multiply(v).minus(v.times(ours[i].re())).norm(),
                1e-11 * scale,
                "A v - lambda v " + n + "x" + n);
          }
        }
      }
    }
  }

  @Test
  void handCheckedTwoByTwo() {
    // [[2, 1], [1, 2]]: eigenvalues 3 and 1, eigenvectors (1, 1)/sqrt2 and (-1, 1)/sqrt2.
    Eigen2x2 e = Eigen2x2.of(Matrix.of(new double[][] {{2, 1}, {1, 2}}));
    assertEquals(Complex.ofReal(3), e.eigenvalues()[0]);
    assertEquals(Complex.ofReal(1), e.eigenvalues()[1]);
    double r = Math.sqrt(0.5);
    assertEquals(0.0, NumericTestSupport.maxDiff(e.eigenvector(0), new double[] {r, r}), 1e-15);
    assertEquals(
        0.0, NumericTestSupport.maxDiffUpToSign(e.eigenvector(1), new double[] {-r, r}), 1e-15);
    // Rotation by 90 degrees: +-i, no real eigenvector.
    Eigen2x2 rot = Eigen2x2.of(Matrix.of(new double[][] {{0, -1}, {1, 0}}));
    assertFalse(rot.isReal());
    assertEquals(Complex.of(0, 1), rot.eigenvalues()[0]);
    assertEquals(Complex.of(0, -1), rot.eigenvalues()[1]);
    assertThrows(IllegalStateException.class, () -> rot.eigenvector(0));
    // Shear: eigenvalue 1 twice, one eigenvector (1, 0): defective.
    Eigen2x2 shear = Eigen2x2.of(Matrix.of(new double[][] {{1, 1}, {0, 1}}));
    assertEquals(Complex.ofReal(1), shear.eigenvalues()[1]);
    assertFalse(shear.isDiagonalizable());
    assertEquals(Vector.of(1, 0), shear.eigenvector(0));
    // 3I: repeated eigenvalue with a full eigenspace.
    Eigen2x2 scale = Eigen2x2.of(Matrix.identity(2).times(3));
    assertTrue(scale.isDiagonalizable());
    assertEquals(0.0, scale.eigenvector(0).dot(scale.eigenvector(1)), 1e-15);
    assertThrows(IllegalArgumentException.class, () -> Eigen2x2.of(Matrix.identity(3)));
  }

  @Test
  void handCheckedThreeByThree() {
    // Upper triangular: eigenvalues are the diagonal 3, 2, 1.
    Eigen3x3 e = Eigen3x3.of(Matrix.of(new double[][] {{1, 2, 3}, {0, 2, 4}, {0, 0, 3}}));
    for (int i = 0; i < 3; i++) {
      assertEquals(3.0 - i, e.eigenvalues()[i].re(), 1e-14);
      assertTrue(e.eigenvalues()[i].isReal());
    }
    // diag(2, 2, 5) rotated: a double eigenvalue, merged exactly and with a 2-D eigenspace.
    Matrix q = SymmetricEigen.of(Matrix.of(new double[][] {{2, 1, 0}, {1, 3, 1}, {0, 1, 4}})).v();
    Matrix d = Matrix.of(new double[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, 5}});
    Eigen3x3 rep = Eigen3x3.of(q.multiply(d).multiply(q.transpose()));
    assertEquals(5.0, rep.eigenvalues()[0].re(), 1e-13);
    assertEquals(rep.eigenvalues()[1], rep.eigenvalues()[2]);
    assertEquals(2.0, rep.eigenvalues()[1].re(), 1e-13);
    assertTrue(rep.isDiagonalizable());
    // Jordan block: eigenvalue 2 three times, one eigenvector.
    Eigen3x3 jordan = Eigen3x3.of(Matrix.of(new double[][] {{2, 1, 0}, {0, 2, 1}, {0, 0, 2}}));
    assertEquals(Complex.ofReal(2), jordan.eigenvalues()[0]);
    assertFalse(jordan.isDiagonalizable());
    // Rotation about z by 90 degrees: 1, +-i.
    Eigen3x3 rot = Eigen3x3.of(Matrix.of(new double[][] {{0, -1, 0}, {1, 0, 0}, {0, 0, 1}}));
    assertEquals(1.0, rot.eigenvalues()[0].re(), 1e-15);
    assertEquals(1.0, Math.abs(rot.eigenvalues()[1].im()), 1e-15);
    assertEquals(Vector.of(0, 0, 1), rot.eigenvector(0));
    Eigen3x3 zero = Eigen3x3.of(Matrix.zeros(3, 3));
    assertEquals(Complex.ofReal(0), zero.eigenvalues()[0]);
    assertTrue(zero.isDiagonalizable());
  }

  @Test
  void jacobiReportsNonConvergence() {
    Matrix a = Matrix.of(NumericTestSupport.randomSymmetric(new Random(3), 8));
    SymmetricEigen one = SymmetricEigen.of(a, 1);
    assertFalse(one.converged());
    assertEquals(-1, one.sweeps());
    assertTrue(SymmetricEigen.of(a).converged());
    assertThrows(
        IllegalArgumentException.class,
        () -> SymmetricEigen.of(Matrix.of(new double[][] {{1, 2}, {3, 4}})));
    SymmetricEigen single = SymmetricEigen.of(Matrix.of(new double[][] {{-7}}));
    assertEquals(-7.0, single.eigenvalue(0));
    assertEquals(Vector.of(1), single.eigenvector(0));
  }

  @Test
  void jacobiAndTridiagonalQlAgreeOnLargerMatrices() {
    Random rnd = new Random(4);
    for (int n = 10; n <= 40; n += 3) {
      Matrix a = Matrix.of(NumericTestSupport.randomSymmetric(rnd, n));
      SymmetricEigen ql = SymmetricEigen.of(a);
      SymmetricEigen jacobi = SymmetricEigen.of(a, SymmetricEigen.DEFAULT_MAX_SWEEPS);
      assertTrue(ql.converged() && jacobi.converged());
      assertWithin(
          NumericTestSupport.maxDiff(Vector.of(ql.eigenvalues()), jacobi.eigenvalues()),
          100 * n * NumericTestSupport.EPS * a.frobeniusNorm(),
          "QL vs Jacobi");
      assertWithin(
          NumericTestSupport.orthogonalityError(ql.v()),
          100 * n * NumericTestSupport.EPS,
          "QL V^T V");
    }
  }

  @Test
  void powerIterationFindsDominantPair() {
    // [[2, 1], [1, 2]]: dominant eigenvalue 3, eigenvector (1, 1)/sqrt 2.
    PowerIteration p =
        PowerIteration.of(Matrix.of(new double[][] {{2, 1}, {1, 2}}), Vector.of(1, 0), 1e-12, 200);
    assertTrue(p.converged());
    assertEquals(3.0, p.eigenvalue(), 1e-12);
    assertEquals(Math.sqrt(0.5), p.eigenvector().get(0), 1e-12);
    assertEquals(p.iterations(), p.eigenvalueHistory().length);
    assertEquals(p.iterations(), p.vectorHistory().size());
    assertEquals(Vector.of(1, 0), p.vectorHistory().get(0));
    // Random symmetric positive matrices vs Jacobi.
    Random rnd = new Random(5);
    for (int t = 0; t < 200; t++) {
      Matrix a = Matrix.of(NumericTestSupport.randomSpd(rnd, 1 + rnd.nextInt(6)));
      SymmetricEigen e = SymmetricEigen.of(a);
      if (a.rows() > 1 && e.eigenvalue(1) > 0.9 * e.eigenvalue(0)) {
        continue; // too slow a ratio for 1000 steps
      }
      PowerIteration pi = PowerIteration.of(a);
      assertTrue(pi.converged());
      assertWithin(
          Math.abs(pi.eigenvalue() - e.eigenvalue(0)), 1e-9 * e.eigenvalue(0), "power eigenvalue");
    }
  }

  @Test
  void powerIterationFlagsEqualModuli() {
    // Eigenvalues 1 and -1: the iterates swap forever.
    PowerIteration swap =
        PowerIteration.of(Matrix.of(new double[][] {{0, 1}, {1, 0}}), Vector.of(1, 0), 1e-10, 500);
    assertFalse(swap.converged());
    assertEquals(500, swap.iterations());
    // Complex pair +-i (rotation): no dominant real eigenvalue.
    assertFalse(PowerIteration.of(Matrix.of(new double[][] {{0, -1}, {1, 0}})).converged());
    // A nilpotent matrix sends the start vector to 0: eigenvalue 0, reported as converged.
    PowerIteration nil =
        PowerIteration.of(Matrix.of(new double[][] {{0, 1}, {0, 0}}), Vector.of(1, 0), 1e-10, 10);
    assertTrue(nil.converged());
    assertEquals(0.0, nil.eigenvalue());
    assertThrows(
        IllegalArgumentException.class,
        () -> PowerIteration.of(Matrix.identity(2), Vector.of(0, 0), 1e-10, 10));
    assertThrows(
        IllegalArgumentException.class,
        () -> PowerIteration.of(Matrix.identity(2), Vector.of(1, 0), 0, 10));
  }
}
