package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.MathText;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.RowOperation;
import org.mathforml.mathlib.random.Rng;

/** Pieces shared by the generators: drawing entries, equations, row-operation sentences. */
final class Parts {

  /** Redraws allowed before a generator gives up (never reached in the 10,000-seed tests). */
  static final int MAX_DRAWS = 10_000;

  private Parts() {}

  static Fraction draw(Rng rng, int lo, int hi) {
    return Fraction.of(rng.nextInt(lo, hi));
  }

  static Fraction drawNonZero(Rng rng, int bound) {
    int v = rng.nextInt(1, bound);
    return Fraction.of(rng.nextBoolean() ? v : -v);
  }

  static FractionMatrix drawMatrix(Rng rng, int rows, int cols, int bound) {
    Fraction[][] m = new Fraction[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        m[i][j] = draw(rng, -bound, bound);
      }
    }
    return FractionMatrix.of(m);
  }

  /**
   * A number in a sentence: "3", or "-3/4" written with a minus sign (U+2212) rather than a hyphen.
   * Only displayed text: answers stay ASCII, as readers type them.
   */
  static String prose(Fraction f) {
    return f.signum() < 0 ? prose(f.toString()) : f.toString();
  }

  /** Text in a sentence (a number, or a formula as typed such as "e^(-4x)"): '-' becomes U+2212. */
  static String prose(String s) {
    return s.replace('-', '\u2212');
  }

  static IllegalStateException exhausted(String name, int seed) {
    return new IllegalStateException(name + ": no valid variant for seed " + seed);
  }

  static MathText matrix(FractionMatrix m) {
    return new MathBuilder().matrix(m, -1).build();
  }

  static MathText number(Fraction f) {
    return new MathBuilder().num(f).build();
  }

  /** Appends a x + b y = c with the given variable names; zero terms are left out. */
  static MathBuilder equation(MathBuilder mb, Fraction[] coefficients, String[] vars, Fraction c) {
    boolean first = true;
    for (int j = 0; j < coefficients.length; j++) {
      if (!coefficients[j].isZero()) {
        mb.term(coefficients[j], new MathBuilder().id(vars[j]), first);
        first = false;
      }
    }
    if (first) {
      mb.num(Fraction.ZERO);
    }
    return mb.op("=").num(c);
  }

  /** The system [A | b] as equations: "2x + y = 3, x - y = 0" (a cases brace in LaTeX). */
  static MathText system(FractionMatrix a, Fraction[] b, String[] vars) {
    MathBuilder mb = new MathBuilder();
    mb.raw("", "\\begin{cases} ", "<mrow><mo>{</mo><mtable columnalign=\"left\">");
    for (int i = 0; i < a.rows(); i++) {
      mb.raw(i > 0 ? ", " : "", i > 0 ? " \\\\ " : "", "<mtr><mtd>");
      equation(mb, a.row(i), vars, b[i]);
      mb.raw("", "", "</mtd></mtr>");
    }
    return mb.raw("", " \\end{cases}", "</mtable></mrow>").build();
  }

  /** "Subtract 3 times row 1 from row 2." and the like, for a worked solution. */
  static String sentence(RowOperation o) {
    int t = o.target() + 1;
    int s = o.source() + 1;
    switch (o.kind()) {
      case SWAP:
        return "Swap rows " + t + " and " + s + ".";
      case SCALE:
        return "Multiply row " + t + " by " + prose(o.factor()) + ".";
      default:
        Fraction c = o.factor();
        return c.signum() < 0
            ? "Subtract " + times(c.negate()) + "row " + s + " from row " + t + "."
            : "Add " + times(c) + "row " + s + " to row " + t + ".";
    }
  }

  private static String times(Fraction c) {
    return c.equals(Fraction.ONE) ? "" : c + " times ";
  }

  /** det [a b; c d] = a d - b c, written out: "3 * 4 - 2 * (-1) = 14". */
  static MathBuilder det2(MathBuilder mb, FractionMatrix m) {
    Fraction a = m.get(0, 0);
    Fraction b = m.get(0, 1);
    Fraction c = m.get(1, 0);
    Fraction d = m.get(1, 1);
    mb.factor(a).op("*").factor(d).op("-").factor(b).op("*").factor(c);
    return mb.op("=").num(a.multiply(d).subtract(b.multiply(c)));
  }
}
