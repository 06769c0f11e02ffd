package org.mathforml.mathlib.numeric;

import static org.mathforml.mathlib.numeric.NumericTestSupport.EPS;
import static org.mathforml.mathlib.numeric.NumericTestSupport.assertWithin;
import static org.mathforml.mathlib.numeric.NumericTestSupport.cm;
import static org.mathforml.mathlib.numeric.NumericTestSupport.maxDiff;
import static org.mathforml.mathlib.numeric.NumericTestSupport.maxDiffUpToSign;
import static org.mathforml.mathlib.numeric.NumericTestSupport.random;
import static org.mathforml.mathlib.numeric.NumericTestSupport.randomSymmetric;

import java.util.Random;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Differential tests against Apache Commons Math 3.6.1 on seeded random matrices of sizes 1..8
 * (entries uniform in [-1, 1] times 10^e, e in [-3, 3]), plus a few large ones.
 *
 * <p>Tolerances follow the backward-error bounds of the algorithms: both libraries are backward
 * stable, so two answers differ by about n * eps * ||A|| * (condition number). Random matrices are
 * occasionally ill-conditioned, so comparisons of solutions are skipped when the Commons condition
 * estimate is beyond {@link #MAX_CONDITION} and the bound is scaled by the condition number: {@code
 * K * n * eps * cond * scale} with a safety factor K = 100 (rounding errors add up as sqrt(n) on
 * average but n in the worst case; 100 leaves room for both libraries' errors and for the 1-norm
 * versus 2-norm gap).
 */
class CommonsMathDifferentialTest {

  /** Random matrices per size. */
  static final int TRIALS = 400;

  /** Safety factor over n * eps (see the class comment). */
  static final double K = 100;

  /** Matrices with condition (estimated) above this are skipped for solution comparisons. */
  static final double MAX_CONDITION = 1e8;

  @AfterAll
  static void printWorst() {
    NumericTestSupport.printWorst("CommonsMathDifferentialTest");
  }

  private static double cond(RealMatrix a) {
    double[] s = new SingularValueDecomposition(a).getSingularValues();
    return s[0] / s[s.length - 1];
  }

  @Test
  void luMatchesCommonsMath() {
    Random rnd = new Random(11);
    int compared = 0;
    for (int n = 1; n <= 8; n++) {
      for (int t = 0; t < TRIALS; t++) {
        double[][] d = random(rnd, n, n);
        Matrix a = Matrix.of(d);
        RealMatrix c = cm(d);
        double cond = cond(c);
        if (cond > MAX_CONDITION) {
          continue;
        }
        LU lu = LU.of(a);
        LUDecomposition ref = new LUDecomposition(c);
        double scale = a.maxAbs();
        // Same pivoting rule: P, L, U agree to rounding.
        assertWithin(maxDiff(lu.p(), ref.getP()), 0, "P n=" + n);
        assertWithin(maxDiff(lu.l(), ref.getL()), K * n * EPS * cond, "L n=" + n);
        assertWithin(maxDiff(lu.u(), ref.getU()), K * n * EPS * cond * scale, "U n=" + n);
        double det = ref.getDeterminant();
        assertWithin(
            Math.abs(lu.determinant() - det), K * n * EPS * cond * Math.abs(det), "det n=" + n);
        double[] b = random(rnd, 1, n)[0];
        Vector x = lu.solve(Vector.of(b));
        double[] xr = ref.getSolver().solve(new ArrayRealVector(b)).toArray();
        double xn = new ArrayRealVector(xr).getLInfNorm();
        assertWithin(maxDiff(x, xr), K * n * EPS * cond * xn, "solve n=" + n);
        Matrix inv = lu.inverse();
        RealMatrix invRef = ref.getSolver().getInverse();
        assertWithin(maxDiff(inv, invRef), K * n * EPS * cond * invRef.getNorm(), "inv n=" + n);
        compared++;
      }
    }
    assertWithin(8 * TRIALS - compared, 8 * TRIALS / 20, "skipped as ill-conditioned");
  }

  @Test
  void lu200MatchesCommonsMath() {
    Random rnd = new Random(12);
    for (int t = 0; t < 3; t++) {
      int n = 200;
      double[][] d = random(rnd, n, n);
      LU lu = LU.of(Matrix.of(d));
      LUDecomposition ref = new LUDecomposition(cm(d));
      double[] b = random(rnd, 1, n)[0];
      double[] xr = ref.getSolver().solve(new ArrayRealVector(b)).toArray();
      Vector x = lu.solve(Vector.of(b));
      double cond = cond(cm(d));
      double xn = new ArrayRealVector(xr).getLInfNorm();
      assertWithin(maxDiff(x, xr), K * n * EPS * cond * xn, "solve 200");
      // The determinant itself over/underflows at this size; compare the factors instead.
      double scale = Matrix.of(d).maxAbs();
      assertWithin(maxDiff(lu.u(), ref.getU()), K * n * EPS * cond * scale, "U 200");
      assertWithin(maxDiff(lu.p(), ref.getP()), 0, "P 200");
    }
  }

