package org.mathforml.applets.quiz.gen;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.internal.MathBuilder;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.random.Rng;

/**
 * "Find the eigenvalues of A" for a 2x2 integer matrix with two different integer eigenvalues,
 * typed as the vector (larger, smaller). A is built backwards from a chosen eigenbasis: A = P D
 * P^-1 with D = diag(l1, l2), l1 &gt; l2 in -4..6, and P an integer matrix with entries -2..2 and
 * determinant +-1, so P^-1 and A are integer too; A is not triangular (the eigenvalues would be on
 * the diagonal) and has no entry beyond 12. The worked solution is the characteristic polynomial
 * det(A - lI) = l^2 - (tr A) l + det A and its factorisation (Strang, Introduction to Linear
 * Algebra, 5th ed., 6.1).
 */
public final class Eigenvalues2x2 implements Generator {

  /** The largest entry allowed in A. */
  static final int MAX_ENTRY = 12;

  @Override
  public String name() {
    return "eigenvalues-2x2";
  }

  @Override
  public String description() {
    return "the two integer eigenvalues of a 2x2 integer matrix, typed in decreasing order";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    Drawn d = draw(rng, name(), seed);
    return build(seed, d);
  }

  /** A matrix with its eigenvalues (l1 &gt; l2) and eigenvectors (the columns of P). */
  static final class Drawn {
    final FractionMatrix a;
    final Fraction l1;
    final Fraction l2;
    final Fraction[] v1;
    final Fraction[] v2;

    Drawn(FractionMatrix a, Fraction l1, Fraction l2, Fraction[] v1, Fraction[] v2) {
      this.a = a;
      this.l1 = l1;
      this.l2 = l2;
      this.v1 = v1;
      this.v2 = v2;
    }
  }

