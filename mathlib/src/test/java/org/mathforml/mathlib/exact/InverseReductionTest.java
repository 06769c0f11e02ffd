package org.mathforml.mathlib.exact;

import java.util.Random;
import org.mathforml.mathlib.FractionMatrix;

/** The Gauss-Jordan reductions of [A | I] behind {@link Inverse}. */
class InverseReductionTest extends ReductionContract {
  @Override
  Reduction reduce(FractionMatrix a) {
    return Inverse.of(a).reduction();
  }

  @Override
  FractionMatrix randomInput(Random rnd) {
    return ExactTestSupport.randomSquare(rnd, 5);
  }

  @Override
  void checkForm(Reduction r) {
    // A singular A stops mid-way, so only an invertible one ends in reduced form.
    if (r.isReduced()) {
      super.checkForm(r);
    }
  }

  @Override
  void zeroMatrixNeedsNoSteps() {
    // [0 | I] is not the zero matrix; InverseTest covers the zero matrix.
  }
}
