package org.mathforml.mathlib.expr.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalises a tree whose children are already simplified: flattens sums into terms and products
 * into coefficient times factors, collects like terms and like powers, and rebuilds a
 * textbook-shaped tree (terms in order of first appearance, coefficient first, x^-n as a
 * denominator, a negative term as subtraction).
 */
final class Collector {

  private static final int MAX_EXPANDED_POWER = 64;
  private static final Rational HALF = Rational.of(1, 2);

  private Collector() {}

  static Node normalize(Node node) {
    List<Term> terms = new ArrayList<>();
    addTerms(node, Rational.ONE, terms);
    if (terms.size() > 1) {
      // Inside a longer sum, m(a + b) is expanded so that terms can cancel: the quotient
      // rule's 2(x - 1) - (2x + 1) becomes -3. Alone, 2(x + 1) stays as written.
      List<Term> expanded = new ArrayList<>();
      for (Term t : terms) {
        int at = sumFactor(t);
        if (at < 0) {
          expanded.add(t);
          continue;
        }
        List<Term.Factor> rest = new ArrayList<>(t.factors);
        Term.Factor sum = rest.remove(at);
        Term multiplier = new Term(t.coefficient, rest);
        List<Term> parts = new ArrayList<>();
        addTerms(sum.base, Rational.ONE, parts);
        for (Term part : parts) {
          expanded.add(multiplier.multiply(part));
        }
      }
      terms = expanded;
    }
    return TermPrinter.sum(collect(terms));
  }

  // The index of the only factor that is a sum to the power 1, or -1.
  private static int sumFactor(Term t) {
    int found = -1;
    for (int i = 0; i < t.factors.size(); i++) {
      Term.Factor f = t.factors.get(i);
      if (f.rational != null && f.rational.isOne() && isSum(f.base)) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }

  private static boolean isScaledSum(Term t) {
    return t.factors.size() == 1
        && t.factors.get(0).rational != null
        && t.factors.get(0).rational.isOne()
        && isSum(t.factors.get(0).base);
  }

  private static void addTerms(Node node, Rational sign, List<Term> out) {
    if (node instanceof Node.Binary) {
      Node.Binary b = (Node.Binary) node;
      if (b.operator() == Operator.ADD || b.operator() == Operator.SUBTRACT) {
        addTerms(b.left(), sign, out);
        addTerms(b.right(), b.operator() == Operator.ADD ? sign : sign.negate(), out);
        return;
      }
    }
    if (node instanceof Node.Negate) {
      addTerms(((Node.Negate) node).operand(), sign.negate(), out);
      return;
    }
    Term t = term(node).scale(sign);
    // -(a + b) and 1 * (a + b) dissolve into the sum; 2(a + b) stays as written.
    if (isScaledSum(t) && (t.coefficient.isOne() || t.coefficient.negate().isOne())) {
      addTerms(t.factors.get(0).base, t.coefficient, out);
      return;
    }
    out.add(t);
  }

  static Term term(Node node) {
    double v = node instanceof Node.Number ? ((Node.Number) node).value() : Double.NaN;
    if (!Double.isNaN(v)) {
      return Term.of(Rational.ofValue(v));
    }
    if (node instanceof Node.Negate) {
      return term(((Node.Negate) node).operand()).negate();
    }
    if (node instanceof Node.Call && ((Node.Call) node).function() == Functions.SQRT) {
      // sqrt(u) = u^(1/2), so that sqrt(x) sqrt(x) = x and x / sqrt(x) = sqrt(x)
      return Term.power(((Node.Call) node).argument(), HALF);
    }
    if (!(node instanceof Node.Binary)) {
      return Term.atom(node);
    }
    Node.Binary b = (Node.Binary) node;
    switch (b.operator()) {
      case MULTIPLY:
        return term(b.left()).multiply(term(b.right()));
      case DIVIDE:
        Term inverse = term(b.right()).reciprocal();
        return inverse == null ? Term.atom(node) : term(b.left()).multiply(inverse);
      case POWER:
        return power(node, b.left(), b.right());
      default:
        return Term.atom(node);
    }
  }

  private static Term power(Node node, Node base, Node exponent) {
    Rational r = rational(exponent);
    if (r == null) {
      return Nodes.isNumber(base, 1) ? Term.of(Rational.ONE) : Term.symbolicPower(base, exponent);
    }
    if (r.isInteger() && Math.abs(r.value()) <= MAX_EXPANDED_POWER) {
      Term t = term(base).pow((int) r.value());
      return t == null ? Term.atom(node) : t;
    }
    return Term.power(base, r);
  }

  /** The exponent as a rational if it is a number, -number or number/number. */
  static Rational rational(Node node) {
    Term t = term(node);
    return t.factors.isEmpty() ? t.coefficient : null;
  }

  private static List<Term> collect(List<Term> terms) {
    Map<String, Integer> index = new HashMap<>();
    List<Term> out = new ArrayList<>();
    for (Term t : terms) {
      String key = t.key();
      Integer at = index.get(key);
      if (at == null) {
        index.put(key, out.size());
        out.add(t);
      } else {
        Term old = out.get(at);
        out.set(at, new Term(old.coefficient.add(t.coefficient), new ArrayList<>(old.factors)));
      }
    }
    List<Term> nonZero = new ArrayList<>();
    for (Term t : out) {
      if (!t.coefficient.isZero()) {
        nonZero.add(t);
      }
    }
    return nonZero;
  }

  static boolean isSum(Node node) {
    return node instanceof Node.Binary
        && (((Node.Binary) node).operator() == Operator.ADD
            || ((Node.Binary) node).operator() == Operator.SUBTRACT);
  }
}
