package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.MathText;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.expr.Expression;
import org.mathforml.mathlib.random.Rng;

/**
 * Pieces shared by the derivative generators: polynomials written as a reader types them ("4x^3 -
 * 2x + 5"), and formulas typeset by mathlib's expression printers so that what the page shows is
 * exactly what mathlib parsed.
 */
final class Calc {

  private static final String MATH_OPEN = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\">";

  private Calc() {}

  /** A non-zero int in -bound..-1 or 1..bound. */
  static int nonZero(Rng rng, int bound) {
    int v = rng.nextInt(1, bound);
    return rng.nextBoolean() ? v : -v;
  }

  /** An int in lo..hi (lo &gt;= 1) with a random sign. */
  static int signed(Rng rng, int lo, int hi) {
    int v = rng.nextInt(lo, hi);
    return rng.nextBoolean() ? v : -v;
  }

  /** c x^e as typed: "4x^3", "-x^2", "5x", "-7"; "0" for c = 0. */
  static String mono(long c, int e) {
    if (c == 0 || e == 0) {
      return Long.toString(c);
    }
    String power = e == 1 ? "x" : "x^" + e;
    return c == 1 ? power : c == -1 ? "-" + power : c + power;
  }

  /** The sum of c[i] x^e[i] in the order given, zero terms left out: "4x^3 - 2x^2 + 5x - 7". */
  static String poly(long[] c, int[] e) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < c.length; i++) {
      if (c[i] == 0) {
        continue;
      }
      if (sb.length() == 0) {
        sb.append(mono(c[i], e[i]));
      } else {
        sb.append(c[i] < 0 ? " - " : " + ").append(mono(Math.abs(c[i]), e[i]));
      }
    }
    return sb.length() == 0 ? "0" : sb.toString();
  }

  /** "c * rest" as typed, with c = 1 and -1 left implicit: "3(x + 1)", "-(x + 1)". */
  static String times(long c, String rest) {
    return c == 1 ? rest : c == -1 ? "-" + rest : c + rest;
  }

  /** The expression parsed by mathlib (the generators only build valid text). */
  static Expression parse(String text) {
    return Expression.parse(text);
  }

  /** The formula typed as {@code text}, with mathlib's LaTeX and MathML for it. */
  static MathBuilder expr(String text) {
    Expression e = parse(text);
    String ml = e.toMathML();
    if (!ml.startsWith(MATH_OPEN) || !ml.endsWith("</math>")) {
      throw new IllegalStateException("unexpected MathML from mathlib: " + ml);
    }
    String inner = ml.substring(MATH_OPEN.length(), ml.length() - "</math>".length());
    return new MathBuilder().raw(text, e.toLatex(), "<mrow>" + inner + "</mrow>");
  }

  /** {@link #expr} as a complete formula. */
  static MathText math(String text) {
    return expr(text).build();
  }

  /** d/dx(text). */
  static MathBuilder ddx(String text) {
    MathBuilder body = expr(text);
    return new MathBuilder()
        .raw(
            "d/dx(",
            "\\frac{d}{dx}\\left(",
            "<mfrac><mi>d</mi><mrow><mi>d</mi><mi>x</mi></mrow></mfrac><mrow><mo>(</mo>")
        .append(body)
        .raw(")", "\\right)", "<mo>)</mo></mrow>");
  }

  /** name'(x), e.g. f'(x) or g'(x). */
  static MathBuilder prime(String name) {
    return new MathBuilder()
        .raw(
            name + "'(x)",
            name + "'(x)",
            "<msup><mi>" + name + "</mi><mo>&#x2032;</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>");
  }

  /** name(x), e.g. g(x). */
  static MathBuilder of(String name) {
    return new MathBuilder()
        .raw(name + "(x)", name + "(x)", "<mi>" + name + "</mi><mo>(</mo><mi>x</mi><mo>)</mo>");
  }

  /** "name(x) = text". */
  static MathBuilder define(MathBuilder lhs, String text) {
    return lhs.op("=").append(expr(text));
  }

  /**
   * A variant of a derivative question: the prompt with f, the expression key and the model answer,
   * both the derivative as typed.
   */
  static Variant.Builder start(String name, int seed, String prompt, String f, String answer) {
    Variant.Builder v = Variant.builder(name, seed);
    v.prompt(prompt).param("f", math(f));
    // The key is the derivative built by the rule, not Expression.derivative: that would add
    // mathlib's differentiator and simplifier to the browser bundle. The tests prove the two
    // agree (and agree with automatic differentiation) over 10,000 seeds.
    v.key(AnswerKey.expression(parse(answer), "x"));
    return v.model(Response.text(answer));
  }

  /** "g(x) = g, g'(x) = gPrime": the inner function of a chain rule and its derivative. */
  static MathText inner(String g, String gPrime) {
    return pair(define(of("g"), g), define(prime("g"), gPrime));
  }

  /** "left, right" with the wide separator. */
  static MathText pair(MathBuilder left, MathBuilder right) {
    return left.op(",").append(right).build();
  }
}
