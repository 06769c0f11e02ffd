package org.mathforml.mathlib.expr.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns collected terms back into a tree in textbook order: the coefficient first, then constants,
 * then powers of variables, then everything else (calls, sums, symbolic powers), each group in
 * order of first appearance; factors with negative exponents go below a fraction bar; a negative
 * term is subtracted.
 */
final class TermPrinter {

  private TermPrinter() {}

  static Node sum(List<Term> terms) {
    if (terms.isEmpty()) {
      return Nodes.number(0);
    }
    if (terms.get(0).coefficient.isNegative()) {
      // Lead with the first positive term: 1 - x^2 rather than -x^2 + 1.
      for (int i = 1; i < terms.size(); i++) {
        if (!terms.get(i).coefficient.isNegative()) {
          List<Term> reordered = new ArrayList<>(terms);
          reordered.add(0, reordered.remove(i));
          terms = reordered;
          break;
        }
      }
    }
    Node result = null;
    for (Term t : terms) {
      boolean negative = t.coefficient.isNegative();
      Node magnitude = product(negative ? t.negate() : t);
      if (result == null) {
        result = negative ? negateLeading(magnitude) : magnitude;
      } else {
        result = negative ? Nodes.subtract(result, magnitude) : Nodes.add(result, magnitude);
      }
    }
    return result;
  }

  /** The term as a product (coefficient >= 0 expected; a negative one is kept in front). */
  static Node product(Term t) {
    List<Node> upper = new ArrayList<>();
    List<Node> lower = new ArrayList<>();
    for (int rank = 0; rank <= 3; rank++) {
      for (Term.Factor f : t.factors) {
        if (rank(f) != rank) {
          continue;
        }
        if (f.rational != null && f.rational.isNegative()) {
          lower.add(factor(f.base, f.rational.negate()));
        } else {
          upper.add(
              f.rational != null ? factor(f.base, f.rational) : Nodes.power(f.base, f.symbolic));
        }
      }
    }
    Rational c = t.coefficient;
    boolean fraction = c.isFraction();
    double num = fraction ? c.num : c.value();
    Node top = Math.abs(num) != 1 || upper.isEmpty() ? Nodes.number(Math.abs(num)) : null;
    for (Node n : upper) {
      top = top == null ? n : Nodes.multiply(top, n);
    }
    Node bottom = fraction ? Nodes.number(c.den) : null;
    for (Node n : lower) {
      bottom = bottom == null ? n : Nodes.multiply(bottom, n);
    }
    Node result = bottom == null ? top : Nodes.divide(top, bottom);
    return num < 0 ? negateLeading(result) : result;
  }

  private static Node factor(Node base, Rational exponent) {
    if (exponent.num == 1 && exponent.den == 2) {
      return Nodes.call(Functions.SQRT, base);
    }
    return exponent.isOne() ? base : Nodes.power(base, exponent.toNode());
  }

  // 0: number bases (2^(1/2)), 1: constants, 2: variables, 3: the rest.
  private static int rank(Term.Factor f) {
    if (f.rational == null) {
      return 3;
    }
    if (f.base instanceof Node.Number) {
      return 0;
    }
    if (f.base instanceof Node.Constant) {
      return 1;
    }
    return f.base instanceof Node.Variable ? 2 : 3;
  }

  /** -(a * b) written as (-a) * b, so it prints as "-2 * x" and "-x * sin(x)". */
  static Node negateLeading(Node node) {
    if (node instanceof Node.Binary) {
      Node.Binary b = (Node.Binary) node;
      if (b.operator() == Operator.MULTIPLY || b.operator() == Operator.DIVIDE) {
        return Nodes.binary(b.operator(), negateLeading(b.left()), b.right());
      }
    }
    return Nodes.negate(node);
  }
}
