/** Implementation details of {@code org.mathforml.mathlib.special}; not API. */
package org.mathforml.mathlib.special.internal;
