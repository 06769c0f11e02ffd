/**
 * Seeded pseudo-random numbers that give the same sequence on the JVM and in the browser (TeaVM's
 * JavaScript): see {@link org.mathforml.mathlib.random.Rng}.
 */
package org.mathforml.mathlib.random;
