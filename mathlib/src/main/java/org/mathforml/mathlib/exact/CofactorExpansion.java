package org.mathforml.mathlib.exact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.internal.Tex;

/**
 * det(A) by cofactor (Laplace) expansion along one row or column, with every term recorded: along
 * row i, det A = sum_j a_ij C_ij with C_ij = (-1)^(i+j) det M_ij, M_ij being A without row i and
 * column j (Strang, Introduction to Linear Algebra, 5th ed., 5.2). The minors' determinants are
 * expanded recursively along their first row, skipping zero entries.
 *
 * <p>The work grows like n!, so this is for teaching sizes only: at most {@link #MAX_ORDER}. {@link
 * EliminationDeterminant} handles any size. Immutable.
 */
public final class CofactorExpansion {

  /** The largest order accepted (7! = 5040 products; a lesson stops at 4). */
  public static final int MAX_ORDER = 7;

  private final boolean alongRow;
  private final int index;
  private final List<CofactorTerm> terms;
  private final Fraction value;

  private CofactorExpansion(boolean alongRow, int index, List<CofactorTerm> terms) {
    this.alongRow = alongRow;
    this.index = index;
    this.terms = Collections.unmodifiableList(terms);
    Fraction sum = Fraction.ZERO;
    for (CofactorTerm t : terms) {
      sum = sum.add(t.value());
    }
    this.value = sum;
  }

  /**
   * Expands det(A) along row i (0-based).
   *
   * @throws IllegalArgumentException if A is not square, larger than {@link #MAX_ORDER}, or i is
   *     not a row
   */
  public static CofactorExpansion alongRow(FractionMatrix a, int i) {
    return expand(a, true, i);
  }

  /**
   * Expands det(A) along column j (0-based).
   *
   * @throws IllegalArgumentException as for {@link #alongRow}
   */
  public static CofactorExpansion alongColumn(FractionMatrix a, int j) {
    return expand(a, false, j);
  }

  private static CofactorExpansion expand(FractionMatrix a, boolean alongRow, int index) {
    if (!a.isSquare()) {
      throw new IllegalArgumentException(
          "determinant of a non-square " + a.rows() + "x" + a.cols() + " matrix");
    }
    int n = a.rows();
    if (n > MAX_ORDER) {
      throw new IllegalArgumentException(
          "cofactor expansion is limited to "
              + MAX_ORDER
              + "x"
              + MAX_ORDER
              + "; use EliminationDeterminant for "
              + n
              + "x"
              + n);
    }
    if (index < 0 || index >= n) {
      throw new IllegalArgumentException(
          (alongRow ? "row " : "column ") + index + " is outside a " + n + "x" + n + " matrix");
    }
    Fraction[][] rows = a.toArray();
    List<CofactorTerm> terms = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      int i = alongRow ? index : k;
      int j = alongRow ? k : index;
      Fraction[][] minor = minor(rows, i, j);
      FractionMatrix m = n == 1 ? null : FractionMatrix.of(minor);
      terms.add(new CofactorTerm(i, j, rows[i][j], m, laplace(minor)));
    }
    return new CofactorExpansion(alongRow, index, terms);
  }

  static Fraction[][] minor(Fraction[][] a, int row, int col) {
    int n = a.length;
    Fraction[][] m = new Fraction[n - 1][n - 1];
    for (int i = 0, r = 0; i < n; i++) {
      if (i == row) {
        continue;
      }
      for (int j = 0, c = 0; j < n; j++) {
        if (j != col) {
          m[r][c++] = a[i][j];
        }
      }
      r++;
    }
    return m;
  }

  // Recursive expansion along the first row; the 0x0 determinant is 1.
  static Fraction laplace(Fraction[][] a) {
    Fraction sum = Fraction.ZERO;
    if (a.length == 0) {
      return Fraction.ONE;
    }
    for (int j = 0; j < a.length; j++) {
      if (!a[0][j].isZero()) {
        Fraction term = a[0][j].multiply(laplace(minor(a, 0, j)));
        sum = j % 2 == 0 ? sum.add(term) : sum.subtract(term);
      }
    }
    return sum;
  }

  /** True if the expansion is along a row, false along a column. */
  public boolean isAlongRow() {
    return alongRow;
  }

  /** The 0-based row or column expanded along. */
  public int index() {
    return index;
  }

  /** The terms a_ij C_ij in order along the row or column. */
  public List<CofactorTerm> terms() {
    return terms;
  }

  /** det(A), the sum of the terms. */
  public Fraction value() {
    return value;
  }

  /**
   * Returns the expansion and its evaluation in LaTeX, to follow "\det A = ": "1\begin{vmatrix}5
   * &amp; 6 \\ 8 &amp; 9\end{vmatrix} - 2\begin{vmatrix}...\end{vmatrix} + ... = 1(-3) - 2(-6) +
   * 3(-3) = 0"; just the entry for a 1x1 matrix.
   */
  public String toLatex() {
    if (terms.size() == 1) {
      return value.toLatex();
    }
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < terms.size(); k++) {
      CofactorTerm t = terms.get(k);
      Tex.appendTerm(sb, t.signedEntry(), Tex.vmatrix(t.minor()), k == 0, true);
    }
    sb.append(" = ");
    for (int k = 0; k < terms.size(); k++) {
      CofactorTerm t = terms.get(k);
      String minorDet = "(" + t.minorDeterminant().toLatex() + ")";
      Tex.appendTerm(sb, t.signedEntry(), minorDet, k == 0, true);
    }
    return sb.append(" = ").append(value.toLatex()).toString();
  }
}
