package org.mathforml.mathlib.optimize;

/** A differentiable function of one variable: f(x) and f'(x). */
public interface ScalarFunction {

  /** Returns f(x). */
  double value(double x);

  /** Returns f'(x). */
  double derivative(double x);
}
