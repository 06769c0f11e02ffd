package org.mathforml.mathlib.exact;

import org.mathforml.mathlib.FractionMatrix;

/** [A | B] reductions, with A the left columns of the input and B the last one. */
class AugmentedReductionTest extends ReductionContract {
  @Override
  Reduction reduce(FractionMatrix m) {
    int n = m.cols() - 1;
    if (n == 0) {
      return Elimination.toReducedAugmented(m, m); // a 1-column input: [A | A]
    }
    FractionMatrix a = FractionMatrix.of(slice(m, 0, n));
    FractionMatrix b = FractionMatrix.of(slice(m, n, n + 1));
    return Elimination.toReducedAugmented(a, b);
  }

  private static org.mathforml.mathlib.Fraction[][] slice(FractionMatrix m, int from, int to) {
    org.mathforml.mathlib.Fraction[][] rows = new org.mathforml.mathlib.Fraction[m.rows()][];
    for (int i = 0; i < m.rows(); i++) {
      rows[i] = java.util.Arrays.copyOfRange(m.row(i), from, to);
    }
    return rows;
  }
}
