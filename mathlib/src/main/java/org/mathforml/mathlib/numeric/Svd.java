package org.mathforml.mathlib.numeric;

import org.mathforml.mathlib.numeric.internal.Dense;
import org.mathforml.mathlib.numeric.internal.OneSidedJacobi;

/**
 * Thin singular value decomposition A = U S V^T of an m x n matrix, r = min(m, n): U is m x r and V
 * is n x r with orthonormal columns, S = diag(sigma_1 >= ... >= sigma_r >= 0). Computed by
 * one-sided Jacobi (see {@code internal.OneSidedJacobi}), which works on A itself rather than on
 * A^T A and so keeps small singular values accurate; for m < n it decomposes A^T. Meant for the
 * small matrices of lessons and applets (cost about 2 m n^2 per sweep, a handful of sweeps).
 *
 * <p>Signs: each pair (u_j, v_j) is flipped so that the largest-magnitude component of v_j is
 * positive. For a zero singular value, u_j is completed to an orthonormal set.
 */
public final class Svd {

  /** Sweep limit; one-sided Jacobi usually needs 5 to 10. */
  public static final int MAX_SWEEPS = 60;

  private final int m;
  private final int n;
  private final double[] sigma;
  private final double[] u; // m x r
  private final double[] v; // n x r
  private final boolean converged;

  private Svd(int m, int n, double[] sigma, double[] u, double[] v, boolean converged) {
    this.m = m;
    this.n = n;
    this.sigma = sigma;
    this.u = u;
    this.v = v;
    this.converged = converged;
  }

  /** Decomposes A. */
  public static Svd of(Matrix a) {
    int m = a.rows();
    int n = a.cols();
    boolean wide = m < n;
    int rows = wide ? n : m; // the tall matrix B = A or A^T, rows x cols
    int cols = wide ? m : n;
    double[] w = wide ? a.data().clone() : Dense.transpose(a.data(), m, n); // columns of B
    double[] vt = Dense.identity(cols);
    int sweeps = OneSidedJacobi.orthogonalize(w, vt, cols, rows, MAX_SWEEPS);
    double[] norms = new double[cols];
    for (int j = 0; j < cols; j++) {
      double[] col = new double[rows];
      System.arraycopy(w, j * rows, col, 0, rows);
      norms[j] = Vector.norm(col);
    }
    int[] order = new int[cols];
    for (int i = 0; i < cols; i++) {
      order[i] = i;
    }
    for (int i = 1; i < cols; i++) {
      int o = order[i];
      int j = i - 1;
      while (j >= 0 && norms[order[j]] < norms[o]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = o;
    }
    double[] sigma = new double[cols];
    double[][] left = new double[cols][]; // u_j of B, length rows
    double[][] right = new double[cols][]; // v_j of B, length cols
    double small = norms[order[0]] * rows * 0x1p-52;
    for (int j = 0; j < cols; j++) {
      int o = order[j];
      sigma[j] = norms[o];
      double[] vj = new double[cols];
      System.arraycopy(vt, o * cols, vj, 0, cols);
      double[] uj = new double[rows];
      if (norms[o] > small && norms[o] > 0) {
        for (int k = 0; k < rows; k++) {
          uj[k] = w[o * rows + k] / norms[o];
        }
      } else {
        uj = complete(left, j, rows);
      }
      left[j] = uj;
      right[j] = vj;
    }
    // Sign: largest |component| of A's v_j positive (A's v is B's u when A is wide).
    for (int j = 0; j < cols; j++) {
      double[] ref = wide ? left[j] : right[j];
      int big = 0;
      for (int k = 1; k < ref.length; k++) {
        if (Math.abs(ref[k]) > Math.abs(ref[big])) {
          big = k;
        }
      }
      if (ref[big] < 0) {
        negate(left[j]);
        negate(right[j]);
      }
    }
    double[] uOut = wide ? columnsToMatrix(right, m) : columnsToMatrix(left, m);
    double[] vOut = wide ? columnsToMatrix(left, n) : columnsToMatrix(right, n);
    return new Svd(m, n, sigma, uOut, vOut, sweeps >= 0);
  }

  private static void negate(double[] x) {
    for (int i = 0; i < x.length; i++) {
      x[i] = -x[i];
    }
  }

  /**
   * A unit vector orthogonal to previous[0..count-1]: the standard basis vector with the most left
   * after Gram-Schmidt (done twice, for orthogonality to rounding).
   */
  private static double[] complete(double[][] previous, int count, int len) {
    double[] best = null;
    double bestNorm = -1;
    for (int e = 0; e < len; e++) {
      double[] x = new double[len];
      x[e] = 1;
      for (int pass = 0; pass < 2; pass++) {
        for (int g = 0; g < count; g++) {
          double d = 0;
          for (int k = 0; k < len; k++) {
            d += x[k] * previous[g][k];
          }
          for (int k = 0; k < len; k++) {
            x[k] -= d * previous[g][k];
          }
        }
      }
      double nx = Vector.norm(x);
      if (nx > bestNorm) {
        bestNorm = nx;
        best = x;
      }
    }
    for (int k = 0; k < len; k++) {
      best[k] /= bestNorm;
    }
    return best;
  }

  private static double[] columnsToMatrix(double[][] columns, int len) {
    int r = columns.length;
    double[] out = new double[len * r];
    for (int j = 0; j < r; j++) {
      for (int i = 0; i < len; i++) {
        out[i * r + j] = columns[j][i];
      }
    }
    return out;
  }

  /** sigma_1 >= ... >= sigma_r >= 0. */
  public double[] singularValues() {
    return sigma.clone();
  }

  /** U, m x r. */
  public Matrix u() {
    return Matrix.wrap(m, sigma.length, u.clone());
  }

  /** V, n x r. */
  public Matrix v() {
    return Matrix.wrap(n, sigma.length, v.clone());
  }

  /** S = diag(sigma), r x r. */
  public Matrix s() {
    int r = sigma.length;
    double[] s = new double[r * r];
    for (int i = 0; i < r; i++) {
      s[i * r + i] = sigma[i];
    }
    return Matrix.wrap(r, r, s);
  }

  /** Numerical rank: singular values above max(m, n) * eps * sigma_1 (as MATLAB's rank). */
  public int rank() {
    double tol = Math.max(m, n) * 0x1p-52 * sigma[0];
    int r = 0;
    for (double s : sigma) {
      if (s > tol) {
        r++;
      }
    }
    return r;
  }

  /** sigma_1 / sigma_r (infinite if sigma_r = 0). */
  public double conditionNumber() {
    return sigma[0] / sigma[sigma.length - 1];
  }

  /** True if the Jacobi sweeps left every column pair orthogonal to eps. */
  public boolean converged() {
    return converged;
  }
}
