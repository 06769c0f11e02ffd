package org.mathforml.mathlib.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mathforml.mathlib.calculus.Dual;
import org.mathforml.mathlib.calculus.RealFunction;
import org.mathforml.mathlib.expr.internal.Differentiator;
import org.mathforml.mathlib.expr.internal.DualEvaluator;
import org.mathforml.mathlib.expr.internal.Equivalence;
import org.mathforml.mathlib.expr.internal.Evaluator;
import org.mathforml.mathlib.expr.internal.LatexPrinter;
import org.mathforml.mathlib.expr.internal.MathMlPrinter;
import org.mathforml.mathlib.expr.internal.Node;
import org.mathforml.mathlib.expr.internal.Parser;
import org.mathforml.mathlib.expr.internal.Printer;
import org.mathforml.mathlib.expr.internal.Simplifier;
import org.mathforml.mathlib.expr.internal.VariableCollector;

/**
 * A parsed real-valued expression such as "2x^2 - 3x + 1" or "sin(pi x) / x", for plots, quizzes
 * and calculus lessons.
 *
 * <p>Shaped like KaTeX: a lexer and parser build an immutable tree once; separate builders evaluate
 * it, print it (plain, LaTeX, MathML), differentiate or simplify it. Syntax:
 *
 * <ul>
 *   <li>numbers "3", "0.5", ".5"; variables are identifiers ("x", "t", "x2", "rate"); {@code pi}
 *       and {@code e} are constants;
 *   <li>{@code + - * / ^} with the usual precedence; ^ is right-associative and binds tighter than
 *       unary minus, so -x^2 = -(x^2) and 2^3^2 = 2^9;
 *   <li>functions sin cos tan exp ln log sqrt abs log10 sign (log is the natural logarithm, same as
 *       ln; log10 is base 10), always with parentheses: "sin(x)";
 *   <li>implicit multiplication before an identifier or '(' : "2x", "3(x+1)", "2 pi", "(x+1)(x-1)",
 *       "x sin(x)"; never before a number ("2 3" is an error). It binds like '*', so "1/2x" is
 *       (1/2)x.
 * </ul>
 *
 * <p>Evaluation follows IEEE 754 and {@link Math}: sqrt(-1) is NaN and 1/0 is Infinity, which a
 * plot shows as a gap. Immutable.
 */
public final class Expression {

  private final Node root;
  private final Set<String> variables;
  private final String canonical;

  private Expression(Node root) {
    this.root = root;
    this.variables = Collections.unmodifiableSet(VariableCollector.collect(root));
    this.canonical = Printer.print(root);
  }

  /**
   * Parses {@code text}.
   *
   * @throws ExpressionException at the position of the first problem: empty input, an unexpected or
   *     dangling token, an unbalanced parenthesis, an unknown function
   */
  public static Expression parse(String text) {
    return new Expression(Parser.parse(text));
  }

  /**
   * Evaluates with one variable bound, e.g. {@code evaluate("x", 2.0)}.
   *
   * @throws ExpressionException if the expression uses another variable
   */
  public double evaluate(String variable, double value) {
    return Evaluator.evaluate(root, Collections.singletonMap(variable, value));
  }

  /**
   * Evaluates with the given variable values; names the expression does not use are ignored.
   *
   * @throws ExpressionException naming the first variable without a value, at its position
   */
  public double evaluate(Map<String, Double> values) {
    return Evaluator.evaluate(root, values);
  }

  /** The variable names used, sorted; excludes the constants pi and e. Unmodifiable. */
  public Set<String> variables() {
    return variables;
  }

  /** This expression as a function of {@code variable} (the only variable it may use). */
  public RealFunction asFunction(String variable) {
    return new ExpressionFunction(this, checkName(variable));
  }

  /**
   * f(x) and f'(x) by forward-mode automatic differentiation ({@link Dual} numbers): exact up to
   * rounding, no step size. The expression may use no other variable.
   */
  public Dual evaluateDual(String variable, double x) {
    return evaluateDual(variable, x, Collections.<String, Double>emptyMap());
  }

  /** As {@link #evaluateDual(String, double)}, other variables bound to {@code others}. */
  public Dual evaluateDual(String variable, double x, Map<String, Double> others) {
    return DualEvaluator.evaluate(root, checkName(variable), x, others);
  }

  /**
   * The simplified derivative (the partial derivative if there are other variables), e.g. d/dx of
   * "x^2 sin(x)" is "2 * x * sin(x) + x^2 * cos(x)". See {@link #simplify()} for the shape of the
   * result; abs(u) gives sign(u) u', which is 0 at the kink u = 0.
   *
   * @throws IllegalArgumentException if {@code variable} is not an identifier
   */
  public Expression derivative(String variable) {
    return new Expression(
        Simplifier.simplify(Differentiator.differentiate(root, checkName(variable))));
  }

