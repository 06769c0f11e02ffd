package org.mathforml.applets.twolines;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.Line2D;
import org.mathforml.mathlib.Solution;
import org.mathforml.mathlib.TwoLines;

/** What mathlib says about the pair of lines: determinant, kind, and the crossing if unique. */
final class Solved {

  final Fraction determinant;
  final Solution.Kind kind;

  /** The crossing point, or null unless kind is UNIQUE. */
  final Fraction x;

  final Fraction y;

  private Solved(Fraction determinant, Solution.Kind kind, Fraction x, Fraction y) {
    this.determinant = determinant;
    this.kind = kind;
    this.x = x;
    this.y = y;
  }

  static Solved of(Line2D first, Line2D second) {
    TwoLines pair = TwoLines.of(first, second);
    Solution.Kind kind = pair.kind();
    if (kind == Solution.Kind.UNIQUE) {
      Fraction[] p = pair.intersection();
      return new Solved(pair.determinant(), kind, p[0], p[1]);
    }
    return new Solved(pair.determinant(), kind, null, null);
  }

  /** "unique", "none" or "infinite": the data-kind test hook. */
  String kindName() {
    switch (kind) {
      case UNIQUE:
        return "unique";
      case NONE:
        return "none";
      default:
        return "infinite";
    }
  }
}
