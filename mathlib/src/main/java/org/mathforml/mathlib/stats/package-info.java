/**
 * Statistics: descriptive summaries ({@link org.mathforml.mathlib.stats.Descriptive}, {@link
 * org.mathforml.mathlib.stats.FiveNumberSummary}), estimation ({@link
 * org.mathforml.mathlib.stats.Mle}, Bayesian updates, confidence intervals, {@link
 * org.mathforml.mathlib.stats.SimpleLinearRegression}) and hypothesis tests ({@link
 * org.mathforml.mathlib.stats.HypothesisTests}, {@link org.mathforml.mathlib.stats.Anova}, {@link
 * org.mathforml.mathlib.stats.Power}).
 */
package org.mathforml.mathlib.stats;
