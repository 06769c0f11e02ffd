package org.mathforml.mathlib.expr.internal;

/**
 * Builds the derivative tree d/dvar by the textbook rules (sum, product, quotient, chain, power
 * rule for exponents free of var, d/dx a^v = a^v ln(a) v', and the general d/dx u^v = u^v (v' ln(u)
 * + v u'/u)). The raw result is large; {@link Simplifier} tidies it.
 *
 * <p>d/dx abs(u) = sign(u) u' is the derivative for u != 0; at the kink u = 0 the derivative does
 * not exist and sign gives 0, the subgradient most ML libraries use. d/dx sign(u) = 0 likewise
 * except at 0. Reference: Stewart, "Calculus", ch. 3 (differentiation rules).
 */
public final class Differentiator implements NodeVisitor<Node> {

  private final String variable;

  private Differentiator(String variable) {
    this.variable = variable;
  }

  /** The unsimplified derivative of {@code root} with respect to {@code variable}. */
  public static Node differentiate(Node root, String variable) {
    return root.accept(new Differentiator(variable));
  }

  @Override
  public Node visitNumber(Node.Number node) {
    return Nodes.number(0);
  }

  @Override
  public Node visitVariable(Node.Variable node) {
    return Nodes.number(node.name().equals(variable) ? 1 : 0);
  }

  @Override
  public Node visitConstant(Node.Constant node) {
    return Nodes.number(0);
  }

  @Override
  public Node visitNegate(Node.Negate node) {
    return Nodes.negate(node.operand().accept(this));
  }

  @Override
  public Node visitBinary(Node.Binary node) {
    Node u = node.left();
    Node v = node.right();
    Node du = u.accept(this);
    Node dv = v.accept(this);
    switch (node.operator()) {
      case ADD:
      case SUBTRACT:
        return Nodes.binary(node.operator(), du, dv);
      case MULTIPLY:
        return Nodes.add(Nodes.multiply(du, v), Nodes.multiply(u, dv));
      case DIVIDE:
        if (!Nodes.dependsOn(v, variable)) {
          return Nodes.divide(du, v);
        }
        return Nodes.divide(
            Nodes.subtract(Nodes.multiply(du, v), Nodes.multiply(u, dv)),
            Nodes.power(v, Nodes.number(2)));
      default:
        return power(node, u, v, du, dv);
    }
  }

  private Node power(Node node, Node u, Node v, Node du, Node dv) {
    if (!Nodes.dependsOn(v, variable)) { // n u^(n-1) u'
      Node n1 = Nodes.subtract(v, Nodes.number(1));
      return Nodes.multiply(Nodes.multiply(v, Nodes.power(u, n1)), du);
    }
    if (!Nodes.dependsOn(u, variable)) { // a^v ln(a) v'
      return Nodes.multiply(Nodes.multiply(node, Nodes.call(Functions.LN, u)), dv);
    }
    Node inner =
        Nodes.add(
            Nodes.multiply(dv, Nodes.call(Functions.LN, u)),
            Nodes.divide(Nodes.multiply(v, du), u));
    return Nodes.multiply(node, inner);
  }

  @Override
  public Node visitCall(Node.Call node) {
    Node u = node.argument();
    Node outer;
    switch (node.function()) {
      case SIN:
        outer = Nodes.call(Functions.COS, u);
        break;
      case COS:
        outer = Nodes.negate(Nodes.call(Functions.SIN, u));
        break;
      case TAN: // sec^2 u, written without sec
        outer =
            Nodes.divide(
                Nodes.number(1), Nodes.power(Nodes.call(Functions.COS, u), Nodes.number(2)));
        break;
      case EXP:
        outer = node;
        break;
      case LN:
      case LOG:
        outer = Nodes.divide(Nodes.number(1), u);
        break;
      case LOG10:
        outer =
            Nodes.divide(
                Nodes.number(1), Nodes.multiply(u, Nodes.call(Functions.LN, Nodes.number(10))));
        break;
      case SQRT:
        outer = Nodes.divide(Nodes.number(1), Nodes.multiply(Nodes.number(2), node));
        break;
      case ABS:
        outer = Nodes.call(Functions.SIGN, u);
        break;
      default: // SIGN: flat except at its jump
        return Nodes.number(0);
    }
    return Nodes.multiply(outer, u.accept(this));
  }
}
