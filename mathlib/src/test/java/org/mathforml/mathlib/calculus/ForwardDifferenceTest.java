package org.mathforml.mathlib.calculus;

class ForwardDifferenceTest extends DifferenceSchemeContract {

  @Override
  DifferenceScheme scheme() {
    return DifferenceScheme.FORWARD;
  }
}
