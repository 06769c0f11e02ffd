package org.mathforml.applets.rowreduce;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.exact.RowOperation;

/** How the trainer writes row operations, in words and in symbols. Plain Java. */
final class OperationText {

  private OperationText() {}

  /** "Swap R1 and R2", "Scale R1 by 1/2", "Add -3 times R1 to R2". */
  static String words(RowOperation op) {
    String ri = "R" + (op.target() + 1);
    String rj = "R" + (op.source() + 1);
    switch (op.kind()) {
      case SWAP:
        return "Swap " + ri + " and " + rj;
      case SCALE:
        return "Scale " + ri + " by " + op.factor();
      default:
        return "Add " + op.factor() + " times " + rj + " to " + ri;
    }
  }

  /** "R1 ↔ R2", "R1 ← 1/2 R1", "R2 ← R2 − 3 R1". */
  static String symbols(RowOperation op) {
    String ri = "R" + (op.target() + 1);
    String rj = "R" + (op.source() + 1);
    switch (op.kind()) {
      case SWAP:
        return ri + " \u2194 " + rj;
      case SCALE:
        return ri + " \u2190 " + signed(op.factor()) + " " + ri;
      default:
        Fraction k = op.factor();
        String sign = k.signum() < 0 ? " \u2212 " : " + ";
        Fraction size = k.abs();
        return ri + " \u2190 " + ri + sign + (size.equals(Fraction.ONE) ? "" : size + " ") + rj;
    }
  }

  /** The fraction with a typographic minus sign. */
  static String signed(Fraction f) {
    return f.signum() < 0 ? "\u2212" + f.abs() : f.toString();
  }
}
