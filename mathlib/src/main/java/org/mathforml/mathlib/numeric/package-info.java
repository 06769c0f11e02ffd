/**
 * Double-precision linear algebra for the applets, data sets and ML lessons: {@link
 * org.mathforml.mathlib.numeric.Vector} and {@link org.mathforml.mathlib.numeric.Matrix}
 * (immutable, row-major {@code double[]}), decompositions ({@code LU}, {@code QR}, {@code
 * Cholesky}, {@code Svd}), eigenvalues ({@code Eigen2x2}, {@code Eigen3x3}, {@code SymmetricEigen},
 * {@code PowerIteration}) and their uses ({@code LeastSquares}, {@code Pca}, {@code MarkovChain},
 * {@code PageRank}).
 *
 * <p>Factories reject NaN and infinite entries with {@link IllegalArgumentException}; singular
 * systems throw {@link ArithmeticException}; iterative methods are bounded and report {@code
 * converged()}. Hot loops work on plain {@code double[]} with ints as indices (TeaVM compiles
 * {@code long} to slow emulation). Exact arithmetic lives in {@code org.mathforml.mathlib}.
 */
package org.mathforml.mathlib.numeric;
