package org.mathforml.mathlib.exact;

import org.mathforml.mathlib.FractionMatrix;

class ReducedReductionTest extends ReductionContract {
  @Override
  Reduction reduce(FractionMatrix a) {
    return Elimination.toReduced(a);
  }
}
