package org.mathforml.mathlib.numeric;

import org.mathforml.mathlib.numeric.internal.Dense;

/**
 * Linear least squares: the coefficients b minimising |y - X b|^2 for an m x n design matrix X (m
 * >= n; put a column of ones in X for an intercept).
 *
 * <p>Two methods. {@link Method#QR} (default) solves R b = Q^T y from the Householder QR of X; its
 * accuracy depends on cond(X). {@link Method#NORMAL_EQUATIONS} solves X^T X b = X^T y by Cholesky,
 * cheaper and the form taught first, but it depends on cond(X)^2 (Golub and Van Loan, <i>Matrix
 * Computations</i>, 4th ed., 5.3). A rank-deficient design (a column that is a combination of
 * others, or m < n) throws {@link ArithmeticException}: for QR when some |r_kk| <= 1e-12 * (largest
 * column norm), for the normal equations when a Cholesky pivot is <= 1e-12 * max diag(X^T X), i.e.
 * when cond(X) is beyond about 1e6 and the squared condition would leave fewer than 4 correct
 * digits.
 *
 * <p>R^2 = 1 - RSS / TSS with TSS = sum (y_i - mean y)^2, the usual definition for a model with an
 * intercept (without one it can be negative); NaN when TSS = 0.
 */
public final class LeastSquares {

  /** How to solve the least-squares problem. */
  public enum Method {
    QR,
    NORMAL_EQUATIONS
  }

  /** Relative Cholesky pivot tolerance for the normal equations (see the class comment). */
  static final double NORMAL_EQUATIONS_TOLERANCE = 1e-12;

  private final Vector coefficients;
  private final Vector fitted;
  private final Vector residuals;
  private final double rss;
  private final double rSquared;

  private LeastSquares(
      Vector coefficients, Vector fitted, Vector residuals, double rss, double rSquared) {
    this.coefficients = coefficients;
    this.fitted = fitted;
    this.residuals = residuals;
    this.rss = rss;
    this.rSquared = rSquared;
  }

  /** Fits by QR. */
  public static LeastSquares fit(Matrix x, Vector y) {
    return fit(x, y, Method.QR);
  }

  /**
   * Fits with the given method.
   *
   * @throws IllegalArgumentException if y does not have one entry per row of X
   * @throws ArithmeticException if X does not have full column rank (including m < n)
   */
  public static LeastSquares fit(Matrix x, Vector y, Method method) {
    int m = x.rows();
    int n = x.cols();
    if (y.dimension() != m) {
      throw new IllegalArgumentException(
          "y has " + y.dimension() + " entries, X has " + m + " rows");
    }
    if (m < n) {
      throw new ArithmeticException(
          "rank-deficient design: " + m + " observations for " + n + " coefficients");
    }
    Vector b;
    if (method == Method.NORMAL_EQUATIONS) {
      Matrix xtx = Matrix.wrap(n, n, Dense.gram(x.data(), m, n));
      Vector xty = Vector.wrap(Dense.multiply(Dense.transpose(x.data(), m, n), y.data(), n, m));
      Cholesky chol;
      try {
        chol = Cholesky.of(xtx, NORMAL_EQUATIONS_TOLERANCE);
      } catch (IllegalArgumentException e) {
        throw new ArithmeticException("rank-deficient design: X^T X is (numerically) singular");
      }
      b = chol.solve(xty);
    } else {
      QR qr = QR.of(x);
      if (!qr.isFullRank()) {
        throw new ArithmeticException(
            "rank-deficient design: a column of X is (numerically) a "
                + "combination of the others");
      }
      b = qr.solve(y);
    }
    Vector fitted = x.multiply(b);
    Vector residuals = y.minus(fitted);
    double rss = residuals.dot(residuals);
    double mean = 0;
    for (int i = 0; i < m; i++) {
      mean += y.get(i);
    }
    mean /= m;
    double tss = 0;
    for (int i = 0; i < m; i++) {
      tss += (y.get(i) - mean) * (y.get(i) - mean);
    }
    double r2 = tss == 0 ? Double.NaN : 1 - rss / tss;
    return new LeastSquares(b, fitted, residuals, rss, r2);
  }

  /** The coefficients b. */
  public Vector coefficients() {
    return coefficients;
  }

  /** Fitted values X b. */
  public Vector fitted() {
    return fitted;
  }

  /** Residuals y - X b. */
  public Vector residuals() {
    return residuals;
  }

  /** Residual sum of squares |y - X b|^2. */
  public double residualSumOfSquares() {
    return rss;
  }

  /** Coefficient of determination 1 - RSS / TSS (NaN if y is constant). */
  public double rSquared() {
    return rSquared;
  }
}
