package org.mathforml.mathlib.expr.internal;

/**
 * Rewrites a tree into a simpler, textbook-shaped equal one, bottom-up: constant folding (exactly,
 * with rational coefficients: 1/3 stays 1/3), 0 and 1 identities, like terms (2x + 3x = 5x), like
 * powers (x * x = x^2, x^2 / x = x), ln(e) = 1, and function values that are integers (sin(0) = 0,
 * sqrt(4) = 2).
 *
 * <p>The result equals the input wherever the input is defined; like a textbook, it may be defined
 * where the input is not (x / x becomes 1, 0 * ln(x) becomes 0). See Cohen, "Computer Algebra and
 * Symbolic Computation: Mathematical Methods" (2003), ch. 3, for the automatic simplification rules
 * this follows in a reduced form.
 */
public final class Simplifier implements NodeVisitor<Node> {

  private static final Simplifier INSTANCE = new Simplifier();

  private Simplifier() {}

  /** Returns the simplified tree. */
  public static Node simplify(Node root) {
    return root.accept(INSTANCE);
  }

  @Override
  public Node visitNumber(Node.Number node) {
    return node;
  }

  @Override
  public Node visitVariable(Node.Variable node) {
    return node;
  }

  @Override
  public Node visitConstant(Node.Constant node) {
    return node;
  }

  @Override
  public Node visitNegate(Node.Negate node) {
    return Collector.normalize(Nodes.negate(node.operand().accept(this)));
  }

  @Override
  public Node visitBinary(Node.Binary node) {
    Node left = node.left().accept(this);
    Node right = node.right().accept(this);
    return Collector.normalize(Nodes.binary(node.operator(), left, right));
  }

  @Override
  public Node visitCall(Node.Call node) {
    Node argument = node.argument().accept(this);
    Functions f = node.function();
    boolean ln = f == Functions.LN || f == Functions.LOG;
    if (ln
        && argument instanceof Node.Constant
        && ((Node.Constant) argument).constant() == Constants.E) {
      return Nodes.number(1);
    }
    if (ln
        && argument instanceof Node.Binary
        && ((Node.Binary) argument).operator() == Operator.POWER
        && ((Node.Binary) argument).left() instanceof Node.Constant
        && ((Node.Constant) ((Node.Binary) argument).left()).constant() == Constants.E) {
      return ((Node.Binary) argument).right(); // ln(e^u) = u for every real u
    }
    Rational r = Collector.rational(argument);
    if (r != null) {
      double value = f.apply(r.value());
      if (value == Math.rint(value) && !Double.isInfinite(value)) {
        return Nodes.number(value);
      }
    }
    return Nodes.call(f, argument);
  }
}
