package org.mathforml.mathlib.exact;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/**
 * One term a_ij C_ij of a {@link CofactorExpansion}, with C_ij = (-1)^(i+j) det M_ij. Immutable.
 */
public final class CofactorTerm {

  private final int row;
  private final int column;
  private final Fraction entry;
  private final FractionMatrix minor;
  private final Fraction minorDeterminant;

  CofactorTerm(
      int row, int column, Fraction entry, FractionMatrix minor, Fraction minorDeterminant) {
    this.row = row;
    this.column = column;
    this.entry = entry;
    this.minor = minor;
    this.minorDeterminant = minorDeterminant;
  }

  /** Row i (0-based). */
  public int row() {
    return row;
  }

  /** Column j (0-based). */
  public int column() {
    return column;
  }

  /** The entry a_ij. */
  public Fraction entry() {
    return entry;
  }

  /** The sign (-1)^(i+j) of the cofactor: +1 or -1. */
  public int sign() {
    return (row + column) % 2 == 0 ? 1 : -1;
  }

  /** True unless A is 1x1, whose minor has no rows. */
  public boolean hasMinor() {
    return minor != null;
  }

  /**
   * The minor M_ij: A without row i and column j.
   *
   * @throws IllegalStateException for a 1x1 matrix (the minor would be 0x0)
   */
  public FractionMatrix minor() {
    if (minor == null) {
      throw new IllegalStateException("a 1x1 matrix has an empty minor");
    }
    return minor;
  }

  /** det M_ij (1 for the empty minor of a 1x1 matrix). */
  public Fraction minorDeterminant() {
    return minorDeterminant;
  }

  /** The cofactor C_ij = (-1)^(i+j) det M_ij. */
  public Fraction cofactor() {
    return sign() > 0 ? minorDeterminant : minorDeterminant.negate();
  }

  /** The term's value a_ij C_ij. */
  public Fraction value() {
    return entry.multiply(cofactor());
  }

  // (-1)^(i+j) a_ij: the coefficient written in front of the minor's determinant.
  Fraction signedEntry() {
    return sign() > 0 ? entry : entry.negate();
  }
}
