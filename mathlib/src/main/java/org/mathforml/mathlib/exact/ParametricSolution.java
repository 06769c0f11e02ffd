package org.mathforml.mathlib.exact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.LinearSystem;
import org.mathforml.mathlib.Solution;
import org.mathforml.mathlib.exact.internal.Tex;

/**
 * The complete solution set of Ax = b in parametric form, x = p + t_1 d_1 + ... + t_k d_k: a
 * particular solution p and one direction d_i per free variable, read off the reduced row echelon
 * form of [A | b] (Lay, Linear Algebra and Its Applications, 5th ed., 1.2 and 1.5).
 *
 * <p>p sets every free variable to 0; d_i sets free variable i to 1, the other free variables to 0,
 * and each pivot variable to minus its row's entry in that free column. The d_i span the null space
 * of A. Classification as in {@link Solution}: no solution when a pivot lands in the b column (a
 * row reads 0 = 1), unique without free variables, infinitely many otherwise. Immutable.
 */
public final class ParametricSolution {

  private final Solution.Kind kind;
  private final Reduction reduction;
  private final FractionVector particular;
  private final List<FractionVector> directions;
  private final int[] freeVariables;

  private ParametricSolution(
      Solution.Kind kind,
      Reduction reduction,
      FractionVector particular,
      List<FractionVector> directions,
      int[] freeVariables) {
    this.kind = kind;
    this.reduction = reduction;
    this.particular = particular;
    this.directions = Collections.unmodifiableList(directions);
    this.freeVariables = freeVariables;
  }

  /**
   * Solves Ax = b exactly, recording the reduction of [A | b].
   *
   * @throws IllegalArgumentException if b.size() != A.rows()
   */
  public static ParametricSolution solve(FractionMatrix a, FractionVector b) {
    if (b.size() != a.rows()) {
      throw new IllegalArgumentException("need " + a.rows() + " constants, got " + b.size());
    }
    Fraction[][] column = new Fraction[b.size()][1];
    for (int i = 0; i < b.size(); i++) {
      column[i][0] = b.get(i);
    }
    int n = a.cols();
    Reduction r = Elimination.toReducedAugmented(a, FractionMatrix.of(column));
    int[] pivots = r.pivotColumns();
    if (pivots.length > 0 && pivots[pivots.length - 1] == n) {
      return new ParametricSolution(
          Solution.Kind.NONE, r, null, new ArrayList<FractionVector>(), new int[0]);
    }
    FractionMatrix rref = r.result();
    Fraction[] p = FractionVector.zero(n).toArray();
    for (int k = 0; k < pivots.length; k++) {
      p[pivots[k]] = rref.get(k, n);
    }
    int[] free = freeColumns(pivots, n);
    Solution.Kind kind = free.length == 0 ? Solution.Kind.UNIQUE : Solution.Kind.INFINITE;
    return new ParametricSolution(kind, r, FractionVector.of(p), directions(rref, pivots, n), free);
  }

  /** Solves the given system; see {@link #solve(FractionMatrix, FractionVector)}. */
  public static ParametricSolution solve(LinearSystem system) {
    return solve(system.coefficients(), FractionVector.of(system.constants()));
  }

  /** The columns among 0..n-1 that hold no pivot. */
  static int[] freeColumns(int[] pivots, int n) {
    int[] free = new int[n - pivots.length];
    int k = 0;
    int f = 0;
    for (int j = 0; j < n; j++) {
      if (k < pivots.length && pivots[k] == j) {
        k++;
      } else {
        free[f++] = j;
      }
    }
    return free;
  }

  /** One null space direction per free column of the reduced matrix, in column order. */
  static List<FractionVector> directions(FractionMatrix rref, int[] pivots, int n) {
    List<FractionVector> result = new ArrayList<>();
    for (int f : freeColumns(pivots, n)) {
      Fraction[] d = FractionVector.zero(n).toArray();
      d[f] = Fraction.ONE;
      for (int k = 0; k < pivots.length; k++) {
        d[pivots[k]] = rref.get(k, f).negate();
      }
      result.add(FractionVector.of(d));
    }
    return result;
  }