  /** Draws P and D until A = P D P^-1 is small and not diagonal. */
  static Drawn draw(Rng rng, String name, int seed) {
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      int x = rng.nextInt(-4, 6);
      int y = rng.nextInt(-4, 6);
      FractionMatrix p = Parts.drawMatrix(rng, 2, 2, 2);
      Fraction det = p.determinant();
      if (x == y || !(det.equals(Fraction.ONE) || det.equals(Fraction.ONE.negate()))) {
        continue;
      }
      Fraction l1 = Fraction.of(Math.max(x, y));
      Fraction l2 = Fraction.of(Math.min(x, y));
      // P^-1 = (1/det) [s -q; -r p] for P = [p q; r s].
      FractionMatrix inverse =
          FractionMatrix.of(
              new Fraction[][] {
                {p.get(1, 1).divide(det), p.get(0, 1).negate().divide(det)},
                {p.get(1, 0).negate().divide(det), p.get(0, 0).divide(det)}
              });
      FractionMatrix diag =
          FractionMatrix.of(new Fraction[][] {{l1, Fraction.ZERO}, {Fraction.ZERO, l2}});
      FractionMatrix a = p.multiply(diag).multiply(inverse);
      if (a.get(0, 1).isZero() || a.get(1, 0).isZero() || !small(a)) {
        continue;
      }
      return new Drawn(
          a,
          l1,
          l2,
          new Fraction[] {p.get(0, 0), p.get(1, 0)},
          new Fraction[] {p.get(0, 1), p.get(1, 1)});
    }
    throw Parts.exhausted(name, seed);
  }

  private static boolean small(FractionMatrix a) {
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        if (a.get(i, j).abs().compareTo(Fraction.of(MAX_ENTRY)) > 0) {
          return false;
        }
      }
    }
    return true;
  }

  private Variant build(int seed, Drawn d) {
    FractionMatrix a = d.a;
    Fraction trace = a.get(0, 0).add(a.get(1, 1));
    Fraction det = a.determinant();
    Variant.Builder v = Variant.builder(name(), seed);
    v.prompt(
            "Find the two eigenvalues of A = {A}. Enter them in decreasing order: the larger one"
                + " first.")
        .param("A", Parts.matrix(a));
    v.key(AnswerKey.vector(d.l1, d.l2)).model(Response.cells(d.l1.toString(), d.l2.toString()));
    Fraction[] key = {d.l1, d.l2};
    v.mistake("the right eigenvalues in increasing order", cells(d.l2, d.l1));
    mistake(
        v,
        key,
        "sign error: the roots of the polynomial with the signs flipped",
        d.l2.negate(),
        d.l1.negate());
    Fraction hi = a.get(0, 0).compareTo(a.get(1, 1)) >= 0 ? a.get(0, 0) : a.get(1, 1);
    Fraction lo = a.get(0, 0).compareTo(a.get(1, 1)) >= 0 ? a.get(1, 1) : a.get(0, 0);
    mistake(v, key, "read the diagonal entries, but A is not triangular", hi, lo);
    mistake(v, key, "gave the trace and the determinant instead of the roots", trace, det);

    v.step(
        "A number λ is an eigenvalue when A \u2212 λI is singular, that is when det(A \u2212 λI) = 0."
            + " Subtract λ from the diagonal entries and take the determinant:",
        characteristic(a).build());
    MathBuilder expanded = new MathBuilder();
    polynomial(expanded, trace, det);
    expanded.op("=").append(factor(d.l1)).append(factor(d.l2));
    v.step(
        "Multiply out: the polynomial is λ^2 \u2212 (a + d)λ + (ad \u2212 bc), with the trace a + d = "
            + Parts.prose(trace)
            + " and the determinant ad \u2212 bc = "
            + Parts.prose(det)
            + ". Then factor it: two numbers with product "
            + Parts.prose(det)
            + " and sum "
            + Parts.prose(trace)
            + ".",
        expanded.build());
    MathBuilder roots =
        new MathBuilder().raw("λ1", "\\lambda_1", "<msub><mi>&#x3BB;</mi><mn>1</mn></msub>");
    roots
        .op("=")
        .num(d.l1)
        .op(",")
        .raw("λ2", "\\lambda_2", "<msub><mi>&#x3BB;</mi><mn>2</mn></msub>")
        .op("=")
        .num(d.l2);
    v.step("The polynomial is 0 exactly at its two roots, the eigenvalues:", roots.build());
    MathBuilder check = new MathBuilder().num(d.l1).op("+").factor(d.l2).op("=").num(trace);
    check.op(",").num(d.l1).op("*").factor(d.l2).op("=").num(det);
    v.step(
        "Check: the eigenvalues add up to the trace and multiply to the determinant.",
        check.build());
    return v.build();
  }

  private static void mistake(
      Variant.Builder v, Fraction[] key, String what, Fraction first, Fraction second) {
    if (!(first.equals(key[0]) && second.equals(key[1]))) {
      v.mistake(what, cells(first, second));
    }
  }

  private static Response cells(Fraction first, Fraction second) {
    return Response.cells(first.toString(), second.toString());
  }

  /** The Greek letter lambda. */
  static MathBuilder lambda() {
    return new MathBuilder().raw("λ", "\\lambda", "<mi>&#x3BB;</mi>");
  }

  /** "det(A - l I) = (a - l)(d - l) - b c". */
  static MathBuilder characteristic(FractionMatrix a) {
    MathBuilder mb = new MathBuilder();
    mb.raw(
        "det(A - λI)",
        "\\det(A - \\lambda I)",
        "<mi>det</mi><mrow><mo>(</mo><mi>A</mi><mo>&#x2212;</mo><mi>&#x3BB;</mi><mi>I</mi>"
            + "<mo>)</mo></mrow>");
    mb.op("=").append(shifted(a.get(0, 0))).append(shifted(a.get(1, 1)));
    mb.op("-").factor(a.get(0, 1)).op("*").factor(a.get(1, 0));
    return mb;
  }

  /** "(a - l)" or "(-l)" for a = 0. */
  private static MathBuilder shifted(Fraction a) {
    MathBuilder mb = new MathBuilder().raw("(", "(", "<mrow><mo>(</mo>");
    if (!a.isZero()) {
      mb.num(a).op("-");
    } else {
      mb.raw("-", "-", "<mo>&#x2212;</mo>");
    }
    return mb.append(lambda()).raw(")", ")", "<mo>)</mo></mrow>");
  }

  /** "l^2 - t l + d", zero terms left out. */
  static MathBuilder polynomial(MathBuilder mb, Fraction trace, Fraction det) {
    mb.raw("λ^2", "\\lambda^2", "<msup><mi>&#x3BB;</mi><mn>2</mn></msup>");
    if (!trace.isZero()) {
      mb.term(trace.negate(), lambda(), false);
    }
    if (!det.isZero()) {
      mb.op(det.signum() < 0 ? "-" : "+").num(det.abs());
    }
    return mb;
  }

  /** "(l - r)", "(l + r)" or "l" for r = 0. */
  static MathBuilder factor(Fraction root) {
    if (root.isZero()) {
      return lambda();
    }
    MathBuilder mb = new MathBuilder().raw("(", "(", "<mrow><mo>(</mo>").append(lambda());
    mb.op(root.signum() > 0 ? "-" : "+").num(root.abs());
    return mb.raw(")", ")", "<mo>)</mo></mrow>");
  }
}
