package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.Response;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/** Reads the numbers a reader sees back from a parameter's plain text, as longs, for the tests. */
final class Ints {

  private Ints() {}

  /** "[1 2; 3 4]" as rows of longs; fails on a fraction. */
  static long[][] matrix(String text) {
    FractionMatrix m = FractionMatrix.parse(text);
    long[][] rows = new long[m.rows()][m.cols()];
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0; j < m.cols(); j++) {
        Fraction f = m.get(i, j);
        if (!f.isInteger()) {
          throw new AssertionError("not an integer matrix: " + text);
        }
        rows[i][j] = f.numerator();
      }
    }
    return rows;
  }

  /** "u = (3, -4, 12)" or "(3, -4)" as longs. */
  static long[] tuple(String text) {
    String inside = text.substring(text.indexOf('(') + 1, text.indexOf(')'));
    String[] parts = inside.split(",");
    long[] v = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      Fraction f = Fraction.parse(parts[i].strip());
      if (!f.isInteger()) {
        throw new AssertionError("not an integer vector: " + text);
      }
      v[i] = f.numerator();
    }
    return v;
  }

  static Response grid(long[][] m) {
    String[][] cells = new String[m.length][];
    for (int i = 0; i < m.length; i++) {
      cells[i] = new String[m[i].length];
      for (int j = 0; j < m[i].length; j++) {
        cells[i][j] = Long.toString(m[i][j]);
      }
    }
    return Response.grid(cells);
  }

  static Response cells(long[] v) {
    String[] cells = new String[v.length];
    for (int i = 0; i < v.length; i++) {
      cells[i] = Long.toString(v[i]);
    }
    return Response.cells(cells);
  }

  static String text(long[][] m) {
    return java.util.Arrays.deepToString(m);
  }
}
