package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.expr.Expression;
import org.mathforml.mathlib.random.Rng;

/**
 * "Differentiate f(x)" for one of three shapes, a third of the seeds each: a polynomial a x^n + b
 * x^m + c x + d (sum and power rules), a product (a x + b)(c x^2 + d) (product rule), or a power (a
 * x + b)^n or (a x^2 + b)^n (chain rule). The key is the derivative the rule gives, compared with
 * the reader's expression at random points (the tests check it against mathlib's symbolic {@link
 * Expression#derivative} and automatic differentiation); the worked solution applies the rule to
 * these numbers step by step. Typical mistakes: the exponent not lowered, multiplying by n - 1, a
 * sign error, keeping the constant, (uv)' = u'v', forgetting the chain-rule factor (Stewart,
 * Calculus, 8th ed., 3.1-3.4).
 */
public final class DerivativePolynomial implements Generator {

  private static final String PROMPT =
      "Differentiate f(x) = {f}. Type f'(x) in terms of x, for example 6x^2 - 2 or 4(2x + 1)^3.";

  @Override
  public String name() {
    return "derivative-polynomial";
  }

  @Override
  public String description() {
    return "derivative of a polynomial, a product or a power of a polynomial, typed as an"
        + " expression in x";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    switch (rng.nextInt(3)) {
      case 0:
        return sum(seed, rng);
      case 1:
        return product(seed, rng);
      default:
        return power(seed, rng);
    }
  }

  private Variant.Builder start(int seed, String f, String answer) {
    return Calc.start(name(), seed, PROMPT, f, answer);
  }

  // f = a x^n + b x^m + c x + d with 5 >= n > m >= 2, a, b, d != 0.
  private Variant sum(int seed, Rng rng) {
    int n = rng.nextInt(3, 5);
    int m = rng.nextInt(2, n - 1);
    long a = Calc.nonZero(rng, 9);
    long b = Calc.nonZero(rng, 9);
    long c = rng.nextInt(-9, 9);
    long d = Calc.nonZero(rng, 9);
    long[] coefficients = {a, b, c, d};
    int[] exponents = {n, m, 1, 0};
    int[] lowered = {n - 1, m - 1, 0};
    String f = Calc.poly(coefficients, exponents);
    String answer = Calc.poly(new long[] {n * a, m * b, c}, lowered);
    Variant.Builder v = start(seed, f, answer);
    v.mistake(
        "power rule off by one: the exponent was not lowered",
        Response.text(Calc.poly(new long[] {n * a, m * b, c}, new int[] {n, m, 0})));
    v.mistake(
        "multiplied by the new exponent n - 1 instead of n",
        Response.text(Calc.poly(new long[] {(n - 1) * a, (m - 1) * b, c}, lowered)));
    v.mistake(
        "sign error in the second term",
        Response.text(Calc.poly(new long[] {n * a, -m * b, c}, lowered)));
    v.mistake(
        "kept the constant term",
        Response.text(Calc.poly(new long[] {n * a, m * b, c + d}, lowered)));

    MathBuilder split = Calc.prime("f").op("=");
    boolean first = true;
    for (int i = 0; i < coefficients.length; i++) {
      if (coefficients[i] != 0) {
        long shown = first ? coefficients[i] : Math.abs(coefficients[i]);
        if (!first) {
          split.op(coefficients[i] < 0 ? "-" : "+");
        }
        split.append(Calc.ddx(Calc.mono(shown, exponents[i])));
        first = false;
      }
    }
    v.step("Differentiate term by term (the sum rule).", split.build());
    powerStep(v, a, n);
    powerStep(v, b, m);
    MathBuilder rest = new MathBuilder();
    if (c != 0) {
      rest.append(Calc.ddx(Calc.mono(c, 1))).op("=").append(Calc.expr(Long.toString(c)));
      rest.op(",");
    }
    rest.append(Calc.ddx(Long.toString(d))).op("=").append(Calc.expr("0"));
    v.step(
        c != 0
            ? "A term c x has derivative c, and a constant has derivative 0."
            : "A constant has derivative 0.",
        rest.build());
    v.step("Add the pieces.", Calc.define(Calc.prime("f"), answer).build());
    return v.build();
  }

