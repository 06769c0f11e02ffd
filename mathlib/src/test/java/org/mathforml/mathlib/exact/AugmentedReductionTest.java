package org.mathforml.mathlib.exact;

import java.util.Arrays;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/** [A | b] reductions, with A the left columns of the input and b the last one. */
class AugmentedReductionTest extends ReductionContract {
  @Override
  Reduction reduce(FractionMatrix m) {
    int n = m.cols() - 1;
    if (n == 0) {
      return Elimination.toReducedAugmented(m, m); // a 1-column input: [A | A]
    }
    return Elimination.toReducedAugmented(
        FractionMatrix.of(slice(m, 0, n)), FractionMatrix.of(slice(m, n, n + 1)));
  }

  private static Fraction[][] slice(FractionMatrix m, int from, int to) {
    Fraction[][] rows = new Fraction[m.rows()][];
    for (int i = 0; i < m.rows(); i++) {
      rows[i] = Arrays.copyOfRange(m.row(i), from, to);
    }
    return rows;
  }
}
