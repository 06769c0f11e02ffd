package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.expr.Expression;
import org.mathforml.mathlib.random.Rng;

/**
 * "Differentiate f(x)" where the chain rule meets e^x and ln, a third of the seeds each: c e^(g(x))
 * with g linear or quadratic, c ln(a x^2 + b) with a, b &gt; 0 (defined for every x), and x^n e^(a
 * x) (product and chain rule). The key is the derivative the rules give, compared with the reader's
 * expression at random points (the tests check it against mathlib's symbolic {@link
 * Expression#derivative} and automatic differentiation); the worked solution names the outer and
 * inner functions and applies the rules to these numbers. Typical mistakes: forgetting the
 * chain-rule factor, treating e^u like a power, g/g' upside down, (uv)' = u'v' (Stewart, Calculus,
 * 8th ed., 3.4 and 3.6).
 */
public final class DerivativeChain implements Generator {

  private static final String PROMPT =
      "Differentiate f(x) = {f}. Type f'(x) in terms of x; write e^u as e^(u) or exp(u) and the"
          + " natural logarithm as ln(u).";

  @Override
  public String name() {
    return "derivative-chain";
  }

  @Override
  public String description() {
    return "chain rule with e^x and ln x (and a product with e^(ax)), typed as an expression in x";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    switch (rng.nextInt(3)) {
      case 0:
        return exponential(seed, rng);
      case 1:
        return logarithm(seed, rng);
      default:
        return productWithExponential(seed, rng);
    }
  }

  private Variant.Builder start(int seed, String f, String answer) {
    return Calc.start(name(), seed, PROMPT, f, answer);
  }

  private static String coefficient(long c) {
    return c == 1 ? "" : c == -1 ? "-" : c + " * ";
  }

  // f = c e^g, g = a x + b (|a| >= 2) or a x^2 + b x (a, b != 0).
  private Variant exponential(int seed, Rng rng) {
    boolean linear = rng.nextBoolean();
    long c = Calc.nonZero(rng, 5);
    long a = linear ? Calc.signed(rng, 2, 5) : Calc.nonZero(rng, 3);
    long b = linear ? rng.nextInt(-5, 5) : Calc.nonZero(rng, 5);
    String g = linear ? Calc.poly(new long[] {a, b}, new int[] {1, 0}) : quadratic(a, b);
    String eg = "e^(" + g + ")";
    String gPrime;
    String answer;
    String signError;
    if (linear) {
      gPrime = Long.toString(a);
      answer = Calc.times(c * a, eg);
      signError = Calc.times(-c * a, eg);
    } else {
      gPrime = Calc.poly(new long[] {2 * a, b}, new int[] {1, 0});
      answer = "(" + Calc.poly(new long[] {2 * a * c, b * c}, new int[] {1, 0}) + ")" + eg;
      signError = "(" + Calc.poly(new long[] {2 * a * c, -b * c}, new int[] {1, 0}) + ")" + eg;
    }
    String f = Calc.times(c, eg);
    Variant.Builder v = start(seed, f, answer);
    v.mistake("forgot the chain-rule factor g'(x)", Response.text(f));
    v.mistake(
        "treated e^u like a power: u e^(u - 1)",
        Response.text(coefficient(c) + "(" + g + ")e^(" + g + " - 1)"));
    v.mistake(
        "differentiated only the exponent",
        Response.text(
            linear
                ? Long.toString(c * a)
                : Calc.poly(new long[] {2 * a * c, b * c}, new int[] {1, 0})));
    v.mistake("sign error in g'(x)", Response.text(signError));

    v.step(
        "The outer function is e^u, which is its own derivative; the inner function is the"
            + " exponent g(x).",
        Calc.inner(g, gPrime));
    String applied = coefficient(c) + eg + " * " + paren(gPrime);
    v.step(
        "Chain rule: (e^g(x))' = e^g(x) * g'(x); the constant factor stays.",
        Calc.define(Calc.prime("f"), applied).build());
    v.step(
        "Collect the constants in front of e^g(x).", Calc.define(Calc.prime("f"), answer).build());
    return v.build();
  }

