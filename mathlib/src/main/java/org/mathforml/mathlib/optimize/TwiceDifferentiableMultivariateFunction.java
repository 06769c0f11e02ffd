package org.mathforml.mathlib.optimize;

/** A function R^n -&gt; R with gradient and Hessian, as multivariate Newton needs. */
public interface TwiceDifferentiableMultivariateFunction extends MultivariateFunction {

  /** Returns the symmetric n x n Hessian, H[i][j] = d^2 f / dx_i dx_j, a new array. */
  double[][] hessian(double[] x);
}
