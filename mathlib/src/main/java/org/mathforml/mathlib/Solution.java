package org.mathforml.mathlib;

/**
 * The outcome of solving a linear system Ax = b: exactly one solution, none, or infinitely many. By
 * the Rouché–Capelli theorem the kind follows from ranks: NONE when rank(A) &lt; rank([A | b]),
 * UNIQUE when rank(A) = n (the number of unknowns), INFINITE otherwise, with n - rank(A) free
 * variables.
 */
public final class Solution {

  /** The three possible kinds of solution set. */
  public enum Kind {
    /** Exactly one solution. */
    UNIQUE,
    /** No solution: the equations contradict each other. */
    NONE,
    /** Infinitely many solutions: at least one free variable. */
    INFINITE
  }

  private final Kind kind;
  private final Fraction[] values;
  private final int rank;
  private final int unknowns;

  private Solution(Kind kind, Fraction[] values, int rank, int unknowns) {
    this.kind = kind;
    this.values = values;
    this.rank = rank;
    this.unknowns = unknowns;
  }

  static Solution unique(Fraction[] values) {
    return new Solution(Kind.UNIQUE, values.clone(), values.length, values.length);
  }

  static Solution none(int rank, int unknowns) {
    return new Solution(Kind.NONE, null, rank, unknowns);
  }

  static Solution infinite(int rank, int unknowns) {
    return new Solution(Kind.INFINITE, null, rank, unknowns);
  }

  /** Which kind of solution set this is. */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns a copy of the solution (x_1, ..., x_n).
   *
   * @throws IllegalStateException unless kind() is UNIQUE
   */
  public Fraction[] values() {
    if (kind != Kind.UNIQUE) {
      throw new IllegalStateException("values() needs a unique solution, but there is " + this);
    }
    return values.clone();
  }

  /** Returns rank(A), the rank of the coefficient matrix. */
  public int rank() {
    return rank;
  }

  /** Returns n, the number of unknowns. */
  public int unknowns() {
    return unknowns;
  }

  /**
   * Returns the number of free variables, n - rank(A): 0 for UNIQUE, at least 1 for INFINITE.
   *
   * @throws IllegalStateException if kind() is NONE, where there is no solution set to count
   */
  public int freeVariables() {
    if (kind == Kind.NONE) {
      throw new IllegalStateException("no solution, so no free variables");
    }
    return unknowns - rank;
  }

  /** Returns "(2, 1)", "no solution" or "infinitely many solutions". */
  @Override
  public String toString() {
    if (kind == Kind.NONE) {
      return "no solution";
    }
    if (kind == Kind.INFINITE) {
      return "infinitely many solutions";
    }
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(values[i]);
    }
    return sb.append(')').toString();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Solution)) {
      return false;
    }
    Solution other = (Solution) obj;
    return kind == other.kind
        && rank == other.rank
        && unknowns == other.unknowns
        && toString().equals(other.toString());
  }

  @Override
  public int hashCode() {
    return 31 * (31 * kind.hashCode() + rank) + toString().hashCode();
  }
}
