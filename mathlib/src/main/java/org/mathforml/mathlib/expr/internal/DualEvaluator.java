package org.mathforml.mathlib.expr.internal;

import java.util.Map;
import org.mathforml.mathlib.calculus.Dual;
import org.mathforml.mathlib.expr.ExpressionException;

/**
 * Evaluates a tree on {@link Dual} numbers: the chosen variable is x + 1&epsilon;, every other
 * variable a constant, so the result carries f(x) and df/dx (forward-mode automatic
 * differentiation).
 */
public final class DualEvaluator implements NodeVisitor<Dual> {

  private static final double LN10 = Math.log(10);

  private final String variable;
  private final Dual point;
  private final Map<String, Double> others;

  private DualEvaluator(String variable, Dual point, Map<String, Double> others) {
    this.variable = variable;
    this.point = point;
    this.others = others;
  }

  /** f and df/d{@code variable} at {@code x}, with {@code others} bound as constants. */
  public static Dual evaluate(Node root, String variable, double x, Map<String, Double> others) {
    return root.accept(new DualEvaluator(variable, Dual.variable(x), others));
  }

  @Override
  public Dual visitNumber(Node.Number node) {
    return Dual.constant(node.value());
  }

  @Override
  public Dual visitVariable(Node.Variable node) {
    if (node.name().equals(variable)) {
      return point;
    }
    Double value = others.get(node.name());
    if (value == null) {
      throw new ExpressionException("unknown variable '" + node.name() + "'", node.position());
    }
    return Dual.constant(value);
  }

  @Override
  public Dual visitConstant(Node.Constant node) {
    return Dual.constant(node.constant().value());
  }

  @Override
  public Dual visitNegate(Node.Negate node) {
    return node.operand().accept(this).negate();
  }

  @Override
  public Dual visitBinary(Node.Binary node) {
    Dual a = node.left().accept(this);
    Dual b = node.right().accept(this);
    switch (node.operator()) {
      case ADD:
        return a.add(b);
      case SUBTRACT:
        return a.subtract(b);
      case MULTIPLY:
        return a.multiply(b);
      case DIVIDE:
        return a.divide(b);
      default:
        return a.pow(b);
    }
  }

  @Override
  public Dual visitCall(Node.Call node) {
    Dual u = node.argument().accept(this);
    switch (node.function()) {
      case SIN:
        return u.sin();
      case COS:
        return u.cos();
      case TAN:
        return u.tan();
      case EXP:
        return u.exp();
      case LN:
      case LOG:
        return u.ln();
      case LOG10:
        Dual ln = u.ln();
        return Dual.of(Math.log10(u.value()), ln.derivative() / LN10);
      case SQRT:
        return u.sqrt();
      case ABS:
        return u.abs();
      default:
        return Dual.constant(Math.signum(u.value()));
    }
  }
}
