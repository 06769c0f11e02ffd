package org.mathforml.mathlib.exact;

import java.util.List;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.exact.internal.Tex;

/**
 * Linear independence of v_1, ..., v_k: they are independent iff Vc = 0 has only c = 0, i.e. V =
 * [v_1 ... v_k] has a pivot in every column (Lay, Linear Algebra and Its Applications, 5th ed.,
 * 1.7). When they are dependent, the first free column f gives the relation: the special solution
 * expresses v_f through the pivot vectors before it. It is scaled to the smallest whole numbers, as
 * a lesson would write it. Immutable.
 */
public final class Independence {

  private final int count;
  private final int rank;
  private final FractionVector dependency;

  private Independence(int count, int rank, FractionVector dependency) {
    this.count = count;
    this.rank = rank;
    this.dependency = dependency;
  }

  /**
   * Tests the vectors for linear independence.
   *
   * @throws IllegalArgumentException if the list is empty or the sizes differ
   */
  public static Independence test(List<FractionVector> vectors) {
    Reduction r = Elimination.toReduced(Subspaces.asColumns(vectors));
    List<FractionVector> nulls =
        ParametricSolution.directions(r.result(), r.pivotColumns(), vectors.size());
    FractionVector relation = nulls.isEmpty() ? null : smallestIntegers(nulls.get(0));
    return new Independence(vectors.size(), r.rank(), relation);
  }

  // c times the lcm of the denominators, divided by the gcd of the numerators.
  static FractionVector smallestIntegers(FractionVector c) {
    long lcm = 1;
    for (int i = 0; i < c.size(); i++) {
      long d = c.get(i).denominator();
      lcm = Math.multiplyExact(lcm / gcd(lcm, d), d);
    }
    FractionVector whole = c.scale(Fraction.of(lcm));
    long g = 0;
    for (int i = 0; i < whole.size(); i++) {
      g = gcd(g, Math.abs(whole.get(i).numerator()));
    }
    return g <= 1 ? whole : whole.scale(Fraction.of(1, g));
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /** True if the vectors are linearly independent. */
  public boolean isIndependent() {
    return dependency == null;
  }

  /** The dimension of their span. */
  public int rank() {
    return rank;
  }

  /** The number of vectors tested. */
  public int count() {
    return count;
  }

  /**
   * Non-trivial coefficients c, whole numbers with no common factor, such that c_1 v_1 + ... + c_k
   * v_k = 0.
   *
   * @throws IllegalStateException if the vectors are independent
   */
  public FractionVector dependency() {
    if (dependency == null) {
      throw new IllegalStateException("the vectors are linearly independent");
    }
    return dependency;
  }

  /**
   * Returns "2\mathbf{v}_1 - \mathbf{v}_2 + \mathbf{v}_3 = \mathbf{0}" when dependent,
   * "\text{linearly independent}" otherwise.
   */
  public String toLatex() {
    if (dependency == null) {
      return "\\text{linearly independent}";
    }
    return Tex.combination(dependency.toArray(), "\\mathbf{v}") + " = \\mathbf{0}";
  }
}
