package org.mathforml.mathlib.optimize;

/** A differentiable function R^n -&gt; R: f(x) and its gradient. */
public interface MultivariateFunction {

  /** Returns f(x). */
  double value(double[] x);

  /** Returns the gradient (df/dx_1, ..., df/dx_n) at x, a new array of length n. */
  double[] gradient(double[] x);
}
