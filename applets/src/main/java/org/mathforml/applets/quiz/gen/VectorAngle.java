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
 * "Find cos(theta) for the angle between u and v", typed as an exact fraction. Both vectors have
 * whole-number lengths (signed permutations of Pythagorean triples in 2-D and quadruples in 3-D,
 * such as (3, 4) and (1, 2, 2)), so cos(theta) = u.v / (|u| |v|) is a fraction. Variants with
 * perpendicular or parallel vectors (cos 0, 1 or -1) are redrawn. The worked solution computes the
 * dot product, the two lengths, the quotient and the angle to the nearest degree.
 */
public final class VectorAngle implements Generator {

  // Whole-number lengths: {x, y, length} and {x, y, z, length}.
  private static final int[][] PLANE = {{3, 4, 5}, {6, 8, 10}, {5, 12, 13}, {8, 15, 17}};
  private static final int[][] SPACE = {
    {1, 2, 2, 3}, {2, 3, 6, 7}, {1, 4, 8, 9}, {4, 4, 7, 9}, {2, 6, 9, 11}, {2, 10, 11, 15}
  };

  @Override
  public String name() {
    return "vector-angle";
  }

  @Override
  public String description() {
    return "cosine of the angle between two vectors with whole-number lengths, as a fraction";
  }

  @Override
  public Variant generate(int seed) {
    Rng rng = Rng.seeded(seed);
    for (int draw = 0; draw < Parts.MAX_DRAWS; draw++) {
      int[][] table = rng.nextInt(3) == 0 ? SPACE : PLANE;
      int[] p = table[rng.nextInt(table.length)];
      int[] q = table[rng.nextInt(table.length)];
      Fraction[] u = signedPermutation(rng, p);
      Fraction[] v = signedPermutation(rng, q);
      Fraction dot = MatrixParts.dot(u, v);
      long lengths = (long) p[p.length - 1] * q[q.length - 1];
      Fraction cos = dot.divide(Fraction.of(lengths));
      if (!dot.isZero() && !cos.abs().equals(Fraction.ONE)) {
        return build(seed, u, v, p[p.length - 1], q[q.length - 1], dot, cos);
      }
    }
    throw Parts.exhausted(name(), seed);
  }

  // The first entries of row shuffled, each with a random sign.
  private static Fraction[] signedPermutation(Rng rng, int[] row) {
    int n = row.length - 1;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    rng.shuffle(order);
    Fraction[] v = new Fraction[n];
    for (int i = 0; i < n; i++) {
      int x = row[order[i]];
      v[i] = Fraction.of(rng.nextBoolean() ? x : -x);
    }
    return v;
  }

  private Variant build(
      int seed, Fraction[] u, Fraction[] v, int lu, int lv, Fraction dot, Fraction cos) {
    Variant.Builder b = Variant.builder(name(), seed);
    b.prompt("Let {u} and {v}. Find {c}, the cosine of the angle between them, as a fraction.");
    b.param("u", named("u", u)).param("v", named("v", v)).param("c", cosTheta().build());
    b.key(AnswerKey.fraction(cos, true, false)).model(Response.text(cos.toString()));

    List<Fraction> seen = new ArrayList<>();
    seen.add(cos);
    mistake(b, seen, "stopped at the dot product without dividing by the lengths", dot);
    mistake(b, seen, "sign error in the dot product", cos.negate());
    mistake(
        b,
        seen,
        "divided by the squared length of u instead of both lengths",
        dot.divide(Fraction.of((long) lu * lu)));
    mistake(
        b,
        seen,
        "divided by the sum of the lengths instead of their product",
        dot.divide(Fraction.of(lu + lv)));

    b.step(
        "The formula: cos(theta) = (u . v) / (|u| |v|). Start with the dot product: multiply"
            + " matching entries and add.",
        MatrixParts.products(dotSymbol(new MathBuilder()).op("="), u, v).op("=").num(dot).build());
    b.step("The length of u is the square root of the sum of its squared entries.", length("u", u));
    b.step("The same for v.", length("v", v));
    MathBuilder quotient =
        cosTheta()
            .op("=")
            .raw(
                "(" + dot + ")/(" + lu + " * " + lv + ")",
                "\\frac{" + dot.toLatex() + "}{" + lu + " \\cdot " + lv + "}",
                "<mfrac>"
                    + inner(new MathBuilder().num(dot).build())
                    + "<mrow><mn>"
                    + lu
                    + "</mn><mo>&#x22C5;</mo><mn>"
                    + lv
                    + "</mn></mrow></mfrac>")
            .op("=")
            .num(cos);
    b.step("Divide the dot product by the product of the lengths.", quotient.build());
    long degrees = Math.round(Math.toDegrees(Math.acos(cos.doubleValue())));
    String kind =
        cos.signum() > 0 ? "acute (less than 90 degrees)" : "obtuse (more than 90" + " degrees)";
    b.step(
        "The cosine is "
            + (cos.signum() > 0 ? "positive" : "negative")
            + ", so the angle is "
            + kind
            + ": theta is about "
            + degrees
            + " degrees.",
        null);
    return b.build();
  }

  // The MathML of t without its math element, to nest inside another formula.
  private static String inner(MathText t) {
    String m = t.mathml();
    return m.substring("<math>".length(), m.length() - "</math>".length());
  }

  private static MathBuilder cosTheta() {
    return new MathBuilder().raw("cos(theta)", "\\cos\\theta", "<mi>cos</mi><mi>&#x3B8;</mi>");
  }

  private static MathBuilder dotSymbol(MathBuilder mb) {
    MatrixParts.bold(mb, "u").raw(" . ", " \\cdot ", "<mo>&#x22C5;</mo>");
    return MatrixParts.bold(mb, "v");
  }

  // u = (3, -4)
  private static MathText named(String name, Fraction[] x) {
    return MatrixParts.bold(new MathBuilder(), name).op("=").tuple(x).build();
  }

  // |u| = sqrt(9 + 16) = sqrt(25) = 5
  private static MathText length(String name, Fraction[] x) {
    MathBuilder mb = norm(new MathBuilder(), name).op("=");
    StringBuilder t = new StringBuilder();
    StringBuilder l = new StringBuilder();
    StringBuilder m = new StringBuilder();
    long sum = 0;
    for (int i = 0; i < x.length; i++) {
      long sq = x[i].numerator() * x[i].numerator();
      sum += sq;
      String plus = i > 0 ? " + " : "";
      t.append(plus).append(sq);
      l.append(plus).append(sq);
      m.append(i > 0 ? "<mo>+</mo>" : "").append("<mn>").append(sq).append("</mn>");
    }
    mb.raw("sqrt(" + t + ")", "\\sqrt{" + l + "}", "<msqrt>" + m + "</msqrt>").op("=");
    mb.raw("sqrt(" + sum + ")", "\\sqrt{" + sum + "}", "<msqrt><mn>" + sum + "</mn></msqrt>");
    long root = Math.round(Math.sqrt(sum));
    return mb.op("=").num(Fraction.of(root)).build();
  }

  private static MathBuilder norm(MathBuilder mb, String name) {
    mb.raw("|", "\\lVert ", "<mo>&#x2016;</mo>");
    return MatrixParts.bold(mb, name).raw("|", " \\rVert", "<mo>&#x2016;</mo>");
  }

  private static void mistake(Variant.Builder b, List<Fraction> seen, String what, Fraction f) {
    if (!seen.contains(f)) {
      seen.add(f);
      b.mistake(what, Response.text(f.toString()));
    }
  }
}
