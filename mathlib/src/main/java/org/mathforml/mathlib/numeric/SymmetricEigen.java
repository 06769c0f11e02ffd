package org.mathforml.mathlib.numeric;

import org.mathforml.mathlib.numeric.internal.Dense;
import org.mathforml.mathlib.numeric.internal.Jacobi;
import org.mathforml.mathlib.numeric.internal.NullSpace;
import org.mathforml.mathlib.numeric.internal.TridiagonalQl;

/**
 * Eigen-decomposition A = V diag(lambda) V^T of a real symmetric matrix by the cyclic Jacobi method
 * for small matrices (tridiagonal QL above {@link #JACOBI_MAX_SIZE}, see {@link #of}) (see {@code
 * internal.Jacobi}; Golub and Van Loan, <i>Matrix Computations</i>, 4th ed., 8.5): accurate to a
 * few eps * ||A|| in the eigenvalues and producing orthonormal eigenvectors even for repeated
 * eigenvalues.
 *
 * <p>Eigenvalues are sorted in decreasing order; eigenvector i (column i of {@link #v()}) is a unit
 * vector whose largest-magnitude component is positive. The iteration stops after at most {@code
 * maxSweeps} sweeps ({@link #DEFAULT_MAX_SWEEPS} unless given); {@link #converged()} says whether
 * the off-diagonal norm fell below eps * ||A||_F. Results are returned either way, as the best
 * approximation reached.
 */
public final class SymmetricEigen {

  /** Sweeps allowed by default: Jacobi converges quadratically, typically in 6 to 10. */
  public static final int DEFAULT_MAX_SWEEPS = 50;

  /** |a_ij - a_ji| allowed relative to max|a_ij|; A is then symmetrised as (A + A^T) / 2. */
  public static final double SYMMETRY_TOLERANCE = 1e-10;

  private final int n;
  private final double[] values;
  private final double[] vt; // row i = eigenvector i
  private final int sweeps;

  private SymmetricEigen(int n, double[] values, double[] vt, int sweeps) {
    this.n = n;
    this.values = values;
    this.vt = vt;
    this.sweeps = sweeps;
  }

  /**
   * Matrices larger than this go through tridiagonal QL instead of Jacobi by default: Jacobi costs
   * about 7 n^3 flops per sweep and needs 6 to 10 sweeps, QL about 9 n^3 in all, so at 50 x 50
   * Jacobi is several times slower than Commons Math (which uses QL).
   */
  public static final int JACOBI_MAX_SIZE = 12;

  /**
   * Decomposes A: cyclic Jacobi with {@link #DEFAULT_MAX_SWEEPS} up to {@link #JACOBI_MAX_SIZE},
   * Householder tridiagonalisation plus implicit QL (EISPACK tred2/tql2) above it. For QL, {@link
   * #converged()} means every eigenvalue converged within 30 QL steps and {@link #sweeps()} is 0.
   */
  public static SymmetricEigen of(Matrix a) {
    if (a.rows() <= JACOBI_MAX_SIZE || !a.isSquare()) {
      return of(a, DEFAULT_MAX_SWEEPS);
    }
    return decompose(a, -1);
  }

  /**
   * Decomposes A with at most maxSweeps Jacobi sweeps.
   *
   * @throws IllegalArgumentException if A is not square and symmetric or maxSweeps < 0
   */
  public static SymmetricEigen of(Matrix a, int maxSweeps) {
    if (!a.isSymmetric(SYMMETRY_TOLERANCE)) {
      throw new IllegalArgumentException(
          "SymmetricEigen needs a symmetric matrix, got "
              + a.shape()
              + (a.isSquare() ? " that is not symmetric" : ""));
    }
    if (maxSweeps < 0) {
      throw new IllegalArgumentException("maxSweeps must be >= 0, got " + maxSweeps);
    }
    return decompose(a, maxSweeps);
  }

  /** Jacobi with maxSweeps, or tridiagonal QL when maxSweeps < 0. */
  private static SymmetricEigen decompose(Matrix a, int maxSweeps) {
    if (!a.isSymmetric(SYMMETRY_TOLERANCE)) {
      throw new IllegalArgumentException("SymmetricEigen needs a symmetric matrix");
    }
    int n = a.rows();
    double[] ad = a.data();
    double[] work = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        work[i * n + j] = 0.5 * (ad[i * n + j] + ad[j * n + i]);
      }
    }
    double[] vt;
    int sweeps;
    if (maxSweeps >= 0) {
      vt = Dense.identity(n);
      sweeps = Jacobi.diagonalize(work, vt, n, maxSweeps);
    } else {
      double[] d = new double[n];
      sweeps = TridiagonalQl.decompose(work, d, n) ? 0 : -1;
      vt = Dense.transpose(work, n, n);
      work = new double[n * n];
      for (int i = 0; i < n; i++) {
        work[i * n + i] = d[i];
      }
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = 1; i < n; i++) { // insertion sort, decreasing eigenvalue
      int o = order[i];
      int j = i - 1;
      while (j >= 0 && work[order[j] * n + order[j]] < work[o * n + o]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = o;
    }
    double[] values = new double[n];
    double[] sorted = new double[n * n];
    for (int i = 0; i < n; i++) {
      values[i] = work[order[i] * n + order[i]];
      double[] v = new double[n];
      System.arraycopy(vt, order[i] * n, v, 0, n);
      NullSpace.fixSign(v);
      System.arraycopy(v, 0, sorted, i * n, n);
    }
    return new SymmetricEigen(n, values, sorted, sweeps);
  }

  /** Eigenvalues, decreasing. */
  public double[] eigenvalues() {
    return values.clone();
  }

  /** Eigenvalue i (0 = largest). */
  public double eigenvalue(int i) {
    return values[i];
  }

  /** Unit eigenvector for eigenvalue i. */
  public Vector eigenvector(int i) {
    if (i < 0 || i >= n) {
      throw new IndexOutOfBoundsException("eigenvalue index " + i);
    }
    double[] v = new double[n];
    System.arraycopy(vt, i * n, v, 0, n);
    return Vector.wrap(v);
  }

  /** The orthogonal matrix V whose column i is eigenvector i. */
  public Matrix v() {
    return Matrix.wrap(n, n, Dense.transpose(vt, n, n));
  }

  /** True if the off-diagonal norm fell below eps * ||A||_F within the allowed sweeps. */
  public boolean converged() {
    return sweeps >= 0;
  }

  /** Sweeps used, or -1 if not converged. */
  public int sweeps() {
    return sweeps;
  }
}
