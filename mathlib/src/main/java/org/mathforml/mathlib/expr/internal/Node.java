package org.mathforml.mathlib.expr.internal;

/**
 * An immutable node of the expression tree. Each node remembers where it came from in the input
 * text (for error messages) and its depth, which the parser bounds so that the recursive visitors
 * cannot overflow the stack, in the browser or on the JVM.
 */
public abstract class Node {

  private final int position;
  private final int depth;

  Node(int position, int depth) {
    this.position = position;
    this.depth = depth;
  }

  /** 0-based index of the token this node was built from. */
  public final int position() {
    return position;
  }

  /** 1 for a leaf, else 1 + the depth of the deepest child. */
  public final int depth() {
    return depth;
  }

  /** Double dispatch to the visitor method for this node's class. */
  public abstract <R> R accept(NodeVisitor<R> visitor);

  /** A number literal, keeping its source text for printing. */
  public static final class Number extends Node {
    private final String text;
    private final double value;

    Number(String text, double value, int position) {
      super(position, 1);
      this.text = text;
      this.value = value;
    }

    public String text() {
      return text;
    }

    public double value() {
      return value;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
      return visitor.visitNumber(this);
    }
  }

  /** A variable, looked up when the expression is evaluated. */
  public static final class Variable extends Node {
    private final String name;

    Variable(String name, int position) {
      super(position, 1);
      this.name = name;
    }

    public String name() {
      return name;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
      return visitor.visitVariable(this);
    }
  }

  /** A named constant: pi or e. */
  public static final class Constant extends Node {
    private final Constants constant;

    Constant(Constants constant, int position) {
      super(position, 1);
      this.constant = constant;
    }

    public Constants constant() {
      return constant;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
      return visitor.visitConstant(this);
    }
  }

  /** Unary minus, -operand. */
  public static final class Negate extends Node {
    private final Node operand;

    Negate(Node operand, int position) {
      super(position, operand.depth() + 1);
      this.operand = operand;
    }

    public Node operand() {
      return operand;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
      return visitor.visitNegate(this);
    }
  }

  /** A binary operation, left op right. */
  public static final class Binary extends Node {
    private final Operator operator;
    private final Node left;
    private final Node right;

    Binary(Operator operator, Node left, Node right, int position) {
      super(position, Math.max(left.depth(), right.depth()) + 1);
      this.operator = operator;
      this.left = left;
      this.right = right;
    }

    public Operator operator() {
      return operator;
    }

    public Node left() {
      return left;
    }

    public Node right() {
      return right;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
      return visitor.visitBinary(this);
    }
  }

  /** A function applied to one argument, e.g. sin(x). */
  public static final class Call extends Node {
    private final Functions function;
    private final Node argument;

    Call(Functions function, Node argument, int position) {
      super(position, argument.depth() + 1);
      this.function = function;
      this.argument = argument;
    }

    public Functions function() {
      return function;
    }

    public Node argument() {
      return argument;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
      return visitor.visitCall(this);
    }
  }
}
