package org.mathforml.mathlib.calculus;

/** A real function of one real variable, f(x). Implement it with a small named class. */
public interface RealFunction {

  /** f(x); may be NaN outside the domain. */
  double value(double x);
}
