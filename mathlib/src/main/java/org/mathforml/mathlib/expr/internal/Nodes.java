package org.mathforml.mathlib.expr.internal;

/**
 * Builds nodes for derived trees (derivatives, simplified forms). Built nodes have position -1
 * except variables, which keep the position they were parsed at, so an unbound variable in a
 * derivative is still reported where the user wrote it.
 */
public final class Nodes {

  /** Position of nodes that do not come from the input text. */
  public static final int DERIVED = -1;

  static final Node ZERO = number(0);
  static final Node ONE = number(1);

  private Nodes() {}

  /**
   * A number node. Negative values become -(|v|), so that printing and reparsing agree (a negative
   * literal does not exist in the grammar).
   */
  public static Node number(double value) {
    if (value < 0 || value == 0 && 1 / value < 0) {
      return new Node.Negate(number(-value), DERIVED);
    }
    return new Node.Number(numberText(value), value, DERIVED);
  }

  /** Plain decimal text: integers without ".0". */
  static String numberText(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  static Node constant(Constants c) {
    return new Node.Constant(c, DERIVED);
  }

  static Node negate(Node a) {
    return new Node.Negate(a, DERIVED);
  }

  static Node binary(Operator op, Node a, Node b) {
    return new Node.Binary(op, a, b, DERIVED);
  }

  static Node add(Node a, Node b) {
    return binary(Operator.ADD, a, b);
  }

  static Node subtract(Node a, Node b) {
    return binary(Operator.SUBTRACT, a, b);
  }

  static Node multiply(Node a, Node b) {
    return binary(Operator.MULTIPLY, a, b);
  }

  static Node divide(Node a, Node b) {
    return binary(Operator.DIVIDE, a, b);
  }

  static Node power(Node a, Node b) {
    return binary(Operator.POWER, a, b);
  }

  static Node call(Functions f, Node argument) {
    return new Node.Call(f, argument, DERIVED);
  }

  /** The value if {@code node} is a number or a negated number, else NaN. */
  static double numericValue(Node node) {
    if (node instanceof Node.Number) {
      return ((Node.Number) node).value();
    }
    if (node instanceof Node.Negate && ((Node.Negate) node).operand() instanceof Node.Number) {
      return -((Node.Number) ((Node.Negate) node).operand()).value();
    }
    return Double.NaN;
  }

  static boolean isNumber(Node node, double value) {
    return numericValue(node) == value;
  }

  /** True if {@code node} mentions the variable {@code name}. */
  static boolean dependsOn(Node node, String name) {
    return VariableCollector.collect(node).contains(name);
  }
}
