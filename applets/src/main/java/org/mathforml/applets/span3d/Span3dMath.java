package org.mathforml.applets.span3d;

import org.mathforml.applets.components.Num;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/**
 * The exact side of {@code span-3d}: the span of two or three vectors of R^3 from the reduced row
 * echelon form of the matrix whose columns they are (mathlib's {@link
 * FractionMatrix#reducedRowEchelon}). Its dimension is the rank (the number of pivots); the vectors
 * are independent when every column has a pivot. Otherwise the first column without a pivot, f,
 * gives one relation: that vector equals the combination of the pivot columns before it whose
 * coefficients are the entries of column f of the reduced form (Lay, Linear Algebra and Its
 * Applications, 1.7). Plain Java, tested on the JVM against mathlib's {@code exact.Independence}.
 */
public final class Span3dMath {

  /** Names of the vectors, in column order. */
  public static final String[] NAMES = {"u", "v", "w"};

  private static final String[] KINDS = {"point", "line", "plane", "space"};

  private final Fraction[][] vectors;
  private final int rank;
  private final int[] pivots;
  private final int free;
  private final Fraction[] coefficients;

  private Span3dMath(Fraction[][] vectors) {
    this.vectors = vectors;
    int k = vectors.length;
    Fraction[][] columns = new Fraction[3][k];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < k; j++) {
        columns[i][j] = vectors[j][i];
      }
    }
    FractionMatrix rref = FractionMatrix.of(columns).reducedRowEchelon();
    int[] pivotOfRow = new int[3];
    boolean[] isPivot = new boolean[k];
    int r = 0;
    for (int i = 0; i < 3; i++) {
      pivotOfRow[i] = -1;
      for (int j = 0; j < k; j++) {
        if (!rref.get(i, j).isZero()) {
          pivotOfRow[i] = j;
          isPivot[j] = true;
          r++;
          break;
        }
      }
    }
    rank = r;
    pivots = new int[r];
    for (int i = 0; i < r; i++) {
      pivots[i] = pivotOfRow[i];
    }
    int f = -1;
    for (int j = 0; j < k && f < 0; j++) {
      if (!isPivot[j]) {
        f = j;
      }
    }
    free = f;
    if (f < 0) {
      coefficients = null;
    } else {
      coefficients = new Fraction[k];
      for (int j = 0; j < k; j++) {
        coefficients[j] = Fraction.ZERO;
      }
      for (int i = 0; i < r; i++) {
        coefficients[pivotOfRow[i]] = rref.get(i, f);
      }
    }
  }

  /**
   * The span of the given vectors (2 or 3, each with 3 components).
   *
   * @throws IllegalArgumentException for another count or size
   */
  public static Span3dMath of(Fraction[][] vectors) {
    if (vectors.length < 2 || vectors.length > 3) {
      throw new IllegalArgumentException("give two or three vectors");
    }
    for (Fraction[] v : vectors) {
      if (v.length != 3) {
        throw new IllegalArgumentException("each vector needs three components");
      }
    }
    return new Span3dMath(vectors);
  }

  /**
   * Null when c is a whole number or a half with |c| at most size, otherwise why not, e.g. "u: 1/3
   * is not a whole number or a half". Shared by the applet and the site's static fallback.
   */
  public static String problem(String name, Fraction c, double size) {
    if (c.multiply(Fraction.of(2)).denominator() != 1) {
      return name + ": " + c + " is not a whole number or a half";
    }
    if (Math.abs(c.doubleValue()) > size) {
      return name + ": " + c + " lies outside the box (size " + Num.short2(size) + ")";
    }
    return null;
  }

  /** The number of vectors. */
  public int count() {
    return vectors.length;
  }

  /** The dimension of the span: 0, 1, 2 or 3. */
  public int dimension() {
    return rank;
  }

  /** "point", "line", "plane" or "space". */
  public String kind() {
    return KINDS[rank];
  }

  /** True when no vector is a combination of the others. */
  public boolean independent() {
    return free < 0;
  }

  /** The indices of the pivot columns: the vectors that make a basis of the span. */
  public int[] basis() {
    return pivots.clone();
  }

  /** Vector i (0 = u). */
  public Fraction[] vector(int i) {
    return vectors[i].clone();
  }

  /** The index of the vector the relation solves for (the first free column), or -1. */
  public int target() {
    return free;
  }

  /**
   * The coefficients c with vector(target) = sum c_j vector(j) (c_target and the coefficients of
   * later vectors are 0), or null when independent.
   */
  public Fraction[] coefficients() {
    return coefficients == null ? null : coefficients.clone();
  }

  /**
   * c_1 u + c_2 v (+ c_3 w) = 0 with c_target = -1: the relation as a null vector, or null when
   * independent.
   */
  public Fraction[] nullCombination() {
    if (coefficients == null) {
      return null;
    }
    Fraction[] c = coefficients.clone();
    c[free] = Fraction.of(-1);
    return c;
  }

  /** The relation in words, e.g. "w = 2u − v" or "v = 0" (minus sign U+2212), or "". */
  public String relation() {
    if (coefficients == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(NAMES[free]).append(" = ");
    boolean first = true;
    for (int j = 0; j < coefficients.length; j++) {
      Fraction c = coefficients[j];
      if (c.isZero()) {
        continue;
      }
      boolean negative = c.signum() < 0;
      Fraction a = negative ? c.negate() : c;
      if (first) {
        sb.append(negative ? "−" : "");
      } else {
        sb.append(negative ? " − " : " + ");
      }
      if (!a.equals(Fraction.ONE)) {
        sb.append(a).append(a.denominator() == 1 ? "" : " ");
      }
      sb.append(NAMES[j]);
      first = false;
    }
    if (first) {
      sb.append('0');
    }
    return sb.toString();
  }

  /** u × v of two basis vectors: a normal of the plane they span. */
  public static Fraction[] cross(Fraction[] a, Fraction[] b) {
    return new Fraction[] {
      a[1].multiply(b[2]).subtract(a[2].multiply(b[1])),
      a[2].multiply(b[0]).subtract(a[0].multiply(b[2])),
      a[0].multiply(b[1]).subtract(a[1].multiply(b[0]))
    };
  }
}
