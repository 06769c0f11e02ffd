package org.mathforml.applets.vectoroperations;

import org.mathforml.applets.components.MathReadout;
import org.mathforml.applets.components.Mathml;
import org.mathforml.applets.components.Num;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.exact.FractionVector;
import org.teavm.jso.dom.xml.Element;

/**
 * The MathML results of {@code vector-operations}. Test hooks on {@code .applet-readout}: {@code
 * data-mode}, {@code data-ux}, {@code data-uy}, {@code data-vx}, {@code data-vy}, {@code data-k},
 * {@code data-result-x}, {@code data-result-y} (empty without a result vector), {@code data-dot},
 * {@code data-angle} (degrees to 2 decimals, empty when a vector is zero).
 */
final class Readout {

  /**
   * Between the formulas of one line: a wide space that may break. MathML never wraps inside one
   * {@code <math>}, so each line is a few of them, which wrap in a narrow column instead of being
   * cut off.
   */
  private static final String GAP = "\u2003";

  private final MathReadout out = new MathReadout(3);

  Element element() {
    return out.element();
  }

  void show(String mode, FractionVector u, FractionVector v, Fraction k, FractionVector r) {
    Fraction dot = u.dot(v);
    double angle = VectorOps.angleDegrees(u, v);
    out.data("mode", mode);
    out.data("ux", u.get(0).toString());
    out.data("uy", u.get(1).toString());
    out.data("vx", v.get(0).toString());
    out.data("vy", v.get(1).toString());
    out.data("k", k.toString());
    out.data("result-x", r == null ? "" : r.get(0).toString());
    out.data("result-y", r == null ? "" : r.get(1).toString());
    out.data("dot", dot.toString());
    out.data("angle", Double.isNaN(angle) ? "" : Num.short2(angle));
    out.line(
        0,
        Mathml.math(vec("u") + eq() + column(u) + Mathml.op(","))
            + GAP
            + Mathml.math(vec("v") + eq() + column(v)));
    String second;
    String third = "";
    switch (mode) {
      case "sum":
        second =
            Mathml.math(
                    vec("u")
                        + Mathml.op("+")
                        + vec("v")
                        + eq()
                        + column(u)
                        + Mathml.op("+")
                        + column(v))
                + " "
                + Mathml.math(eq() + column(r));
        third = "Put v at the head of u: the sum is the diagonal of the parallelogram.";
        break;
      case "difference":
        second =
            Mathml.math(
                    vec("u")
                        + Mathml.op("\u2212")
                        + vec("v")
                        + eq()
                        + column(u)
                        + Mathml.op("\u2212")
                        + column(v))
                + " "
                + Mathml.math(eq() + column(r));
        third = "u \u2212 v is the arrow from the head of v to the head of u.";
        break;
      case "scalar":
        second =
            Mathml.math(Mathml.number(k) + vec("u") + eq() + Mathml.factor(k) + column(u))
                + " "
                + Mathml.math(eq() + column(r));
        third =
            k.signum() < 0
                ? "A negative k turns the arrow around and scales its length by |k|."
                : k.isZero()
                    ? "k = 0 shrinks every vector to the zero vector."
                    : "The arrow keeps its direction; its length is multiplied by k.";
        break;
      case "dot":
        second =
            Mathml.math(
                    vec("u")
                        + Mathml.op("\u22c5")
                        + vec("v")
                        + eq()
                        + Mathml.factor(u.get(0))
                        + Mathml.op("\u22c5")
                        + Mathml.factor(v.get(0))
                        + Mathml.op("+")
                        + Mathml.factor(u.get(1))
                        + Mathml.op("\u22c5")
                        + Mathml.factor(v.get(1)))
                + " "
                + Mathml.math(eq() + Mathml.number(dot));
        if (Double.isNaN(angle)) {
          third = "The angle is undefined: one of the vectors is the zero vector.";
        } else {
          third =
              Mathml.math(
                      norm("u")
                          + eq()
                          + Mathml.decimal(Num.short2(VectorOps.length(u)))
                          + Mathml.op(","))
                  + GAP
                  + Mathml.math(
                      norm("v")
                          + eq()
                          + Mathml.decimal(Num.short2(VectorOps.length(v)))
                          + Mathml.op(","))
                  + GAP
                  + Mathml.math(
                      Mathml.id("\u03b8", false)
                          + eq()
                          + Mathml.decimal(Num.short2(angle))
                          + Mathml.op("\u00b0"))
                  + (dot.isZero()
                      ? " The dot product is 0: u and v are perpendicular."
                      : dot.signum() > 0
                          ? " Positive: the angle is less than 90\u00b0."
                          : " Negative: the angle is more than 90\u00b0.");
        }
        break;
      default:
        Fraction c = VectorOps.projectionCoefficient(u, v);
        if (c == null) {
          second = "There is no projection onto the zero vector: move v away from the origin.";
        } else {
          second =
              Mathml.math(
                      "<msub>"
                          + Mathml.text("proj")
                          + vec("v")
                          + "</msub>"
                          + vec("u")
                          + eq()
                          + "<mfrac><mrow>"
                          + vec("u")
                          + Mathml.op("\u22c5")
                          + vec("v")
                          + "</mrow><mrow>"
                          + vec("v")
                          + Mathml.op("\u22c5")
                          + vec("v")
                          + "</mrow></mfrac>"
                          + vec("v"))
                  + " "
                  + Mathml.math(eq() + Mathml.factor(c) + column(v))
                  + " "
                  + Mathml.math(eq() + column(r));
          third = "The dotted segment from the head of u meets the line of v at a right angle.";
        }
    }
    out.line(1, second);
    out.line(2, third.startsWith("<") ? third : Mathml.escape(third));
  }

  private static String vec(String name) {
    return Mathml.id(name, true);
  }

  private static String norm(String name) {
    return "<mrow><mo>\u2016</mo>" + vec(name) + "<mo>\u2016</mo></mrow>";
  }

  private static String eq() {
    return Mathml.op("=");
  }

  private static String column(FractionVector w) {
    return Mathml.column(w.get(0), w.get(1));
  }
}
