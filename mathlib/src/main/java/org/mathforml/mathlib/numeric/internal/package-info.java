/** Kernels on plain {@code double[]} arrays behind the numeric API. Not API. */
package org.mathforml.mathlib.numeric.internal;
