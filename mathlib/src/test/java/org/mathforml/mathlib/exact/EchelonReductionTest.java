package org.mathforml.mathlib.exact;

import org.mathforml.mathlib.FractionMatrix;

class EchelonReductionTest extends ReductionContract {
  @Override
  Reduction reduce(FractionMatrix a) {
    return Elimination.toEchelon(a);
  }
}
