package org.mathforml.mathlib.stats;

/** The alternative hypothesis of a test: the parameter differs from, is below or above H0's. */
public enum Alternative {
  TWO_SIDED,
  LESS,
  GREATER
}
