package org.mathforml.mathlib.numeric;

import java.util.Arrays;
import org.mathforml.mathlib.numeric.internal.Checks;
import org.mathforml.mathlib.numeric.internal.Dense;

/**
 * An immutable m x n matrix of doubles (m, n >= 1), stored row-major in one {@code double[]}.
 *
 * <p>The factories reject NaN and infinite entries; arithmetic follows IEEE 754 (an overflowing
 * product holds infinities). Shape mismatches throw {@link IllegalArgumentException}.
 */
public final class Matrix {

  private final int rows;
  private final int cols;
  private final double[] a;

  private Matrix(int rows, int cols, double[] a) {
    this.rows = rows;
    this.cols = cols;
    this.a = a;
  }

  /**
   * Returns the matrix with the given rows (copied).
   *
   * @throws IllegalArgumentException if empty, ragged, or an entry is NaN or infinite
   */
  public static Matrix of(double[][] entries) {
    if (entries == null || entries.length == 0 || entries[0] == null || entries[0].length == 0) {
      throw new IllegalArgumentException("a matrix needs at least one row and one column");
    }
    int m = entries.length;
    int n = entries[0].length;
    double[] d = new double[m * n];
    for (int i = 0; i < m; i++) {
      if (entries[i] == null || entries[i].length != n) {
        throw new IllegalArgumentException("row " + i + " does not have " + n + " entries");
      }
      System.arraycopy(entries[i], 0, d, i * n, n);
    }
    Checks.requireFinite(d, "matrix");
    return new Matrix(m, n, d);
  }

  /** Wraps a row-major array without copying or checking: for arrays this package computed. */
  static Matrix wrap(int rows, int cols, double[] a) {
    return new Matrix(rows, cols, a);
  }

  /** The n x n identity. */
  public static Matrix identity(int n) {
    requirePositive(n, n);
    return new Matrix(n, n, Dense.identity(n));
  }

  /** The m x n zero matrix. */
  public static Matrix zeros(int m, int n) {
    requirePositive(m, n);
    return new Matrix(m, n, new double[m * n]);
  }

  private static void requirePositive(int m, int n) {
    if (m < 1 || n < 1) {
      throw new IllegalArgumentException("matrix dimensions must be positive, got " + m + "x" + n);
    }
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public boolean isSquare() {
    return rows == cols;
  }

  /** Entry (i, j), 0-based. */
  public double get(int i, int j) {
    if (i < 0 || i >= rows || j < 0 || j >= cols) {
      throw new IndexOutOfBoundsException("(" + i + ", " + j + ") outside " + rows + "x" + cols);
    }
    return a[i * cols + j];
  }

  /** Row i as a vector. */
  public Vector row(int i) {
    get(i, 0);
    return Vector.wrap(Arrays.copyOfRange(a, i * cols, (i + 1) * cols));
  }

  /** Column j as a vector. */
  public Vector column(int j) {
    get(0, j);
    double[] c = new double[rows];
    for (int i = 0; i < rows; i++) {
      c[i] = a[i * cols + j];
    }
    return Vector.wrap(c);
  }

  /** A copy as an array of rows. */
  public double[][] toArray() {
    double[][] r = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      System.arraycopy(a, i * cols, r[i], 0, cols);
    }
    return r;
  }

  /** The backing row-major array, not copied: callers in this package must not modify it. */
  double[] data() {
    return a;
  }

  /** Matrix product this * b (this m x k, b k x n). */
  public Matrix multiply(Matrix b) {
    if (cols != b.rows) {
      throw new IllegalArgumentException("cannot multiply " + shape() + " by " + b.shape());
    }
    return new Matrix(rows, b.cols, Dense.multiply(a, b.a, rows, cols, b.cols));
  }

  /** Matrix-vector product this * v. */
  public Vector multiply(Vector v) {
    if (cols != v.dimension()) {
      throw new IllegalArgumentException(
          "cannot multiply " + shape() + " by a vector of " + "dimension " + v.dimension());
    }
    return Vector.wrap(Dense.multiply(a, v.data(), rows, cols));
  }

  public Matrix transpose() {
    return new Matrix(cols, rows, Dense.transpose(a, rows, cols));
  }

  public Matrix plus(Matrix b) {
    requireSameShape(b);
    double[] r = new double[a.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = a[i] + b.a[i];
    }
    return new Matrix(rows, cols, r);
  }

  public Matrix minus(Matrix b) {
    requireSameShape(b);
    double[] r = new double[a.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = a[i] - b.a[i];
    }
    return new Matrix(rows, cols, r);
  }

  /** c * this. */
  public Matrix times(double c) {
    double[] r = new double[a.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = c * a[i];
    }
    return new Matrix(rows, cols, r);
  }

  /**
   * A^k for a square matrix and k >= 0 (A^0 = I), by repeated squaring: about 2 log2(k) products
   * instead of k - 1.
   */
  public Matrix power(int k) {
    requireSquare("power");
    if (k < 0) {
      throw new IllegalArgumentException("power needs k >= 0, got " + k);
    }
    double[] result = null;
    double[] base = a;
    int e = k;
    while (e > 0) {
      if ((e & 1) == 1) {
        result = result == null ? base : Dense.multiply(result, base, rows, rows, rows);
      }
      e >>= 1;
      if (e > 0) {
        base = Dense.multiply(base, base, rows, rows, rows);
      }
    }
    return result == null ? identity(rows) : new Matrix(rows, rows, result.clone());
  }

  /** Sum of the diagonal. */
  public double trace() {
    requireSquare("trace");
    double s = 0;
    for (int i = 0; i < rows; i++) {
      s += a[i * cols + i];
    }
    return s;
  }

  /** Largest absolute entry (the max norm). */
  public double maxAbs() {
    return Checks.maxAbs(a);
  }

  /** Frobenius norm sqrt(sum a_ij^2). */
  public double frobeniusNorm() {
    return Vector.norm(a);
  }

  /** True if square and a_ij == a_ji exactly. */
  public boolean isSymmetric() {
    return isSymmetric(0);
  }

  /** True if square and |a_ij - a_ji| <= tol * maxAbs() for all i, j. */
  public boolean isSymmetric(double relativeTolerance) {
    if (!isSquare()) {
      return false;
    }
    double tol = relativeTolerance * maxAbs();
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < i; j++) {
        if (Math.abs(a[i * cols + j] - a[j * cols + i]) > tol) {
          return false;
        }
      }
    }
    return true;
  }

  String shape() {
    return rows + "x" + cols;
  }

  void requireSquare(String what) {
    if (rows != cols) {
      throw new IllegalArgumentException(what + " needs a square matrix, got " + shape());
    }
  }

  private void requireSameShape(Matrix b) {
    if (rows != b.rows || cols != b.cols) {
      throw new IllegalArgumentException("shape mismatch: " + shape() + " and " + b.shape());
    }
  }

  /** Same dimensions and entries equal by == (so 0.0 equals -0.0). */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Matrix)) {
      return false;
    }
    Matrix m = (Matrix) o;
    return rows == m.rows && cols == m.cols && Checks.sameValues(a, m.a);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * rows + cols) + Checks.hash(a);
  }

  /** Rows in brackets, e.g. "[[1.0, 2.0], [3.0, 4.0]]". */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < rows; i++) {
      sb.append(i == 0 ? "[" : ", [");
      for (int j = 0; j < cols; j++) {
        if (j > 0) {
          sb.append(", ");
        }
        sb.append(a[i * cols + j]);
      }
      sb.append(']');
    }
    return sb.append(']').toString();
  }
}
