package org.mathforml.mathlib.expr.internal;

/**
 * The table of binary operators: symbol, precedence, associativity and meaning, one entry each.
 * Unary minus sits between * and ^ (precedence 3), so -x^2 = -(x^2) and -2*x = (-2)*x.
 */
public enum Operator {
  ADD('+', 1, false) {
    @Override
    public double apply(double a, double b) {
      return a + b;
    }
  },
  SUBTRACT('-', 1, false) {
    @Override
    public double apply(double a, double b) {
      return a - b;
    }
  },
  MULTIPLY('*', 2, false) {
    @Override
    public double apply(double a, double b) {
      return a * b;
    }
  },
  DIVIDE('/', 2, false) {
    @Override
    public double apply(double a, double b) {
      return a / b;
    }
  },
  POWER('^', 4, true) {
    @Override
    public double apply(double a, double b) {
      return Math.pow(a, b);
    }
  };

  /** Precedence of unary minus, for printers. */
  public static final int NEGATE_PRECEDENCE = 3;

  /** Precedence of numbers, variables, constants and calls. */
  public static final int ATOM_PRECEDENCE = 5;

  private final char symbol;
  private final int precedence;
  private final boolean rightAssociative;

  Operator(char symbol, int precedence, boolean rightAssociative) {
    this.symbol = symbol;
    this.precedence = precedence;
    this.rightAssociative = rightAssociative;
  }

  /** Evaluates a op b with IEEE 754 double semantics (1/0 is Infinity, not an error). */
  public abstract double apply(double a, double b);

  public char symbol() {
    return symbol;
  }

  public int precedence() {
    return precedence;
  }

  public boolean isRightAssociative() {
    return rightAssociative;
  }

  /** The operator written as {@code symbol}, or null. */
  public static Operator bySymbol(char symbol) {
    for (Operator op : values()) {
      if (op.symbol == symbol) {
        return op;
      }
    }
    return null;
  }
}
