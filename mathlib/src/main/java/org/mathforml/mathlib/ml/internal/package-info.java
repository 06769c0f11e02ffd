/** Input checks, the xorshift32 generator and the shared batch-gradient loop. Not API. */
package org.mathforml.mathlib.ml.internal;
