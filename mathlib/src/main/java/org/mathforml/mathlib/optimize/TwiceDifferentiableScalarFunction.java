package org.mathforml.mathlib.optimize;

/** A function of one variable with f, f' and f'', as Newton's method for minimisation needs. */
public interface TwiceDifferentiableScalarFunction extends ScalarFunction {

  /** Returns f''(x). */
  double secondDerivative(double x);
}
