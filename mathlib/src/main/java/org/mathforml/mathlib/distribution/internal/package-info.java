/** Implementation details of {@code org.mathforml.mathlib.distribution}; not API. */
package org.mathforml.mathlib.distribution.internal;
