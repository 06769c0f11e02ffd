package org.mathforml.mathlib;

import org.mathforml.mathlib.internal.MatrixParser;
import org.mathforml.mathlib.internal.RowReduction;

/**
 * An immutable m x n matrix of exact {@link Fraction}s, m, n >= 1.
 *
 * <p>Determinant, rank and echelon forms use exact Gaussian elimination, so singular is singular:
 * no tolerance is ever needed.
 */
public final class FractionMatrix {

  private final Fraction[][] entries;

  private FractionMatrix(Fraction[][] entries) {
    this.entries = entries;
  }

  /**
   * Returns a matrix with a copy of {@code rows}.
   *
   * @throws IllegalArgumentException if there are no rows, no columns, rows of different lengths,
   *     or a null entry
   */
  public static FractionMatrix of(Fraction[][] rows) {
    if (rows == null || rows.length == 0) {
      throw new IllegalArgumentException("a matrix needs at least one row");
    }
    int cols = rows[0] == null ? 0 : rows[0].length;
    if (cols == 0) {
      throw new IllegalArgumentException("a matrix needs at least one column");
    }
    Fraction[][] copy = new Fraction[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      if (rows[i] == null || rows[i].length != cols) {
        throw new IllegalArgumentException(
            "ragged matrix: row "
                + i
                + " has "
                + (rows[i] == null ? 0 : rows[i].length)
                + " entries, row 0 has "
                + cols);
      }
      copy[i] = rows[i].clone();
      for (int j = 0; j < cols; j++) {
        if (copy[i][j] == null) {
          throw new IllegalArgumentException("null entry at (" + i + ", " + j + ")");
        }
      }
    }
    return new FractionMatrix(copy);
  }

  /** Returns the matrix of the given integers; same rules as {@link #of(Fraction[][])}. */
  public static FractionMatrix ofIntegers(long[][] rows) {
    if (rows == null) {
      throw new IllegalArgumentException("a matrix needs at least one row");
    }
    Fraction[][] converted = new Fraction[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      converted[i] = new Fraction[rows[i] == null ? 0 : rows[i].length];
      for (int j = 0; j < converted[i].length; j++) {
        converted[i][j] = Fraction.of(rows[i][j]);
      }
    }
    return of(converted);
  }

  /**
   * Parses MATLAB-like text: rows separated by ';', entries by spaces and/or commas, each entry
   * read by {@link Fraction#parse} (so "1/2" and "0.5" work, mixed numbers do not). Optional
   * surrounding brackets are allowed: "[2 1; 1 -1]".
   *
   * @throws IllegalArgumentException naming the text and the bad row or entry
   */
  public static FractionMatrix parse(String text) {
    return of(MatrixParser.parse(text));
  }

