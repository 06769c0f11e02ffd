/** Implementation details of {@code org.mathforml.mathlib}; not API, may change at any time. */
package org.mathforml.mathlib.internal;
