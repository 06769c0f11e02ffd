package org.mathforml.mathlib.optimize.internal;

/**
 * Solves the small symmetric systems A x = b of Newton's method, Gauss-Newton and the normal
 * equations by Cholesky, A = L L^T (Golub and Van Loan, Matrix Computations, 4th ed., Alg. 4.2.2),
 * and tells a singular matrix from an indefinite one, which the optimisers report differently.
 *
 * <p>A pivot d_k = a_kk - sum l_kj^2 is the k-th leading-minor ratio. If d_k &lt;= tol, with tol =
 * n eps max|a_ii|, the matrix is not (numerically) positive definite; a pivot within tol of zero
 * means singular or semidefinite, a clearly negative one means indefinite.
 */
public final class SmallSolver {

  /** Outcome of {@link #solveSymmetric}. */
  public enum Status {
    OK,
    SINGULAR,
    NOT_POSITIVE_DEFINITE
  }

  private final Status status;
  private final double[] solution;

  private SmallSolver(Status status, double[] solution) {
    this.status = status;
    this.solution = solution;
  }

  /** What the factorisation found. */
  public Status status() {
    return status;
  }

  /** The solution x, or null unless {@link #status()} is OK. */
  public double[] solution() {
    return solution;
  }

  /** Factors the symmetric n x n matrix a (read only) and solves a x = b. */
  public static SmallSolver solveSymmetric(double[][] a, double[] b) {
    int n = b.length;
    double maxDiag = 0;
    for (int i = 0; i < n; i++) {
      maxDiag = Math.max(maxDiag, Math.abs(a[i][i]));
    }
    double tol = Math.max(n, 1) * 2.220446049250313e-16 * maxDiag;
    double[][] l = new double[n][n];
    for (int k = 0; k < n; k++) {
      double d = a[k][k];
      for (int j = 0; j < k; j++) {
        d -= l[k][j] * l[k][j];
      }
      if (!(d > tol)) {
        // NaN pivots land here too and count as singular.
        boolean negative = d < -tol;
        return new SmallSolver(negative ? Status.NOT_POSITIVE_DEFINITE : Status.SINGULAR, null);
      }
      l[k][k] = Math.sqrt(d);
      for (int i = k + 1; i < n; i++) {
        double s = a[i][k];
        for (int j = 0; j < k; j++) {
          s -= l[i][j] * l[k][j];
        }
        l[i][k] = s / l[k][k];
      }
    }
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int j = 0; j < i; j++) {
        s -= l[i][j] * y[j];
      }
      y[i] = s / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = y[i];
      for (int j = i + 1; j < n; j++) {
        s -= l[j][i] * x[j];
      }
      x[i] = s / l[i][i];
    }
    return new SmallSolver(Status.OK, x);
  }
}
