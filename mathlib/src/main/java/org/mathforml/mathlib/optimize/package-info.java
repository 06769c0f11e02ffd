/**
 * Numerical optimisation for the calculus course: gradient descent (1-D and n-D), Newton's method
 * (root finding, 1-D and multivariate minimisation), Gauss-Newton and Levenberg-Marquardt for
 * non-linear least squares. Functions are supplied as small classes implementing {@link
 * org.mathforml.mathlib.optimize.ScalarFunction}, {@link
 * org.mathforml.mathlib.optimize.MultivariateFunction} or {@link
 * org.mathforml.mathlib.optimize.VectorFunction}. Every method runs a bounded number of iterations,
 * records the full trajectory for applets, and reports why it stopped with a {@link
 * org.mathforml.mathlib.optimize.StopReason} instead of throwing on divergence.
 */
package org.mathforml.mathlib.optimize;
