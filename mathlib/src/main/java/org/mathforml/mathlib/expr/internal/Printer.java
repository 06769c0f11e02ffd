package org.mathforml.mathlib.expr.internal;

/**
 * Prints a tree in canonical plain form: binary operators spaced ("x + 1", "2 * x"), '^' unspaced
 * ("x^2"), implicit products written with '*', and only the parentheses the grammar needs, so
 * parsing the output gives the same tree.
 */
public final class Printer implements NodeVisitor<String> {

  private static final Printer INSTANCE = new Printer();

  private Printer() {}

  /** Returns the canonical text of {@code root}. */
  public static String print(Node root) {
    return root.accept(INSTANCE);
  }

  @Override
  public String visitNumber(Node.Number node) {
    return node.text();
  }

  @Override
  public String visitVariable(Node.Variable node) {
    return node.name();
  }

  @Override
  public String visitConstant(Node.Constant node) {
    return node.constant().constantName();
  }

  @Override
  public String visitNegate(Node.Negate node) {
    // Only atoms and powers bind tighter than unary minus: -x^2, but -(x * y), -(-x).
    Node operand = node.operand();
    return "-" + wrap(operand, precedence(operand) <= Operator.NEGATE_PRECEDENCE);
  }

  @Override
  public String visitBinary(Node.Binary node) {
    Operator op = node.operator();
    int left = precedence(node.left());
    int right = precedence(node.right());
    boolean wrapLeft = left < op.precedence() || left == op.precedence() && op.isRightAssociative();
    boolean wrapRight =
        right < op.precedence() || right == op.precedence() && !op.isRightAssociative();
    String symbol = op == Operator.POWER ? "^" : " " + op.symbol() + " ";
    return wrap(node.left(), wrapLeft) + symbol + wrap(node.right(), wrapRight);
  }

  @Override
  public String visitCall(Node.Call node) {
    return node.function().functionName() + "(" + node.argument().accept(this) + ")";
  }

  private String wrap(Node node, boolean parenthesize) {
    String text = node.accept(this);
    return parenthesize ? "(" + text + ")" : text;
  }

  private static int precedence(Node node) {
    if (node instanceof Node.Binary) {
      return ((Node.Binary) node).operator().precedence();
    }
    if (node instanceof Node.Negate) {
      return Operator.NEGATE_PRECEDENCE;
    }
    return Operator.ATOM_PRECEDENCE;
  }
}
