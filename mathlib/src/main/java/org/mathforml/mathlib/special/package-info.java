/**
 * Special functions for probability: {@link org.mathforml.mathlib.special.GammaFunction}
 * (log-gamma, gamma, digamma, regularized incomplete gamma), {@link
 * org.mathforml.mathlib.special.BetaFunction} (log-beta, regularized incomplete beta) and {@link
 * org.mathforml.mathlib.special.ErrorFunction} (erf, erfc).
 */
package org.mathforml.mathlib.special;
