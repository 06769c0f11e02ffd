/**
 * Small dense helpers for the optimisers and the ml package (dot products, norms, a Cholesky /
 * partial-pivoting solver for the few-by-few systems Newton, Gauss-Newton and the normal equations
 * need). Not API: the numeric package is the general linear-algebra home.
 */
package org.mathforml.mathlib.optimize.internal;
