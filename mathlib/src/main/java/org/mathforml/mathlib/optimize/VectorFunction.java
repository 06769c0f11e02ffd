package org.mathforml.mathlib.optimize;

/**
 * The residuals r(p) = (r_1(p), ..., r_m(p)) of a least-squares problem in n parameters p, with
 * their m x n Jacobian J[i][j] = dr_i / dp_j. For curve fitting r_i = model(x_i; p) - y_i.
 */
public interface VectorFunction {

  /** Returns the m residuals at p, a new array. */
  double[] value(double[] p);

  /** Returns the m x n Jacobian at p, a new array. */
  double[][] jacobian(double[] p);
}
