package org.mathforml.mathlib.calculus;

class CentralDifferenceTest extends DifferenceSchemeContract {

  @Override
  DifferenceScheme scheme() {
    return DifferenceScheme.CENTRAL;
  }
}
