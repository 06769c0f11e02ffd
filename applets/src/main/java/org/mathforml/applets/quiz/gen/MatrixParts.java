package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.MathText;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/** Pieces shared by the week-3 generators: vectors, products of entries, grids of answers. */
final class MatrixParts {

  private MatrixParts() {}

  /** A column vector as a one-column matrix in brackets. */
  static MathBuilder column(MathBuilder mb, Fraction[] v) {
    Fraction[][] rows = new Fraction[v.length][1];
    for (int i = 0; i < v.length; i++) {
      rows[i][0] = v[i];
    }
    return mb.matrix(FractionMatrix.of(rows), -1);
  }

  /** A column vector on its own. */
  static MathText column(Fraction[] v) {
    return column(new MathBuilder(), v).build();
  }

  /** "a1 * b1 + a2 * b2 + ...", negative factors in parentheses. */
  static MathBuilder products(MathBuilder mb, Fraction[] a, Fraction[] b) {
    for (int k = 0; k < a.length; k++) {
      if (k > 0) {
        mb.op("+");
      }
      mb.factor(a[k]).op("*").factor(b[k]);
    }
    return mb;
  }

  /** The sum of a[k] * b[k]. */
  static Fraction dot(Fraction[] a, Fraction[] b) {
    Fraction sum = Fraction.ZERO;
    for (int k = 0; k < a.length; k++) {
      sum = sum.add(a[k].multiply(b[k]));
    }
    return sum;
  }

  /** A matrix typed into the grid, entry by entry. */
  static Response grid(FractionMatrix m) {
    String[][] cells = new String[m.rows()][m.cols()];
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0; j < m.cols(); j++) {
        cells[i][j] = m.get(i, j).toString();
      }
    }
    return Response.grid(cells);
  }

  /** A vector typed into its cells. */
  static Response cells(Fraction[] v) {
    String[] cells = new String[v.length];
    for (int i = 0; i < v.length; i++) {
      cells[i] = v[i].toString();
    }
    return Response.cells(cells);
  }

  /** Column j of m. */
  static Fraction[] col(FractionMatrix m, int j) {
    Fraction[] c = new Fraction[m.rows()];
    for (int i = 0; i < c.length; i++) {
      c[i] = m.get(i, j);
    }
    return c;
  }

  /** The entry-by-entry product of two matrices of the same shape. */
  static FractionMatrix entrywise(FractionMatrix a, FractionMatrix b) {
    Fraction[][] c = new Fraction[a.rows()][a.cols()];
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.cols(); j++) {
        c[i][j] = a.get(i, j).multiply(b.get(i, j));
      }
    }
    return FractionMatrix.of(c);
  }

  /** c times every entry of m. */
  static FractionMatrix scale(Fraction c, FractionMatrix m) {
    Fraction[][] r = new Fraction[m.rows()][m.cols()];
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0; j < m.cols(); j++) {
        r[i][j] = c.multiply(m.get(i, j));
      }
    }
    return FractionMatrix.of(r);
  }

  /** A bold vector name: u, v, x. */
  static MathBuilder bold(MathBuilder mb, String name) {
    return mb.raw(name, "\\mathbf{" + name + "}", "<mi mathvariant=\"bold\">" + name + "</mi>");
  }

  /** An entry name with two indices: "c12", c_{12}. */
  static MathBuilder entry(MathBuilder mb, String name, int i, int j) {
    String ij = Integer.toString(i + 1) + (j + 1);
    return mb.raw(
        name + ij, name + "_{" + ij + "}", "<msub><mi>" + name + "</mi><mn>" + ij + "</mn></msub>");
  }
}
