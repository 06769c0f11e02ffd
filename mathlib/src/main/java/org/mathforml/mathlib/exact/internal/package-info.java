/** Implementation of {@link org.mathforml.mathlib.exact}; not API. */
package org.mathforml.mathlib.exact.internal;