  /**
   * An equal expression in textbook form: numbers folded exactly (fractions stay fractions), 0 and
   * 1 identities applied, like terms and like powers collected (2x + 3x = 5x, x * x = x^2), x^-n
   * written as a fraction. It is equal wherever this expression is defined (x / x simplifies to 1).
   */
  public Expression simplify() {
    return new Expression(Simplifier.simplify(root));
  }

  /**
   * True if both expressions agree at many seeded random points, so "2x + 2" and "2(x + 1)" are
   * equivalent. Points where either side is NaN or infinite are skipped (ln(x) has no value at
   * negative x), but enough valid points must remain. See {@link Equivalence}.
   */
  public boolean equivalentTo(Expression other) {
    return Equivalence.test(root, other.root);
  }

  /** The partial derivatives with respect to {@code vars}, in order. Unmodifiable. */
  public List<Expression> gradient(List<String> vars) {
    List<Expression> out = new ArrayList<>();
    for (String v : vars) {
      out.add(derivative(v));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The matrix of second partial derivatives d^2 f / (d vars[i] d vars[j]). Computed once per pair
   * i <= j and mirrored: equal mixed partials (Schwarz) hold where f is twice continuously
   * differentiable. Unmodifiable.
   */
  public List<List<Expression>> hessian(List<String> vars) {
    List<Expression> first = gradient(vars);
    Expression[][] h = new Expression[vars.size()][vars.size()];
    for (int i = 0; i < vars.size(); i++) {
      for (int j = i; j < vars.size(); j++) {
        h[i][j] = first.get(i).derivative(vars.get(j));
        h[j][i] = h[i][j];
      }
    }
    List<List<Expression>> rows = new ArrayList<>();
    for (Expression[] row : h) {
      List<Expression> r = new ArrayList<>();
      Collections.addAll(r, row);
      rows.add(Collections.unmodifiableList(r));
    }
    return Collections.unmodifiableList(rows);
  }

  /** The gradient evaluated with vars[i] = point[i]. */
  public double[] gradientAt(List<String> vars, double[] point) {
    Map<String, Double> values = bind(vars, point);
    List<Expression> g = gradient(vars);
    double[] out = new double[g.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = g.get(i).evaluate(values);
    }
    return out;
  }

  /** The Hessian evaluated with vars[i] = point[i]. */
  public double[][] hessianAt(List<String> vars, double[] point) {
    Map<String, Double> values = bind(vars, point);
    List<List<Expression>> h = hessian(vars);
    double[][] out = new double[h.size()][h.size()];
    for (int i = 0; i < out.length; i++) {
      for (int j = 0; j < out.length; j++) {
        out[i][j] = h.get(i).get(j).evaluate(values);
      }
    }
    return out;
  }

  /** Textbook LaTeX, e.g. "\frac{1}{x^{2}}", "3x", "2\sin(x)", "e^{x}". */
  public String toLatex() {
    return LatexPrinter.print(root);
  }

  /** Presentation MathML: {@code <math xmlns="http://www.w3.org/1998/Math/MathML">...}. */
  public String toMathML() {
    return MathMlPrinter.print(root);
  }

  /** Two expressions are equal if their canonical forms are (not the same as equivalent). */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Expression && canonical.equals(((Expression) obj).canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  /**
   * Returns the canonical plain form, e.g. "2x^2-3x" gives "2 * x^2 - 3 * x": explicit '*', spaced
   * binary operators and minimal parentheses. Parsing it gives an equal expression.
   */
  @Override
  public String toString() {
    return canonical;
  }

  private static Map<String, Double> bind(List<String> vars, double[] point) {
    if (point.length != vars.size()) {
      throw new IllegalArgumentException(
          "point has " + point.length + " values for " + vars.size() + " variables");
    }
    Map<String, Double> values = new HashMap<>();
    for (int i = 0; i < point.length; i++) {
      values.put(checkName(vars.get(i)), point[i]);
    }
    return values;
  }

  private static String checkName(String name) {
    if (name == null || name.isEmpty() || !isLetter(name.charAt(0))) {
      throw new IllegalArgumentException("not a variable name: '" + name + "'");
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
        throw new IllegalArgumentException("not a variable name: '" + name + "'");
      }
    }
    return name;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** Adapter for the calculus package; a small class rather than a lambda (TeaVM rule). */
  private static final class ExpressionFunction implements RealFunction {
    private final Expression expression;
    private final String variable;

    ExpressionFunction(Expression expression, String variable) {
      this.expression = expression;
      this.variable = variable;
    }

    @Override
    public double value(double x) {
      return expression.evaluate(variable, x);
    }
  }
}