  @Test
  void qrMatchesCommonsMath() {
    Random rnd = new Random(13);
    for (int m = 1; m <= 8; m++) {
      for (int n = 1; n <= 8; n++) {
        for (int t = 0; t < TRIALS / 8; t++) {
          double[][] d = random(rnd, m, n);
          Matrix a = Matrix.of(d);
          QR qr = QR.of(a);
          QRDecomposition ref = new QRDecomposition(cm(d));
          double scale = a.maxAbs();
          // Q and R are not unique when a column is dependent; compare A = QR always and the
          // factors themselves when well-conditioned.
          assertWithin(maxDiff(qr.q().multiply(qr.r()), a), K * m * EPS * scale, "QR=A");
          assertWithin(NumericTestSupport.orthogonalityError(qr.q()), K * m * EPS, "Q^T Q");
          double cond = cond(cm(d));
          if (m >= n && cond < MAX_CONDITION) {
            assertWithin(maxDiff(qr.r(), ref.getR()), K * m * EPS * cond * scale, "R");
            // Q is unique only in its first n columns.
            Matrix q = qr.q();
            RealMatrix qRef = ref.getQ();
            for (int j = 0; j < n; j++) {
              assertWithin(maxDiff(q.column(j), qRef.getColumn(j)), K * m * EPS * cond, "Q");
            }
            double[] b = random(rnd, 1, m)[0];
            double[] xr = ref.getSolver().solve(new ArrayRealVector(b)).toArray();
            double xn = new ArrayRealVector(xr).getLInfNorm();
            // Least-squares sensitivity grows as cond^2 when the residual is large.
            assertWithin(
                maxDiff(qr.solve(Vector.of(b)), xr),
                K * m * EPS * cond * cond * Math.max(xn, 1 / scale),
                "QR solve");
          }
        }
      }
    }
  }

  @Test
  void symmetricEigenMatchesCommonsMath() {
    Random rnd = new Random(14);
    for (int n = 1; n <= 8; n++) {
      for (int t = 0; t < TRIALS; t++) {
        compareSymmetricEigen(randomSymmetric(rnd, n));
      }
    }
  }

  @Test
  void symmetricEigen50MatchesCommonsMath() {
    Random rnd = new Random(15);
    for (int t = 0; t < 5; t++) {
      compareSymmetricEigen(randomSymmetric(rnd, 50));
    }
  }

