/**
 * Exact linear algebra for teaching: every algorithm can show its work.
 *
 * <p>{@link org.mathforml.mathlib.exact.RowOperation} and {@link
 * org.mathforml.mathlib.exact.Elimination} record row reductions step by step ({@link
 * org.mathforml.mathlib.exact.Reduction}); on top of them sit {@link
 * org.mathforml.mathlib.exact.ParametricSolution} (Ax = b with free variables), {@link
 * org.mathforml.mathlib.exact.Inverse} (Gauss-Jordan on [A | I]), {@link
 * org.mathforml.mathlib.exact.CofactorExpansion} and {@link
 * org.mathforml.mathlib.exact.EliminationDeterminant}, the fundamental {@link
 * org.mathforml.mathlib.exact.Subspaces}, {@link org.mathforml.mathlib.exact.Span} and {@link
 * org.mathforml.mathlib.exact.Independence}. {@link org.mathforml.mathlib.exact.EchelonForm} lets a
 * quiz accept any correct row echelon form. LaTeX comes from {@code toLatex()} methods and {@link
 * org.mathforml.mathlib.exact.MatrixFormat}, which also writes MathML.
 *
 * <p>Rows and columns are 0-based in the API and 1-based in text ("R1" is row 0).
 *
 * <p><b>Sizes and overflow.</b> Entries are {@link org.mathforml.mathlib.Fraction}s, two {@code
 * long}s each. Elimination multiplies entries together, so numerators and denominators grow with
 * the size of the matrix and of its entries; when one would leave the {@code long} range, the
 * operation throws {@code ArithmeticException("fraction overflow")} rather than return a wrong
 * answer. Small-integer matrices up to about 6x6 are safe in practice; entries around 10^10 can
 * overflow already in a 2x2 determinant. This package is for small exact examples; use floating
 * point for anything else. Every step snapshots the matrix, which is fine at teaching sizes.
 */
package org.mathforml.mathlib.exact;
