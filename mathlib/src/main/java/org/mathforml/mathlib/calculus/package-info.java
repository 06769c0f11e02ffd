/**
 * Numerical calculus: finite-difference derivatives ({@link
 * org.mathforml.mathlib.calculus.NumericalDerivative}, {@link
 * org.mathforml.mathlib.calculus.DifferenceScheme}, {@link
 * org.mathforml.mathlib.calculus.ErrorTable}) and {@link org.mathforml.mathlib.calculus.Dual}
 * numbers for forward-mode automatic differentiation. Symbolic derivatives live on {@link
 * org.mathforml.mathlib.expr.Expression}.
 */
package org.mathforml.mathlib.calculus;