  private static void compareSymmetricEigen(double[][] d) {
    int n = d.length;
    Matrix a = Matrix.of(d);
    SymmetricEigen ours = SymmetricEigen.of(a);
    EigenDecomposition ref = new EigenDecomposition(cm(d));
    double[] refValues = ref.getRealEigenvalues(); // Commons sorts them decreasing too
    double norm = cm(d).getFrobeniusNorm();
    assertWithin(
        maxDiff(Vector.of(ours.eigenvalues()), refValues),
        K * n * EPS * norm,
        "eigenvalues n=" + n);
    // Eigenvectors are defined up to sign, and are well determined only when the eigenvalue
    // is separated: the error bound is eps * ||A|| / gap (Davis-Kahan).
    for (int i = 0; i < n; i++) {
      double gap = Double.POSITIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        if (j != i) {
          gap = Math.min(gap, Math.abs(refValues[i] - refValues[j]));
        }
      }
      if (gap < 1e-6 * norm) {
        continue;
      }
      assertWithin(
          maxDiffUpToSign(ours.eigenvector(i), ref.getEigenvector(i).toArray()),
          K * n * EPS * norm / gap,
          "eigenvector n=" + n);
    }
    assertWithin(NumericTestSupport.orthogonalityError(ours.v()), K * n * EPS, "V^T V");
    Matrix av = a.multiply(ours.v());
    for (int i = 0; i < n; i++) {
      Vector r = av.column(i).minus(ours.eigenvector(i).times(ours.eigenvalue(i)));
      assertWithin(r.norm(), K * n * EPS * norm, "A v - lambda v");
    }
  }

  @Test
  void svdMatchesCommonsMath() {
    Random rnd = new Random(16);
    for (int m = 1; m <= 8; m++) {
      for (int n = 1; n <= 8; n++) {
        for (int t = 0; t < TRIALS / 8; t++) {
          double[][] d = random(rnd, m, n);
          Matrix a = Matrix.of(d);
          Svd svd = Svd.of(a);
          SingularValueDecomposition ref = new SingularValueDecomposition(cm(d));
          double[] s = ref.getSingularValues();
          double norm = s[0];
          int r = Math.min(m, n);
          assertWithin(maxDiff(Vector.of(svd.singularValues()), s), K * r * EPS * norm, "sigma");
          Matrix usv = svd.u().multiply(svd.s()).multiply(svd.v().transpose());
          assertWithin(maxDiff(usv, a), K * r * EPS * norm, "U S V^T = A");
          assertWithin(NumericTestSupport.orthogonalityError(svd.u()), K * r * EPS, "U^T U");
          assertWithin(NumericTestSupport.orthogonalityError(svd.v()), K * r * EPS, "V^T V");
          for (int i = 0; i < r; i++) {
            double gap = Double.POSITIVE_INFINITY;
            for (int j = 0; j < r; j++) {
              if (j != i) {
                gap = Math.min(gap, Math.abs(s[i] - s[j]));
              }
            }
            if (i == r - 1 && m != n) {
              gap = Math.min(gap, s[i]); // the zero singular values of the full problem
            }
            if (gap < 1e-6 * norm) {
              continue;
            }
            double bound = K * r * EPS * norm / gap;
            assertWithin(maxDiffUpToSign(svd.v().column(i), ref.getV().getColumn(i)), bound, "v_i");
            assertWithin(maxDiffUpToSign(svd.u().column(i), ref.getU().getColumn(i)), bound, "u_i");
          }
        }
      }
    }
  }

  @Test
  void leastSquaresMatchesCommonsOls() {
    Random rnd = new Random(17);
    for (int p = 1; p <= 6; p++) {
      for (int t = 0; t < TRIALS / 2; t++) {
        int m = p + 2 + rnd.nextInt(20);
        double[][] x = random(rnd, m, p);
        double[] y = new double[m];
        double[][] design = new double[m][p + 1];
        for (int i = 0; i < m; i++) {
          design[i][0] = 1;
          y[i] = 3 + rnd.nextGaussian();
          for (int j = 0; j < p; j++) {
            design[i][j + 1] = x[i][j];
            y[i] += (j + 1) * x[i][j];
          }
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta = ols.estimateRegressionParameters();
        double cond = cond(cm(design));
        double yn = new ArrayRealVector(y).getLInfNorm();
        double bound = K * m * EPS * cond * cond * yn * Math.max(1, 1 / x[0][0]);
        for (LeastSquares.Method method : LeastSquares.Method.values()) {
          if (method == LeastSquares.Method.NORMAL_EQUATIONS && cond > 1e5) {
            continue;
          }
          LeastSquares fit = LeastSquares.fit(Matrix.of(design), Vector.of(y), method);
          assertWithin(
              maxDiff(fit.coefficients(), beta) / Math.max(1, maxAbs(beta)),
              bound,
              method + " beta");
          assertWithin(maxDiff(fit.residuals(), ols.estimateResiduals()), bound, "residuals");
          assertWithin(Math.abs(fit.rSquared() - ols.calculateRSquared()), 1e-9, "R^2");
          assertWithin(
              Math.abs(fit.residualSumOfSquares() - ols.calculateResidualSumOfSquares()),
              1e-9 * (1 + ols.calculateResidualSumOfSquares()),
              "RSS");
        }
      }
    }
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }

  @Test
  void matrixOperationsMatchCommonsMath() {
    Random rnd = new Random(18);
    for (int t = 0; t < TRIALS * 4; t++) {
      int m = 1 + rnd.nextInt(8);
      int k = 1 + rnd.nextInt(8);
      int n = 1 + rnd.nextInt(8);
      double[][] a = random(rnd, m, k);
      double[][] b = random(rnd, k, n);
      double[][] c = random(rnd, m, k);
      Matrix ma = Matrix.of(a);
      RealMatrix ra = cm(a);
      double bound = K * k * EPS * ma.maxAbs() * Matrix.of(b).maxAbs();
      assertWithin(maxDiff(ma.multiply(Matrix.of(b)), ra.multiply(cm(b))), bound, "AB");
      assertWithin(maxDiff(ma.transpose(), ra.transpose()), 0, "A^T");
      assertWithin(maxDiff(ma.plus(Matrix.of(c)), ra.add(cm(c))), 0, "A+C");
      assertWithin(maxDiff(ma.minus(Matrix.of(c)), ra.subtract(cm(c))), 0, "A-C");
      assertWithin(maxDiff(ma.times(2.5), ra.scalarMultiply(2.5)), 0, "2.5 A");
      double[] v = random(rnd, 1, k)[0];
      assertWithin(
          maxDiff(ma.multiply(Vector.of(v)), ra.operate(v)),
          K * k * EPS * ma.maxAbs() * maxAbs(v),
          "Av");
      if (m == k) {
        int p = rnd.nextInt(7);
        RealMatrix rp = ra.power(p);
        assertWithin(
            maxDiff(ma.power(p), rp),
            1e-12 * Math.max(1, rp.getNorm()) * Math.pow(m * ma.maxAbs() + 1, p),
            "A^" + p);
        assertWithin(Math.abs(ma.trace() - ra.getTrace()), 0, "trace");
      }
    }
  }
}
