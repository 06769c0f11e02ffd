package org.mathforml.mathlib;

/**
 * Two lines a1 x + b1 y = c1 and a2 x + b2 y = c2 seen as a 2x2 system, for the lessons and the
 * two-lines applet. With D = a1 b2 - a2 b1, Cramer's rule gives the single intersection x = (c1 b2
 * - c2 b1) / D, y = (a1 c2 - a2 c1) / D when D != 0; when D = 0 the lines are parallel, and either
 * the same line (infinitely many solutions) or disjoint (none).
 */
public final class TwoLines {

  private final Line2D first;
  private final Line2D second;

  private TwoLines(Line2D first, Line2D second) {
    this.first = first;
    this.second = second;
  }

  /** Returns the pair (first, second). */
  public static TwoLines of(Line2D first, Line2D second) {
    if (first == null || second == null) {
      throw new IllegalArgumentException("both lines are required");
    }
    return new TwoLines(first, second);
  }

  /** The first line. */
  public Line2D first() {
    return first;
  }

  /** The second line. */
  public Line2D second() {
    return second;
  }

  /** Returns D = a1 b2 - a2 b1, the determinant of the coefficient matrix. */
  public Fraction determinant() {
    return first.a().multiply(second.b()).subtract(second.a().multiply(first.b()));
  }

  /** True if D = 0: the lines are parallel or the same. */
  public boolean isSingular() {
    return determinant().isZero();
  }

  /** UNIQUE if the lines cross, INFINITE if they are the same line, NONE if parallel. */
  public Solution.Kind kind() {
    if (!isSingular()) {
      return Solution.Kind.UNIQUE;
    }
    return first.sameLineAs(second) ? Solution.Kind.INFINITE : Solution.Kind.NONE;
  }

  /**
   * Returns the crossing point {x, y} by Cramer's rule.
   *
   * @throws IllegalStateException unless kind() is UNIQUE
   */
  public Fraction[] intersection() {
    Fraction d = determinant();
    if (d.isZero()) {
      throw new IllegalStateException(
          "the lines "
              + first
              + " and "
              + second
              + (first.sameLineAs(second) ? " are the same line" : " are parallel"));
    }
    Fraction x = first.c().multiply(second.b()).subtract(second.c().multiply(first.b()));
    Fraction y = first.a().multiply(second.c()).subtract(second.a().multiply(first.c()));
    return new Fraction[] {x.divide(d), y.divide(d)};
  }

  /** Returns the same pair as a {@link LinearSystem}, for the general solver. */
  public LinearSystem toSystem() {
    Fraction[][] rows = {
      {first.a(), first.b(), first.c()},
      {second.a(), second.b(), second.c()},
    };
    return LinearSystem.ofAugmented(FractionMatrix.of(rows));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof TwoLines
        && first.equals(((TwoLines) obj).first)
        && second.equals(((TwoLines) obj).second);
  }

  @Override
  public int hashCode() {
    return 31 * first.hashCode() + second.hashCode();
  }

  @Override
  public String toString() {
    return "{" + first + ", " + second + "}";
  }
}
