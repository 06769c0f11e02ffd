package org.mathforml.mathlib.expr.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One term of a sum: a rational coefficient times factors base^exponent, for collecting like terms
 * (2x + 3x = 5x) and like powers (x * x = x^2, x^2 / x = x). Immutable.
 */
final class Term {

  /** base^exponent; the exponent is a rational or, if {@code rational} is null, a node. */
  static final class Factor {
    final Node base;
    final Rational rational;
    final Node symbolic;
    final String baseKey;

    Factor(Node base, Rational rational, Node symbolic) {
      this.base = base;
      this.rational = rational;
      this.symbolic = symbolic;
      this.baseKey = Printer.print(base);
    }

    String key() {
      return baseKey + "^" + (rational != null ? rational.value() : Printer.print(symbolic));
    }

    Node exponentNode() {
      return rational != null ? rational.toNode() : symbolic;
    }
  }

  final Rational coefficient;
  final List<Factor> factors;

  Term(Rational coefficient, List<Factor> factors) {
    this.coefficient = coefficient;
    this.factors = Collections.unmodifiableList(factors);
  }

  static Term of(Rational coefficient) {
    return new Term(coefficient, new ArrayList<Factor>());
  }

  /** The term 1 * node^1. */
  static Term atom(Node node) {
    return power(node, Rational.ONE);
  }

  static Term power(Node base, Rational exponent) {
    List<Factor> list = new ArrayList<>();
    list.add(new Factor(base, exponent, null));
    return new Term(Rational.ONE, list);
  }

  static Term symbolicPower(Node base, Node exponent) {
    List<Factor> list = new ArrayList<>();
    list.add(new Factor(base, null, exponent));
    return new Term(Rational.ONE, list);
  }

  Term negate() {
    return new Term(coefficient.negate(), new ArrayList<>(factors));
  }

  Term scale(Rational c) {
    return new Term(coefficient.multiply(c), new ArrayList<>(factors));
  }

  /** The product, merging factors with equal bases. */
  Term multiply(Term other) {
    List<Factor> list = new ArrayList<>(factors);
    for (Factor f : other.factors) {
      merge(list, f);
    }
    return new Term(coefficient.multiply(other.coefficient), list);
  }

  /** 1/this, or null if the coefficient is 0 (1/0 is left to evaluation). */
  Term reciprocal() {
    if (coefficient.isZero()) {
      return null;
    }
    List<Factor> list = new ArrayList<>();
    for (Factor f : factors) {
      list.add(
          f.rational != null
              ? new Factor(f.base, f.rational.negate(), null)
              : new Factor(f.base, null, Simplifier.simplify(Nodes.negate(f.symbolic))));
    }
    return new Term(coefficient.reciprocal(), list);
  }

  /**
   * this^n for an integer n: (2x)^2 = 4x^2. Null if the coefficient overflows or is 0 with n < 0. A
   * factor with a symbolic exponent is kept whole, (e^x)^2, since merging would need the exponent
   * multiplied.
   */
  Term pow(int n) {
    if (coefficient.isZero() && n < 0) {
      return null;
    }
    Rational c = coefficient.pow(n);
    if (c == null) {
      return null;
    }
    Rational r = Rational.of(n, 1);
    List<Factor> list = new ArrayList<>();
    for (Factor f : factors) {
      if (f.rational != null) {
        merge(list, new Factor(f.base, f.rational.multiply(r), null));
      } else {
        merge(list, new Factor(Nodes.power(f.base, f.symbolic), r, null));
      }
    }
    return new Term(c, list);
  }

  /** Key of the non-numeric part, independent of factor order: 2xy and 3yx are like terms. */
  String key() {
    List<String> keys = new ArrayList<>();
    for (Factor f : factors) {
      keys.add(f.key());
    }
    Collections.sort(keys);
    StringBuilder sb = new StringBuilder();
    for (String k : keys) {
      sb.append(k).append(';');
    }
    return sb.toString();
  }

  // Equal bases: add rational exponents, or add two symbolic ones (e^x e^x = e^(2x)).
  private static void merge(List<Factor> list, Factor f) {
    if (f.rational != null && f.rational.isZero()) {
      return; // u^0 = 1
    }
    for (int i = 0; i < list.size(); i++) {
      Factor g = list.get(i);
      if (!g.baseKey.equals(f.baseKey)) {
        continue;
      }
      if (g.rational != null && f.rational != null) {
        Rational sum = g.rational.add(f.rational);
        if (sum.isZero()) {
          list.remove(i);
        } else {
          list.set(i, new Factor(g.base, sum, null));
        }
        return;
      }
      if (g.rational == null && f.rational == null) {
        Node sum = Simplifier.simplify(Nodes.add(g.symbolic, f.symbolic));
        double v = Nodes.numericValue(sum);
        if (v == 0) {
          list.remove(i);
        } else if (!Double.isNaN(v)) {
          list.set(i, new Factor(g.base, Rational.ofValue(v), null));
        } else {
          list.set(i, new Factor(g.base, null, sum));
        }
        return;
      }
    }
    list.add(f);
  }
}
