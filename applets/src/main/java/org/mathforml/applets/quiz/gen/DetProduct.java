package org.mathforml.applets.quiz.gen;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.MathText;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.random.Rng;

/**
 * The determinant of a product from the determinants of its factors, typed as a fraction. Three
 * kinds, a third of the variants each: det(AB) = det A det B (det B may be a fraction with
 * denominator 2 or 3); det(A^k) = (det A)^k for k = 2, 3; and det(cA) = c^n det A for an n by n
 * matrix A (n = 2, 3; c = +-2, +-3 or 1/2). Variants where a typical mistake (det A + det B, k det
 * A, c det A) gives the right number are redrawn (Lay, Linear Algebra and Its Applications, 5th
 * ed., 3.2, theorem 6 and exercise 3.2.31).
 */
public final class DetProduct implements Generator {

  private static final int[] SCALARS_NUM = {2, -2, 3, -3, 1};
  private static final int[] SCALARS_DEN = {1, 1, 1, 1, 2};

  @Override
  public String name() {
    return "det-product";
  }

  @Override
  public String description() {
    return "det(AB), det(A^k) or det(cA) from det A and det B, typed as a fraction";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    int kind = rng.nextInt(3);
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      int n = rng.nextInt(2, 3);
      Fraction a = Parts.drawNonZero(rng, 6);
      if (kind == 0) {
        Fraction b =
            rng.nextInt(3) == 0
                ? Fraction.of(Parts.drawNonZero(rng, 5).numerator(), rng.nextInt(2, 3))
                : Parts.drawNonZero(rng, 6);
        Fraction key = a.multiply(b);
        if (!key.equals(a.add(b)) && !b.equals(Fraction.ONE)) {
          return product(seed, n, a, b);
        }
      } else if (kind == 1) {
        Fraction base = Parts.drawNonZero(rng, 3);
        int k = rng.nextInt(2, 3);
        Fraction key = power(base, k);
        if (!base.abs().equals(Fraction.ONE) && !key.equals(base.multiply(Fraction.of(k)))) {
          return power(seed, n, base, k);
        }
      } else {
        int s = rng.nextInt(SCALARS_NUM.length);
        Fraction c = Fraction.of(SCALARS_NUM[s], SCALARS_DEN[s]);
        Fraction key = power(c, n).multiply(a);
        if (!key.equals(c.multiply(a)) && !key.equals(a)) {
          return scaled(seed, n, c, a);
        }
      }
    }
    throw Parts.exhausted(name(), seed);
  }

  static Fraction power(Fraction f, int k) {
    Fraction p = Fraction.ONE;
    for (int i = 0; i < k; i++) {
      p = p.multiply(f);
    }
    return p;
  }

  /** Appends base^exponent; the base is wrapped in an mrow. */
  static void powerOf(MathBuilder mb, MathBuilder base, String exponent) {
    MathText b = base.build();
    String ml = b.mathml();
    String inner = ml.substring("<math>".length(), ml.length() - "</math>".length());
    mb.raw(
        b.text() + "^" + exponent,
        "{" + b.latex() + "}^{" + exponent + "}",
        "<msup><mrow>" + inner + "</mrow><mn>" + exponent + "</mn></msup>");
  }

  private static MathBuilder det(String text, String latex, String mathml) {
    return new MathBuilder()
        .raw(
            "det(" + text + ")",
            "\\det(" + latex + ")",
            "<mi>det</mi><mrow><mo>(</mo>" + mathml + "<mo>)</mo></mrow>");
  }

  private static MathBuilder detOf(String name) {
    return new MathBuilder()
        .raw("det " + name, "\\det " + name, "<mi>det</mi><mi>" + name + "</mi>");
  }

  private static Variant.Builder start(String generator, int seed, int n, MathBuilder q) {
    Variant.Builder v = Variant.builder(generator, seed);
    v.param("n", Parts.number(Fraction.of(n))).param("Q", q.build());
    return v;
  }

  private static void key(Variant.Builder v, Fraction key) {
    v.key(AnswerKey.fraction(key, true, false)).model(Response.text(key.toString()));
  }

  private static void mistakes(Variant.Builder v, Fraction key, String[] what, Fraction[] wrong) {
    List<Fraction> seen = new ArrayList<>();
    seen.add(key);
    for (int i = 0; i < what.length; i++) {
      if (!seen.contains(wrong[i])) {
        seen.add(wrong[i]);
        v.mistake(what[i], Response.text(wrong[i].toString()));
      }
    }
  }

  private Variant product(int seed, int n, Fraction a, Fraction b) {
    Fraction key = a.multiply(b);
    Variant.Builder v = start(name(), seed, n, det("AB", "AB", "<mi>A</mi><mi>B</mi>"));
    v.prompt("A and B are {n} by {n} matrices with {dA} and {dB}. Compute {Q}.")
        .param("dA", detOf("A").op("=").num(a).build())
        .param("dB", detOf("B").op("=").num(b).build());
    key(v, key);
    mistakes(
        v,
        key,
        new String[] {
          "added the determinants instead of multiplying them",
          "sign error",
          "divided the determinants",
          "used only det A"
        },
        new Fraction[] {a.add(b), key.negate(), a.divide(b), a});
    MathBuilder mb = det("AB", "AB", "<mi>A</mi><mi>B</mi>").op("=").append(detOf("A"));
    mb.op("*").append(detOf("B")).op("=").factor(a).op("*").factor(b).op("=").num(key);
    v.step(
        "The determinant of a product is the product of the determinants: scaling areas by det B"
            + " and then by det A scales them by det A times det B. No need to know A and B"
            + " themselves.",
        mb.build());
    return v.build();
  }

  private Variant power(int seed, int n, Fraction a, int k) {
    Fraction key = power(a, k);
    String kk = Integer.toString(k);
    MathBuilder q = det("A^" + kk, "A^{" + kk + "}", "<msup><mi>A</mi><mn>" + kk + "</mn></msup>");
    Variant.Builder v = start(name(), seed, n, q);
    v.prompt("A is an {n} by {n} matrix with {dA}. Compute {Q}.")
        .param("dA", detOf("A").op("=").num(a).build());
    key(v, key);
    mistakes(
        v,
        key,
        new String[] {
          "multiplied det A by " + k + " instead of raising it to the power " + k,
          "forgot the power: gave det A",
          "sign error"
        },
        new Fraction[] {a.multiply(Fraction.of(k)), a, key.negate()});
    MathBuilder mb =
        det("A^" + kk, "A^{" + kk + "}", "<msup><mi>A</mi><mn>" + kk + "</mn></msup>").op("=");
    mb.raw(
        "(det A)^" + kk,
        "(\\det A)^{" + kk + "}",
        "<msup><mrow><mo>(</mo><mi>det</mi><mi>A</mi><mo>)</mo></mrow><mn>" + kk + "</mn></msup>");
    mb.op("=");
    MathBuilder base = new MathBuilder().factor(a);
    powerOf(mb, base, kk);
    mb.op("=").num(key);
    v.step(
        "A^"
            + kk
            + " is A multiplied by itself "
            + kk
            + " times, and each factor multiplies the"
            + " determinant by det A:",
        mb.build());
    return v.build();
  }

  private Variant scaled(int seed, int n, Fraction c, Fraction a) {
    Fraction key = power(c, n).multiply(a);
    String nn = Integer.toString(n);
    MathBuilder cm = new MathBuilder().factor(c);
    MathBuilder q = new MathBuilder().raw("det(", "\\det(", "<mi>det</mi><mrow><mo>(</mo>");
    q.num(c).raw(" A)", " A)", "<mo>&#x2062;</mo><mi>A</mi><mo>)</mo></mrow>");
    Variant.Builder v = start(name(), seed, n, q);
    v.prompt("A is an {n} by {n} matrix with {dA}. Compute {Q}.")
        .param("dA", detOf("A").op("=").num(a).build());
    key(v, key);
    mistakes(
        v,
        key,
        new String[] {
          "forgot the power " + n + ": multiplied det A by c only once",
          "multiplied det A by n c instead of c^n",
          "sign error"
        },
        new Fraction[] {c.multiply(a), c.multiply(Fraction.of(n)).multiply(a), key.negate()});
    MathBuilder mb =
        new MathBuilder()
            .raw(
                "det(cA)",
                "\\det(cA)",
                "<mi>det</mi><mrow><mo>(</mo><mi>c</mi><mi>A</mi><mo>)</mo></mrow>");
    mb.op("=");
    mb.raw("c^" + nn, "c^{" + nn + "}", "<msup><mi>c</mi><mn>" + nn + "</mn></msup>");
    mb.append(detOf("A")).op("=");
    powerOf(mb, cm, nn);
    mb.op("*").factor(a).op("=").num(key);
    v.step(
        "cA multiplies every one of the "
            + nn
            + " rows of A by c, and each scaled row multiplies the determinant by c. So c comes"
            + " out "
            + nn
            + " times:",
        mb.build());
    return v.build();
  }
}
