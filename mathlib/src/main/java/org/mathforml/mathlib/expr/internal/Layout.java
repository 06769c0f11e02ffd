package org.mathforml.mathlib.expr.internal;

/**
 * Display decisions shared by the LaTeX and MathML printers, so both show the same parentheses and
 * the same implicit products: "3x", "2 sin(x)", "(x + 1)(x - 1)", but "2 * 3" and "x * 2" with a
 * visible dot (juxtaposed digits would read as one number).
 */
final class Layout {

  private Layout() {}

  static boolean isSum(Node node) {
    return Collector.isSum(node);
  }

  static boolean isOperator(Node node, Operator op) {
    return node instanceof Node.Binary && ((Node.Binary) node).operator() == op;
  }

  /** A product operand needs parentheses if it is a sum (a minus sign in front is fine). */
  static boolean wrapLeftFactor(Node node) {
    return isSum(node);
  }

  /** "x(-y)", "x(y + 1)": a right operand that is a sum or starts with a sign (-3x too). */
  static boolean wrapRightFactor(Node node) {
    return isSum(node) || startsWithMinus(node);
  }

  /** After + or -, a negated term is parenthesised: x + (-y), x - (-y). */
  static boolean wrapAfterPlus(Node node) {
    return startsWithMinus(node);
  }

  /** After -, a sum is parenthesised too: x - (y + 1). */
  static boolean wrapAfterMinus(Node node) {
    return isSum(node) || startsWithMinus(node);
  }

  /** -(x + 1) and -(-x) keep their parentheses; -2x, -x^2 and -1/x do not need them. */
  static boolean wrapNegated(Node node) {
    return isSum(node) || startsWithMinus(node);
  }

  /** True for -y and for products that start with one, such as -3x (parsed as (-3) * x). */
  static boolean startsWithMinus(Node node) {
    if (node instanceof Node.Negate) {
      return true;
    }
    return isOperator(node, Operator.MULTIPLY) && startsWithMinus(((Node.Binary) node).left());
  }

  /**
   * For a fraction whose numerator starts with a minus sign, the numerator without it, so -1/x^2
   * shows as -\frac{1}{x^{2}}; null if the numerator is not negated.
   */
  static Node withoutLeadingMinus(Node node) {
    if (node instanceof Node.Negate) {
      return ((Node.Negate) node).operand();
    }
    if (isOperator(node, Operator.MULTIPLY)) {
      Node.Binary b = (Node.Binary) node;
      Node left = withoutLeadingMinus(b.left());
      return left == null
          ? null
          : new Node.Binary(Operator.MULTIPLY, left, b.right(), b.position());
    }
    return null;
  }

  /** A base of ^ is bare only for a number, variable or constant: (x + 1)^2, (2x)^3. */
  static boolean wrapBase(Node node) {
    return !(node instanceof Node.Number
        || node instanceof Node.Variable
        || node instanceof Node.Constant
        || node instanceof Node.Call && ((Node.Call) node).function() == Functions.ABS);
  }

  /**
   * Whether left times right may be written by juxtaposition. Not when the right operand starts
   * with a digit (2 * 3, x * 2^x), and not a number before a fraction (2 * 1/3 would read as a
   * mixed number).
   */
  static boolean implicit(Node left, Node right) {
    if (wrapRightFactor(right)) {
      return true;
    }
    if (startsWithNumber(right)) {
      return false;
    }
    return !(isOperator(right, Operator.DIVIDE) && endsWithNumber(left));
  }

  private static boolean startsWithNumber(Node node) {
    if (node instanceof Node.Number) {
      return true;
    }
    if (node instanceof Node.Binary && !isOperator(node, Operator.DIVIDE)) {
      Node.Binary b = (Node.Binary) node;
      boolean bare =
          isOperator(node, Operator.POWER) ? !wrapBase(b.left()) : !wrapLeftFactor(b.left());
      return bare && startsWithNumber(b.left());
    }
    return false;
  }

  private static boolean endsWithNumber(Node node) {
    if (node instanceof Node.Number) {
      return true;
    }
    if (isOperator(node, Operator.MULTIPLY)) {
      Node right = ((Node.Binary) node).right();
      return !wrapRightFactor(right) && endsWithNumber(right);
    }
    return node instanceof Node.Negate && endsWithNumber(((Node.Negate) node).operand());
  }

  /** sin(x)^2 shown as sin^2(x): a trigonometric or log call raised to a positive integer. */
  static boolean functionPower(Node base, Node exponent) {
    if (!(base instanceof Node.Call) || !(exponent instanceof Node.Number)) {
      return false;
    }
    double n = ((Node.Number) exponent).value();
    Functions f = ((Node.Call) base).function();
    return n >= 1
        && n == Math.rint(n)
        && (f == Functions.SIN
            || f == Functions.COS
            || f == Functions.TAN
            || f == Functions.LN
            || f == Functions.LOG);
  }

  /** The letters of a name such as "x2" or "theta12" and its trailing digits ("" if none). */
  static int digitsStart(String name) {
    int i = name.length();
    while (i > 1 && name.charAt(i - 1) >= '0' && name.charAt(i - 1) <= '9') {
      i--;
    }
    return i;
  }

  /** Greek letter names shown as symbols: "alpha" gives \alpha in LaTeX, U+03B1 in MathML. */
  static final String[] GREEK = {
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda",
    "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi",
    "omega"
  };

  /** Index in {@link #GREEK}, or -1. Lower-case Greek starts at U+03B1 (rho/sigma: U+03C3). */
  static int greekIndex(String name) {
    for (int i = 0; i < GREEK.length; i++) {
      if (GREEK[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The Unicode letter for {@link #GREEK}[i]; U+03C2 (final sigma) is skipped. */
  static char greekChar(int i) {
    return (char) (0x03B1 + (i >= 17 ? i + 1 : i));
  }
}
