/**
 * Exact linear algebra for the course: {@link org.mathforml.mathlib.Fraction}, {@link
 * org.mathforml.mathlib.FractionMatrix}, {@link org.mathforml.mathlib.LinearSystem} and its {@link
 * org.mathforml.mathlib.Solution}, and the two-line picture ({@link org.mathforml.mathlib.Line2D},
 * {@link org.mathforml.mathlib.TwoLines}).
 *
 * <p>Plain Java with no dependencies, compiled to JavaScript by TeaVM for the applets and run on
 * the JVM by the site generator. Hence: no reflection, regex, String.format, streams, records or
 * lambdas in main code, and no reliance on exceptions that only the JVM raises (TeaVM's non-strict
 * mode skips bounds and division checks), so every contract is checked explicitly. Classes in
 * {@code internal} packages are not API.
 */
package org.mathforml.mathlib;
