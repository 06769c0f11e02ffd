package org.mathforml.site.directive.check;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/**
 * What mathlib computed for the left side of a check ({@code det [2 1; 1 -1]}): an exact number, a
 * decimal, the solution of a system, a truth value or a matrix. Quizzes compare it with their
 * answer keys; check blocks with the stated right side.
 */
public final class Computed {

  /** The kinds of result. */
  public enum Kind {
    /** An exact number ({@code det}, {@code rank}). */
    EXACT,
    /** A decimal evaluated in doubles ({@code value}). */
    REAL,
    /** The one solution of a system ({@code solve}). */
    SOLUTION,
    /** A system without solutions. */
    NO_SOLUTION,
    /** A system with infinitely many solutions. */
    INFINITELY_MANY,
    /** True or false ({@code singular}, {@code dependent}). */
    TRUTH,
    /** A matrix ({@code rref}, {@code product}). */
    MATRIX,
    /** Real numbers in decreasing order ({@code eigenvalues}). */
    REALS,
    /** Eigenvalues that are not all real. */
    COMPLEX
  }

  private final Kind kind;
  private final Fraction exact;
  private final double real;
  private final Fraction[] solution;
  private final boolean truth;
  private final FractionMatrix matrix;
  private final double[] reals;

  private Computed(
      Kind kind,
      Fraction exact,
      double real,
      Fraction[] solution,
      boolean truth,
      FractionMatrix matrix) {
    this(kind, exact, real, solution, truth, matrix, null);
  }

  private Computed(
      Kind kind,
      Fraction exact,
      double real,
      Fraction[] solution,
      boolean truth,
      FractionMatrix matrix,
      double[] reals) {
    this.reals = reals;
    this.kind = kind;
    this.exact = exact;
    this.real = real;
    this.solution = solution;
    this.truth = truth;
    this.matrix = matrix;
  }

  public static Computed exact(Fraction value) {
    return new Computed(Kind.EXACT, value, value.doubleValue(), null, false, null);
  }

  static Computed real(double value) {
    return new Computed(Kind.REAL, null, value, null, false, null);
  }

  static Computed solution(Fraction[] values) {
    return new Computed(Kind.SOLUTION, null, 0, values.clone(), false, null);
  }

  /** An exact vector ({@code times}, {@code project}); compared like a solution. */
  static Computed vector(Fraction[] values) {
    return solution(values);
  }

  static Computed reals(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    for (int i = 0; i < sorted.length / 2; i++) {
      double t = sorted[i];
      sorted[i] = sorted[sorted.length - 1 - i];
      sorted[sorted.length - 1 - i] = t;
    }
    return new Computed(Kind.REALS, null, 0, null, false, null, sorted);
  }

  static Computed complex() {
    return new Computed(Kind.COMPLEX, null, 0, null, false, null);
  }

  static Computed none() {
    return new Computed(Kind.NO_SOLUTION, null, 0, null, false, null);
  }

  static Computed infinitelyMany() {
    return new Computed(Kind.INFINITELY_MANY, null, 0, null, false, null);
  }

  static Computed truth(boolean value) {
    return new Computed(Kind.TRUTH, null, 0, null, value, null);
  }

  static Computed matrix(FractionMatrix value) {
    return new Computed(Kind.MATRIX, null, 0, null, false, value);
  }

  public Kind kind() {
    return kind;
  }

  /** EXACT: the number. */
  public Fraction exactValue() {
    return exact;
  }

  /** EXACT and REAL: the value as a double. */
  public double realValue() {
    return real;
  }

  /** SOLUTION: the values of the unknowns, in order. */
  public Fraction[] solution() {
    return solution.clone();
  }

  /** TRUTH: the value. */
  public boolean truth() {
    return truth;
  }

  /** MATRIX: the matrix. */
  public FractionMatrix matrixValue() {
    return matrix;
  }

  /** REALS: the numbers, largest first. */
  public double[] reals() {
    return reals.clone();
  }

  /** The result as an author would write it: -3, 0.5, (2, 1), none, true, [1 0; 0 1]. */
  public String describe() {
    switch (kind) {
      case EXACT:
        return exact.toString();
      case REAL:
        return Double.toString(real);
      case SOLUTION:
        return tuple(solution);
      case NO_SOLUTION:
        return "none";
      case INFINITELY_MANY:
        return "infinitely many";
      case TRUTH:
        return Boolean.toString(truth);
      case REALS:
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < reals.length; i++) {
          out.append(i == 0 ? "" : ", ").append(reals[i]);
        }
        return out.append(')').toString();
      case COMPLEX:
        return "complex";
      default:
        return matrix.toString();
    }
  }

  static String tuple(Fraction[] values) {
    StringBuilder out = new StringBuilder("(");
    for (int i = 0; i < values.length; i++) {
      out.append(i == 0 ? "" : ", ").append(values[i]);
    }
    return out.append(')').toString();
  }
}
