package org.mathforml.applets.smoke;

import java.util.List;
import org.mathforml.mathlib.Decimal;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.Line2D;
import org.mathforml.mathlib.LinearSystem;
import org.mathforml.mathlib.Solution;
import org.mathforml.mathlib.TwoLines;

/** Smoke cases for the root package: exact fractions, matrices, systems and lines. */
final class CoreCases {

  private CoreCases() {}

  static void addTo(List<SmokeCase> cases) {
    cases.add(
        new SmokeCase(
            "Fraction.arithmetic",
            () -> {
              Fraction a = Fraction.parse("3/4");
              Fraction b = Fraction.of(-5, 6);
              return Canon.join(
                  a.add(b).toString(),
                  a.subtract(b).toString(),
                  a.multiply(b).toString(),
                  a.divide(b).toString(),
                  b.negate().abs().reciprocal().toString(),
                  Fraction.parse("1 1/2").toLatex(),
                  b.toLatex(),
                  a.signum() + " " + b.isZero() + " " + Fraction.of(4, 2).isInteger(),
                  a.numerator() + "/" + a.denominator(),
                  Canon.num(b.doubleValue()),
                  a.compareTo(b) + " " + a.equals(Fraction.of(6, 8)),
                  Fraction.ZERO + " " + Fraction.ONE + " " + Fraction.of(7));
            }));
    cases.add(
        new SmokeCase(
            "FractionMatrix.operations",
            () -> {
              FractionMatrix m = FractionMatrix.parse("2 1 -1; -3 -1 2; -2 1 2");
              FractionMatrix n =
                  FractionMatrix.ofIntegers(new long[][] {{1, 2, 3}, {0, 1, 4}, {5, 6, 0}});
              return Canon.join(
                  m.rows() + "x" + m.cols() + " " + m.isSquare(),
                  m.get(1, 0).toString(),
                  Canon.fractions(m.row(2)),
                  m.multiply(n).toString(),
                  Canon.fractions(
                      m.multiply(new Fraction[] {Fraction.ONE, Fraction.of(1, 2), Fraction.ZERO})),
                  m.transpose().toString(),
                  m.determinant() + " " + n.determinant() + " rank " + m.rank(),
                  n.rowEchelon().toString(),
                  m.reducedRowEchelon().toString(),
                  FractionMatrix.identity(2).toLatex(),
                  String.valueOf(FractionMatrix.of(m.toArray()).equals(m)));
            }));
    cases.add(
        new SmokeCase(
            "LinearSystem.solve",
            () -> {
              FractionMatrix a = FractionMatrix.parse("2 1 -1; -3 -1 2; -2 1 2");
              Fraction[] b = {Fraction.of(8), Fraction.of(-11), Fraction.of(-3)};
              LinearSystem system = LinearSystem.of(a, b);
              Solution unique = system.solve();
              Solution none =
                  LinearSystem.ofAugmented(FractionMatrix.parse("1 1 2; 2 2 5")).solve();
              Solution many =
                  LinearSystem.ofAugmented(FractionMatrix.parse("1 1 2; 2 2 4")).solve();
              return Canon.join(
                  system.equations() + "x" + system.unknowns(),
                  system.augmented().toString(),
                  system.coefficients().equals(a) + " " + Canon.fractions(system.constants()),
                  unique.kind() + " " + Canon.fractions(unique.values()) + " rank " + unique.rank(),
                  none.toString(),
                  many.kind() + " free " + many.freeVariables() + " of " + many.unknowns(),
                  many.toString(),
                  system.toString());
            }));
    cases.add(
        new SmokeCase(
            "Line2D.geometry",
            () -> {
              Line2D l = Line2D.of(Fraction.of(2), Fraction.of(1), Fraction.of(5));
              Line2D t =
                  Line2D.through(Fraction.of(0), Fraction.of(1), Fraction.of(2), Fraction.of(3));
              Line2D v = Line2D.of(Fraction.of(3), Fraction.ZERO, Fraction.of(6));
              return Canon.join(
                  l.a() + " " + l.b() + " " + l.c(),
                  t.toString(),
                  t.normalized().toString(),
                  v.isVertical() + " " + l.isHorizontal(),
                  l.yAt(Fraction.of(1, 2)) + " " + l.xAt(Fraction.of(3)),
                  l.sameLineAs(Line2D.of(Fraction.of(4), Fraction.of(2), Fraction.of(10))) + "",
                  l.isParallelTo(Line2D.of(Fraction.of(-2), Fraction.of(-1), Fraction.ONE)) + "",
                  l.toLatex(),
                  l.equals(l.normalized()) + "");
            }));
    cases.add(
        new SmokeCase(
            "TwoLines.intersection",
            () -> {
              TwoLines two =
                  TwoLines.of(
                      Line2D.of(Fraction.of(2), Fraction.of(1), Fraction.of(5)),
                      Line2D.of(Fraction.of(1), Fraction.of(-1), Fraction.of(1)));
              TwoLines parallel =
                  TwoLines.of(
                      Line2D.of(Fraction.of(1), Fraction.of(1), Fraction.of(1)),
                      Line2D.of(Fraction.of(2), Fraction.of(2), Fraction.of(3)));
              return Canon.join(
                  two.first() + " & " + two.second(),
                  two.determinant() + " " + two.isSingular() + " " + two.kind(),
                  Canon.fractions(two.intersection()),
                  two.toSystem().solve().toString(),
                  parallel.kind() + " " + parallel.isSingular(),
                  two.toString(),
                  String.valueOf(Solution.Kind.values().length));
            }));
    cases.add(
        new SmokeCase(
            "Decimal.parse",
            () -> {
              // Bit patterns, so JS and the JVM must agree exactly (long-based double-double code).
              String[] inputs = {
                "0.1",
                "-2.5e-3",
                ".5",
                "3.141592653589793",
                "0.30000000000000004",
                "1.0E300",
                "1.7976931348623157E308",
                "2.2250738585072014E-308",
                "4.9E-324",
                "9007199254740993",
                "123456789012345678901234567890",
                "1.23456789125E8",
                "-7e-5",
                "1e-400",
                "1e400"
              };
              StringBuilder sb = new StringBuilder();
              for (String s : inputs) {
                sb.append(Double.doubleToLongBits(Decimal.parse(s))).append(' ');
              }
              // 3000 decimals of 1 to 18 digits, exponents -320..319, from a fixed generator:
              // a hash of their bit patterns, so every one must match the JVM exactly.
              int x = 20261122;
              long hash = 0;
              for (int i = 0; i < 3000; i++) {
                StringBuilder d = new StringBuilder();
                x = x * 1103515245 + 12345;
                int n = 1 + (x >>> 8) % 18;
                for (int k = 0; k < n; k++) {
                  x = x * 1103515245 + 12345;
                  d.append((char) ('0' + (x >>> 16) % 10));
                  if (k == 0 && n > 1) {
                    d.append('.');
                  }
                }
                x = x * 1103515245 + 12345;
                d.append('e').append((x >>> 8) % 640 - 320);
                hash = hash * 31 + Double.doubleToLongBits(Decimal.parse(d.toString()));
              }
              return Canon.join(
                  sb.toString(), String.valueOf(Decimal.isDecimal("1e")), String.valueOf(hash));
            }));
  }
}