  // A parenthesised factor unless it is a plain positive number.
  private static String paren(String s) {
    return s.indexOf(' ') < 0 && s.indexOf('x') < 0 && !s.startsWith("-") ? s : "(" + s + ")";
  }

  private static String quadratic(long a, long b) {
    return Calc.poly(new long[] {a, b}, new int[] {2, 1});
  }

  // f = c ln(a x^2 + b), a in 1..5, b in 1..9.
  private Variant logarithm(int seed, Rng rng) {
    long c = Calc.nonZero(rng, 5);
    long a = rng.nextInt(1, 5);
    long b = rng.nextInt(1, 9);
    String g = Calc.poly(new long[] {a, b}, new int[] {2, 0});
    String gPrime = Calc.mono(2 * a, 1);
    String f = Calc.times(c, "ln(" + g + ")");
    String answer = Calc.mono(2 * a * c, 1) + "/(" + g + ")";
    Variant.Builder v = start(seed, f, answer);
    v.mistake("forgot the chain-rule factor g'(x)", Response.text(c + "/(" + g + ")"));
    v.mistake(
        "power rule off by one in g'(x): a x instead of 2a x",
        Response.text(Calc.mono(a * c, 1) + "/(" + g + ")"));
    v.mistake(
        "upside down: g(x)/g'(x)", Response.text(Calc.times(c, "(" + g + ")/(" + gPrime + ")")));
    v.mistake("took 1/g'(x) instead of 1/g(x)", Response.text(c + "/(" + gPrime + ")"));

    v.step(
        "The outer function is ln u, with derivative 1/u; the inner function g(x) is always"
            + " positive, so f is defined for every x.",
        Calc.inner(g, gPrime));
    v.step(
        "Chain rule: (ln g(x))' = g'(x)/g(x); the constant factor stays.",
        Calc.define(Calc.prime("f"), coefficient(c) + "(" + gPrime + ")/(" + g + ")").build());
    v.step("Simplify.", Calc.define(Calc.prime("f"), answer).build());
    return v.build();
  }

  // f = x^n e^(a x), n in 1..3, |a| in 2..4.
  private Variant productWithExponential(int seed, Rng rng) {
    int n = rng.nextInt(1, 3);
    long a = Calc.signed(rng, 2, 4);
    String xn = Calc.mono(1, n);
    String eax = "e^(" + Calc.mono(a, 1) + ")";
    String f = xn + " " + eax;
    long[] sum = {a, n};
    int[] exponents = {n, n - 1};
    String answer = "(" + Calc.poly(sum, exponents) + ")" + eax;
    Variant.Builder v = start(seed, f, answer);
    v.mistake(
        "forgot the chain-rule factor " + a + " in the derivative of " + eax,
        Response.text("(" + Calc.poly(new long[] {1, n}, exponents) + ")" + eax));
    v.mistake(
        "product of the derivatives: (uv)' = u'v'",
        Response.text(Calc.mono(n * a, n - 1) + " " + eax));
    v.mistake(
        "minus instead of plus in the product rule",
        Response.text("(" + Calc.poly(new long[] {-a, n}, exponents) + ")" + eax));

    String uPrime = Calc.mono(n, n - 1);
    v.step(
        "f is a product u v with u = "
            + xn
            + " and v = "
            + Parts.prose(eax)
            + "; v needs the chain rule: its inner function "
            + Parts.prose(Calc.mono(a, 1))
            + " has derivative "
            + Parts.prose(Long.toString(a))
            + ".",
        Calc.pair(
            Calc.define(Calc.prime("u"), uPrime),
            Calc.define(Calc.prime("v"), Calc.times(a, eax))));
    String second = Calc.mono(Math.abs(a), n) + " " + eax;
    String applied = (n == 1 ? eax : uPrime + " " + eax) + (a < 0 ? " - " : " + ") + second;
    v.step("Product rule: (uv)' = u'v + uv'.", Calc.define(Calc.prime("f"), applied).build());
    v.step("Factor out " + Parts.prose(eax) + ".", Calc.define(Calc.prime("f"), answer).build());
    return v.build();
  }
}
