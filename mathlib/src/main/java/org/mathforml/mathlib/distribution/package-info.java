/**
 * Probability distributions with validating factories ({@code Normal.of(0, 1)}): continuous ones
 * implement {@link org.mathforml.mathlib.distribution.ContinuousDistribution}, discrete ones {@link
 * org.mathforml.mathlib.distribution.DiscreteDistribution}; plus {@link
 * org.mathforml.mathlib.distribution.BivariateNormal}.
 */
package org.mathforml.mathlib.distribution;