  /** UNIQUE, NONE or INFINITE. */
  public Solution.Kind kind() {
    return kind;
  }

  /** True unless kind() is NONE. */
  public boolean isConsistent() {
    return kind != Solution.Kind.NONE;
  }

  /** The recorded reduction of [A | b] to reduced row echelon form. */
  public Reduction reduction() {
    return reduction;
  }

  /** rank(A), the number of pivot variables (for NONE: pivots left of the bar). */
  public int rank() {
    int pivots = reduction.rank();
    return kind == Solution.Kind.NONE ? pivots - 1 : pivots;
  }

  /** The number of unknowns n. */
  public int unknowns() {
    return reduction.input().cols() - 1;
  }

  /**
   * The particular solution p (free variables 0); the solution when kind() is UNIQUE.
   *
   * @throws IllegalStateException if there is no solution
   */
  public FractionVector particular() {
    checkConsistent();
    return particular;
  }

  /**
   * The direction vectors, one per free variable in increasing index order; empty for UNIQUE.
   *
   * @throws IllegalStateException if there is no solution
   */
  public List<FractionVector> directions() {
    checkConsistent();
    return directions;
  }

  /** A copy of the 0-based indices of the free variables; empty for UNIQUE and NONE. */
  public int[] freeVariables() {
    return freeVariables.clone();
  }

  /**
   * Returns p + t_1 d_1 + ... + t_k d_k.
   *
   * @throws IllegalArgumentException unless there is one parameter per free variable
   * @throws IllegalStateException if there is no solution
   */
  public FractionVector pointAt(Fraction... parameters) {
    checkConsistent();
    if (parameters.length != directions.size()) {
      throw new IllegalArgumentException(
          "need " + directions.size() + " parameters, got " + parameters.length);
    }
    FractionVector x = particular;
    for (int i = 0; i < parameters.length; i++) {
      x = x.add(directions.get(i).scale(parameters[i]));
    }
    return x;
  }

  private void checkConsistent() {
    if (kind == Solution.Kind.NONE) {
      throw new IllegalStateException("the system has no solution");
    }
  }

  /**
   * Returns LaTeX such as "(x, y, z) = (1, 0, 2) + t(-2, 1, 0)" or "\text{no solution}". The
   * unknowns are x, y, z for up to three, else x_1, ..., x_n; the parameters t; s, t; r, s, t; else
   * t_1, ..., t_k.
   */
  public String toLatex() {
    return text(true);
  }

  /** Returns the plain-text form of {@link #toLatex()}: "(x, y, z) = (1, 0, 2) + t(-2, 1, 0)". */
  @Override
  public String toString() {
    return text(false);
  }

  private String text(boolean latex) {
    if (kind == Solution.Kind.NONE) {
      return latex ? "\\text{no solution}" : "no solution";
    }
    int n = unknowns();
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 ? ", " : "").append(variable(i, n, latex));
    }
    sb.append(") = ").append(tuple(particular, latex));
    int k = directions.size();
    for (int i = 0; i < k; i++) {
      sb.append(" + ").append(parameter(i, k, latex)).append(tuple(directions.get(i), latex));
    }
    return sb.toString();
  }

  private static String variable(int i, int n, boolean latex) {
    return n <= 3 ? String.valueOf("xyz".charAt(i)) : indexed("x", i, latex);
  }

  // t alone; s, t as a pair; r, s, t for three: the letters a textbook uses.
  private static String parameter(int i, int k, boolean latex) {
    return k <= 3 ? String.valueOf("rst".charAt(3 - k + i)) : indexed("t", i, latex);
  }

  private static String indexed(String base, int i, boolean latex) {
    return latex ? base + "_{" + (i + 1) + "}" : base + "_" + (i + 1);
  }

  private static String tuple(FractionVector v, boolean latex) {
    return latex ? Tex.tuple(v.toArray()) : v.toString();
  }
}
