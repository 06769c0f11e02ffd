package org.mathforml.mathlib.calculus;

class BackwardDifferenceTest extends DifferenceSchemeContract {

  @Override
  DifferenceScheme scheme() {
    return DifferenceScheme.BACKWARD;
  }
}