  private static void powerStep(Variant.Builder v, long a, int n) {
    MathBuilder mb = Calc.ddx(Calc.mono(a, n)).op("=");
    mb.append(Calc.expr(a + " * " + Calc.mono(n, n - 1))).op("=");
    mb.append(Calc.expr(Calc.mono(n * a, n - 1)));
    v.step(
        "Power rule: d/dx x^" + n + " = " + Calc.mono(n, n - 1) + "; the coefficient stays.",
        mb.build());
  }

  // f = (a x + b)(c x^2 + d), all four non-zero.
  private Variant product(int seed, Rng rng) {
    long a = Calc.nonZero(rng, 5);
    long b = Calc.nonZero(rng, 9);
    long c = Calc.nonZero(rng, 5);
    long d = Calc.nonZero(rng, 9);
    String u = Calc.poly(new long[] {a, b}, new int[] {1, 0});
    String w = Calc.poly(new long[] {c, d}, new int[] {2, 0});
    String wPrime = Calc.mono(2 * c, 1);
    String f = "(" + u + ")(" + w + ")";
    int[] quadratic = {2, 1, 0};
    String answer = Calc.poly(new long[] {3 * a * c, 2 * b * c, a * d}, quadratic);
    Variant.Builder v = start(seed, f, answer);
    v.mistake("product of the derivatives: (uv)' = u'v'", Response.text(Calc.mono(2 * a * c, 1)));
    v.mistake(
        "minus instead of plus in the product rule",
        Response.text(Calc.poly(new long[] {-a * c, -2 * b * c, a * d}, quadratic)));
    v.mistake(
        "differentiated only the second factor: u v'",
        Response.text(Calc.poly(new long[] {2 * a * c, 2 * b * c}, new int[] {2, 1})));

    v.step(
        "f is a product u v of two polynomials; the product rule says (uv)' = u'v + uv'.",
        Calc.pair(Calc.define(Calc.of("u"), u), Calc.define(Calc.of("v"), w)));
    v.step(
        "Differentiate each factor with the power rule.",
        Calc.pair(
            Calc.define(Calc.prime("u"), Long.toString(a)), Calc.define(Calc.prime("v"), wPrime)));
    String applied = Calc.times(a, "(" + w + ")") + " + (" + u + ")(" + wPrime + ")";
    v.step("Put them into u'v + uv'.", Calc.define(Calc.prime("f"), applied).build());
    v.step("Multiply out and collect like terms.", Calc.define(Calc.prime("f"), answer).build());
    return v.build();
  }

  // f = g^n with g = a x + b (|a| >= 2) or g = a x^2 + b; n in 3..5.
  private Variant power(int seed, Rng rng) {
    boolean linear = rng.nextBoolean();
    int n = rng.nextInt(3, 5);
    long a = linear ? Calc.signed(rng, 2, 5) : Calc.nonZero(rng, 4);
    long b = Calc.nonZero(rng, 9);
    String g = Calc.poly(new long[] {a, b}, new int[] {linear ? 1 : 2, 0});
    long k = linear ? a : 2 * a; // g' = k (linear) or k x
    String gPrime = Calc.mono(k, linear ? 0 : 1);
    String f = "(" + g + ")^" + n;
    String answer = Calc.mono(n * k, linear ? 0 : 1) + "(" + g + ")^" + (n - 1);
    Variant.Builder v = start(seed, f, answer);
    v.mistake("forgot the chain-rule factor g'(x)", Response.text(n + "(" + g + ")^" + (n - 1)));
    v.mistake(
        "power rule off by one: the exponent was not lowered",
        Response.text(Calc.mono(n * k, linear ? 0 : 1) + "(" + g + ")^" + n));
    v.mistake(
        "sign error in g'(x)",
        Response.text(Calc.mono(-n * k, linear ? 0 : 1) + "(" + g + ")^" + (n - 1)));

    v.step(
        "f is the power u^"
            + n
            + " of the inner function g(x); the chain rule says"
            + " f'(x) = "
            + n
            + " g(x)^"
            + (n - 1)
            + " * g'(x).",
        Calc.inner(g, gPrime));
    String applied = n + "(" + g + ")^" + (n - 1) + " * " + (k < 0 ? "(" + gPrime + ")" : gPrime);
    v.step(
        "Outer derivative (power rule, exponent lowered by one) times the inner derivative.",
        Calc.define(Calc.prime("f"), applied).build());
    v.step("Multiply the constants.", Calc.define(Calc.prime("f"), answer).build());
    return v.build();
  }
}
