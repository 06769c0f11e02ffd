package org.mathforml.mathlib.expr.internal;

import java.util.Map;
import org.mathforml.mathlib.expr.ExpressionException;

/**
 * Evaluates a tree in IEEE 754 doubles with the given variable values. Domain errors give NaN or an
 * infinity, as {@link Math} does; only an unbound variable is an error.
 */
public final class Evaluator implements NodeVisitor<Double> {

  private final Map<String, Double> variables;

  private Evaluator(Map<String, Double> variables) {
    this.variables = variables;
  }

  /** Evaluates {@code root}; {@code variables} maps names to values (extra names ignored). */
  public static double evaluate(Node root, Map<String, Double> variables) {
    return root.accept(new Evaluator(variables));
  }

  @Override
  public Double visitNumber(Node.Number node) {
    return node.value();
  }

  @Override
  public Double visitVariable(Node.Variable node) {
    Double value = variables.get(node.name());
    if (value == null) {
      throw new ExpressionException("unknown variable '" + node.name() + "'", node.position());
    }
    return value;
  }

  @Override
  public Double visitConstant(Node.Constant node) {
    return node.constant().value();
  }

  @Override
  public Double visitNegate(Node.Negate node) {
    return -node.operand().accept(this);
  }

  @Override
  public Double visitBinary(Node.Binary node) {
    double left = node.left().accept(this);
    double right = node.right().accept(this);
    return node.operator().apply(left, right);
  }

  @Override
  public Double visitCall(Node.Call node) {
    return node.function().apply(node.argument().accept(this));
  }
}