  /** Returns the identity matrix of size n >= 1. */
  public static FractionMatrix identity(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("identity size must be >= 1, was " + n);
    }
    Fraction[][] rows = new Fraction[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        rows[i][j] = i == j ? Fraction.ONE : Fraction.ZERO;
      }
    }
    return new FractionMatrix(rows);
  }

  /** Number of rows m. */
  public int rows() {
    return entries.length;
  }

  /** Number of columns n. */
  public int cols() {
    return entries[0].length;
  }

  /**
   * Entry in row r, column c (0-based).
   *
   * @throws IndexOutOfBoundsException outside the matrix
   */
  public Fraction get(int r, int c) {
    checkRow(r);
    if (c < 0 || c >= cols()) {
      throw new IndexOutOfBoundsException("column " + c + " of a " + shape() + " matrix");
    }
    return entries[r][c];
  }

  /**
   * A copy of row r (0-based).
   *
   * @throws IndexOutOfBoundsException outside the matrix
   */
  public Fraction[] row(int r) {
    checkRow(r);
    return entries[r].clone();
  }

  // Explicit, because TeaVM's non-strict mode does not raise array bounds errors.
  private void checkRow(int r) {
    if (r < 0 || r >= rows()) {
      throw new IndexOutOfBoundsException("row " + r + " of a " + shape() + " matrix");
    }
  }

  /** A copy of all entries, row by row. */
  public Fraction[][] toArray() {
    Fraction[][] copy = new Fraction[entries.length][];
    for (int i = 0; i < entries.length; i++) {
      copy[i] = entries[i].clone();
    }
    return copy;
  }

  /** True if rows() == cols(). */
  public boolean isSquare() {
    return rows() == cols();
  }

  /**
   * Returns the product AB, (AB)_ij = sum_k A_ik B_kj.
   *
   * @throws IllegalArgumentException if cols() != other.rows()
   */
  public FractionMatrix multiply(FractionMatrix other) {
    if (cols() != other.rows()) {
      throw new IllegalArgumentException("cannot multiply " + shape() + " by " + other.shape());
    }
    Fraction[][] product = new Fraction[rows()][other.cols()];
    for (int i = 0; i < rows(); i++) {
      for (int j = 0; j < other.cols(); j++) {
        Fraction sum = Fraction.ZERO;
        for (int k = 0; k < cols(); k++) {
          sum = sum.add(entries[i][k].multiply(other.entries[k][j]));
        }
        product[i][j] = sum;
      }
    }
    return new FractionMatrix(product);
  }

  /**
   * Returns the matrix-vector product Ax, (Ax)_i = sum_k A_ik x_k.
   *
   * @throws IllegalArgumentException if x.length != cols()
   */
  public Fraction[] multiply(Fraction[] x) {
    if (x.length != cols()) {
      throw new IllegalArgumentException(
          "cannot multiply " + shape() + " by a vector of " + x.length);
    }
    Fraction[] result = new Fraction[rows()];
    for (int i = 0; i < rows(); i++) {
      Fraction sum = Fraction.ZERO;
      for (int k = 0; k < cols(); k++) {
        sum = sum.add(entries[i][k].multiply(x[k]));
      }
      result[i] = sum;
    }
    return result;
  }

  /** Returns the transpose, (A^T)_ij = A_ji. */
  public FractionMatrix transpose() {
    Fraction[][] t = new Fraction[cols()][rows()];
    for (int i = 0; i < rows(); i++) {
      for (int j = 0; j < cols(); j++) {
        t[j][i] = entries[i][j];
      }
    }
    return new FractionMatrix(t);
  }

  /**
   * Returns det(A), exactly: the product of the pivots of the row echelon form, with the sign
   * flipped once per row swap.
   *
   * @throws IllegalArgumentException if the matrix is not square
   */
  public Fraction determinant() {
    if (!isSquare()) {
      throw new IllegalArgumentException("determinant of a non-square " + shape() + " matrix");
    }
    return RowReduction.echelon(entries).determinant();
  }

  /** Returns the rank: the number of pivots in the row echelon form. */
  public int rank() {
    return RowReduction.echelon(entries).rank();
  }

  /**
   * Returns a row echelon form, as reached by hand: first non-zero entry of each column as pivot,
   * swapped up, entries below cleared. Not unique in general; see {@link #reducedRowEchelon()} for
   * the unique form.
   */
  public FractionMatrix rowEchelon() {
    return new FractionMatrix(RowReduction.echelon(entries).rows());
  }

  /** Returns the reduced row echelon form (unique): pivots 1, zeros above and below them. */
  public FractionMatrix reducedRowEchelon() {
    return new FractionMatrix(RowReduction.echelon(entries).reduce().rows());
  }

  /** Returns LaTeX such as "\begin{bmatrix}2 &amp; 1 \\ 1 &amp; -1\end{bmatrix}". */
  public String toLatex() {
    StringBuilder sb = new StringBuilder("\\begin{bmatrix}");
    for (int i = 0; i < rows(); i++) {
      if (i > 0) {
        sb.append(" \\\\ ");
      }
      for (int j = 0; j < cols(); j++) {
        if (j > 0) {
          sb.append(" & ");
        }
        sb.append(entries[i][j].toLatex());
      }
    }
    return sb.append("\\end{bmatrix}").toString();
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof FractionMatrix)) {
      return false;
    }
    FractionMatrix other = (FractionMatrix) obj;
    if (rows() != other.rows() || cols() != other.cols()) {
      return false;
    }
    for (int i = 0; i < rows(); i++) {
      for (int j = 0; j < cols(); j++) {
        if (!entries[i][j].equals(other.entries[i][j])) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 31 * rows() + cols();
    for (Fraction[] row : entries) {
      for (Fraction f : row) {
        h = 31 * h + f.hashCode();
      }
    }
    return h;
  }

  /** Returns the form {@link #parse} reads, e.g. "[2 1; 1 -1]" or "[1/2 3; 4 -5]". */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < rows(); i++) {
      if (i > 0) {
        sb.append("; ");
      }
      for (int j = 0; j < cols(); j++) {
        if (j > 0) {
          sb.append(' ');
        }
        sb.append(entries[i][j]);
      }
    }
    return sb.append(']').toString();
  }

  private String shape() {
    return rows() + "x" + cols();
  }
}
