package org.mathforml.mathlib.exact;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.mathlib.FractionMatrix;

/**
 * Questions about span(v_1, ..., v_k), answered by row reducing the matrix V = [v_1 ... v_k] with
 * the vectors as columns (Lay, Linear Algebra and Its Applications, 5th ed., 1.3 and 4.3): v is in
 * the span iff Vc = v is consistent, and the pivot columns of V are a basis of the span.
 */
public final class Span {

  private Span() {}

  /**
   * Tests whether v is a linear combination of the vectors, with coefficients when it is.
   *
   * @throws IllegalArgumentException if the list is empty or the sizes differ
   */
  public static SpanMembership contains(List<FractionVector> vectors, FractionVector v) {
    FractionMatrix m = Subspaces.asColumns(vectors);
    if (v.size() != m.rows()) {
      throw new IllegalArgumentException(
          "v has " + v.size() + " components, the vectors " + m.rows());
    }
    return new SpanMembership(ParametricSolution.solve(m, v));
  }

  /**
   * A basis of the span, chosen from the vectors themselves: those in the pivot columns of V, i.e.
   * each vector that is not a combination of the ones before it. Empty if all are zero.
   *
   * @throws IllegalArgumentException if the list is empty or the sizes differ
   */
  public static List<FractionVector> basis(List<FractionVector> vectors) {
    List<FractionVector> basis = new ArrayList<>();
    for (int c : basisIndices(vectors)) {
      basis.add(vectors.get(c));
    }
    return basis;
  }

  /** The 0-based indices of the vectors {@link #basis} keeps. */
  public static int[] basisIndices(List<FractionVector> vectors) {
    return Elimination.toEchelon(Subspaces.asColumns(vectors)).pivotColumns();
  }

  /** The dimension of the span: rank(V). */
  public static int dimension(List<FractionVector> vectors) {
    return Elimination.toEchelon(Subspaces.asColumns(vectors)).rank();
  }
}
