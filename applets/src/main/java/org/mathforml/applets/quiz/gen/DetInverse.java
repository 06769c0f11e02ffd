package org.mathforml.applets.quiz.gen;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.random.Rng;

/**
 * The determinant of an inverse, det(A^-1) = 1 / det A, typed as a fraction. Three kinds, a third
 * of the variants each: A is a 2x2 integer matrix (entries -6..6) shown in full; det A is given (an
 * integer or a fraction with denominator 2 or 3); or det A and det B are given and the question is
 * det(A^-1 B) = det B / det A. |det A| is never 0 or 1, so the reciprocal differs from det A itself
 * (Strang, Introduction to Linear Algebra, 5th ed., 5.1, rule 9).
 */
public final class DetInverse implements Generator {

  @Override
  public String name() {
    return "det-inverse";
  }

  @Override
  public String description() {
    return "det of an inverse, det(A^-1) or det(A^-1 B), typed as a fraction";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    int kind = rng.nextInt(3);
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      if (kind == 0) {
        FractionMatrix m = Parts.drawMatrix(rng, 2, 2, 6);
        if (usable(m.determinant())) {
          return shown(seed, m);
        }
      } else {
        Fraction a =
            rng.nextInt(3) == 0
                ? Fraction.of(Parts.drawNonZero(rng, 7).numerator(), rng.nextInt(2, 3))
                : Parts.drawNonZero(rng, 9);
        Fraction b = Parts.drawNonZero(rng, 9);
        if (!usable(a)) {
          continue;
        }
        if (kind == 1) {
          return given(seed, a);
        }
        Fraction key = b.divide(a);
        if (!key.equals(a.divide(b)) && !key.equals(a.multiply(b))) {
          return withB(seed, a, b);
        }
      }
    }
    throw Parts.exhausted(name(), seed);
  }

  private static boolean usable(Fraction det) {
    return !det.isZero() && !det.abs().equals(Fraction.ONE);
  }

  private static MathBuilder detOf(String name) {
    return new MathBuilder()
        .raw("det " + name, "\\det " + name, "<mi>det</mi><mi>" + name + "</mi>");
  }

  private static MathBuilder detInverse() {
    return new MathBuilder()
        .raw(
            "det(A^-1)",
            "\\det(A^{-1})",
            "<mi>det</mi><mrow><mo>(</mo><msup><mi>A</mi><mrow><mo>&#x2212;</mo><mn>1</mn>"
                + "</mrow></msup><mo>)</mo></mrow>");
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

  private static final String[] INVERSE_MISTAKES = {
    "forgot to take the reciprocal: gave det A", "sign error", "gave -det A"
  };

  private static void reciprocalStep(Variant.Builder v, Fraction det) {
    Fraction key = det.reciprocal();
    MathBuilder mb = detInverse().op("=");
    mb.raw(
        "1/det A",
        "\\dfrac{1}{\\det A}",
        "<mfrac><mn>1</mn><mrow><mi>det</mi><mi>A</mi></mrow></mfrac>");
    mb.op("=").raw("1/", "\\dfrac{1}{", "<mfrac><mn>1</mn><mrow>").num(det);
    mb.raw("", "}", "</mrow></mfrac>").op("=").num(key);
    v.step(
        "A^\u22121 undoes A, so det(A^\u22121) det A = det(I) = 1: the determinant of the inverse is"
            + " the reciprocal.",
        mb.build());
  }

  private Variant shown(int seed, FractionMatrix m) {
    Fraction det = m.determinant();
    Fraction key = det.reciprocal();
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt("Compute {Q} for A = {A}.")
        .param("Q", detInverse().build())
        .param("A", Parts.matrix(m));
    key(v, key);
    mistakes(v, key, INVERSE_MISTAKES, new Fraction[] {det, key.negate(), det.negate()});
    MathBuilder here = detOf("A").op("=");
    v.step(
        "No need to compute the inverse: first find det A = ad \u2212 bc.",
        Parts.det2(here, m).build());
    reciprocalStep(v, det);
    return v.build();
  }

  private Variant given(int seed, Fraction a) {
    Fraction key = a.reciprocal();
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt("A is an invertible matrix with {dA}. Compute {Q}.")
        .param("dA", detOf("A").op("=").num(a).build())
        .param("Q", detInverse().build());
    key(v, key);
    mistakes(v, key, INVERSE_MISTAKES, new Fraction[] {a, key.negate(), a.negate()});
    reciprocalStep(v, a);
    return v.build();
  }

  private Variant withB(int seed, Fraction a, Fraction b) {
    Fraction key = b.divide(a);
    MathBuilder q =
        new MathBuilder()
            .raw(
                "det(A^-1 B)",
                "\\det(A^{-1}B)",
                "<mi>det</mi><mrow><mo>(</mo><msup><mi>A</mi><mrow><mo>&#x2212;</mo><mn>1</mn>"
                    + "</mrow></msup><mi>B</mi><mo>)</mo></mrow>");
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt("A and B are invertible matrices of the same size with {dA} and {dB}. Compute {Q}.")
        .param("dA", detOf("A").op("=").num(a).build())
        .param("dB", detOf("B").op("=").num(b).build())
        .param("Q", q.build());
    key(v, key);
    mistakes(
        v,
        key,
        new String[] {
          "divided the wrong way round: det A / det B",
          "forgot the inverse: det A det B",
          "sign error"
        },
        new Fraction[] {a.divide(b), a.multiply(b), key.negate()});
    MathBuilder mb =
        new MathBuilder()
            .raw(
                "det(A^-1 B)",
                "\\det(A^{-1}B)",
                "<mi>det</mi><mrow><mo>(</mo><msup><mi>A</mi><mrow><mo>&#x2212;</mo><mn>1</mn>"
                    + "</mrow></msup><mi>B</mi><mo>)</mo></mrow>");
    mb.op("=").append(detInverse()).op("*").append(detOf("B")).op("=");
    mb.raw(
        "det B/det A",
        "\\dfrac{\\det B}{\\det A}",
        "<mfrac><mrow><mi>det</mi><mi>B</mi></mrow><mrow><mi>det</mi><mi>A</mi></mrow></mfrac>");
    mb.op("=").raw("(", "\\dfrac{", "<mfrac><mrow>").num(b).raw(")/(", "}{", "</mrow><mrow>");
    mb.num(a).raw(")", "}", "</mrow></mfrac>").op("=").num(key);
    v.step(
        "The determinant of a product is the product of the determinants, and det(A^\u22121) = 1 /"
            + " det A:",
        mb.build());
    return v.build();
  }
}
