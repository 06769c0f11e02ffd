package org.mathforml.applets.smoke;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mathforml.mathlib.calculus.DifferenceScheme;
import org.mathforml.mathlib.calculus.Dual;
import org.mathforml.mathlib.calculus.ErrorTable;
import org.mathforml.mathlib.calculus.NumericalDerivative;
import org.mathforml.mathlib.calculus.RealFunction;
import org.mathforml.mathlib.expr.Expression;
import org.mathforml.mathlib.expr.ExpressionException;

/** Smoke cases for {@code mathlib.expr} and {@code mathlib.calculus}. */
final class ExprCalculusCases {

  private ExprCalculusCases() {}

  /** sin(x) + x^3 / 3 without the expression parser. */
  private static final RealFunction F =
      new RealFunction() {
        @Override
        public double value(double x) {
          return Math.sin(x) + x * x * x / 3;
        }
      };

  static void addTo(List<SmokeCase> cases) {
    cases.add(
        new SmokeCase(
            "expr.Expression.symbolic",
            () -> {
              Expression e = Expression.parse("x^2 sin(x) + exp(2*x)/y");
              Expression d = e.derivative("x");
              Expression p = Expression.parse("(x + 1)^2 - x^2 - 2x");
              return Canon.join(
                  e.toString(),
                  d.toString(),
                  new ArrayList<>(e.variables()).size() + " " + e.variables().contains("y"),
                  p.simplify().toString(),
                  Expression.parse("2(x+1)").equivalentTo(Expression.parse("2x + 2")) + "",
                  Expression.parse("sin(x)^2").equivalentTo(Expression.parse("x")) + "",
                  e.toLatex(),
                  d.toLatex(),
                  e.toMathML(),
                  e.equals(Expression.parse("x^2 sin(x) + exp(2*x)/y")) + "");
            }));
    cases.add(
        new SmokeCase(
            "expr.Expression.numeric",
            () -> {
              Expression e = Expression.parse("x^2 sin(x) + exp(2*x)/y");
              Map<String, Double> at = new HashMap<>();
              at.put("x", 0.5);
              at.put("y", 2.0);
              Map<String, Double> others = new HashMap<>();
              others.put("y", 2.0);
              Dual dual = e.evaluateDual("x", 0.5, others);
              Dual plain = Expression.parse("ln(x) * x").evaluateDual("x", 2);
              RealFunction f = Expression.parse("x^3 - 2x").asFunction("x");
              return Canon.join(
                  Canon.num(Expression.parse("sqrt(x) + abs(-x)").evaluate("x", 2.25)),
                  Canon.num(e.evaluate(at)),
                  Canon.num(dual.value()) + " " + Canon.num(dual.derivative()),
                  Canon.num(plain.value()) + " " + Canon.num(plain.derivative()),
                  Canon.num(f.value(1.5)));
            }));
    cases.add(
        new SmokeCase(
            "expr.Expression.gradientHessian",
            () -> {
              Expression e = Expression.parse("x^2 y + 3 y^2 - x");
              List<String> vars = Arrays.asList("x", "y");
              return Canon.join(
                  Canon.list(e.gradient(vars)),
                  Canon.list(e.hessian(vars)),
                  Canon.nums(e.gradientAt(vars, new double[] {1, 2})),
                  Canon.rows(e.hessianAt(vars, new double[] {1, 2})));
            }));
    cases.add(
        new SmokeCase(
            "expr.ExpressionException.position",
            () -> {
              StringBuilder sb = new StringBuilder();
              String[] bad = {"2 + * x", "sin(x", "foo(x)", ""};
              for (String text : bad) {
                try {
                  Expression.parse(text);
                  sb.append("parsed?; ");
                } catch (ExpressionException e) {
                  sb.append(e.position()).append(": ").append(e.problem()).append("; ");
                }
              }
              ExpressionException made = new ExpressionException("made up", 3);
              return sb.append(made.position()).append(' ').append(made.problem()).toString();
            }));
    cases.add(
        new SmokeCase(
            "calculus.Dual.forwardMode",
            () -> {
              Dual x = Dual.variable(0.7);
              Dual c = Dual.constant(2);
              Dual y = x.multiply(x).sin().add(x.exp().divide(c)).subtract(x.ln().negate());
              Dual z = x.pow(3).add(x.pow(c)).multiply(x.tan()).add(x.sqrt()).add(x.cos().abs());
              return Canon.join(
                  Canon.num(y.value()) + " " + Canon.num(y.derivative()),
                  Canon.num(z.value()) + " " + Canon.num(z.derivative()),
                  Dual.of(1.5, -2).toString() + " " + Dual.of(1, 0).equals(Dual.constant(1)));
            }));
    cases.add(
        new SmokeCase(
            "calculus.NumericalDerivative.schemes",
            () -> {
              StringBuilder sb = new StringBuilder();
              for (DifferenceScheme s : DifferenceScheme.values()) {
                sb.append(s).append(" order ").append(s.order()).append(' ');
                sb.append(Canon.num(s.estimate(F, 1.0, 1e-3))).append(' ');
                sb.append(Canon.num(s.defaultStep(1.0))).append("; ");
              }
              return Canon.join(
                  sb.toString(),
                  Canon.num(NumericalDerivative.forward(F, 1.0, 0.25)),
                  Canon.num(NumericalDerivative.backward(F, 1.0, 0.25)),
                  Canon.num(NumericalDerivative.central(F, 1.0, 0.25)),
                  Canon.num(NumericalDerivative.second(F, 1.0, 0.25)),
                  Canon.nums(NumericalDerivative.powersOfTen(4)));
            }));
    cases.add(
        new SmokeCase(
            "calculus.ErrorTable.steps",
            () -> {
              double exact = Math.cos(1.0) + 1.0;
              ErrorTable t =
                  NumericalDerivative.errorTable(F, 1.0, exact, NumericalDerivative.powersOfTen(3));
              return Canon.join(
                  t.size() + " " + Canon.num(t.step(1)),
                  Canon.num(t.error(DifferenceScheme.CENTRAL, 0)),
                  t.bestRow(DifferenceScheme.FORWARD) + " " + t.bestRow(DifferenceScheme.CENTRAL),
                  t.toString());
            }));
  }
}
