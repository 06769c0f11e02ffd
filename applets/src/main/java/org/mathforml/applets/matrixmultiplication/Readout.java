package org.mathforml.applets.matrixmultiplication;

import org.mathforml.applets.components.MathReadout;
import org.mathforml.applets.components.Mathml;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.teavm.jso.dom.xml.Element;

/**
 * The MathML results of {@code matrix-multiplication}. Test hooks on {@code .applet-readout}:
 * {@code data-ab} and {@code data-ba} (rows "p q; r s" of fraction strings), {@code data-det-a},
 * {@code data-det-b}, {@code data-det-ab}, {@code data-commute} ({@code true} when AB = BA).
 */
final class Readout {

  private final MathReadout out = new MathReadout(4);

  Element element() {
    return out.element();
  }

  void show(FractionMatrix a, FractionMatrix b, FractionMatrix ab) {
    FractionMatrix ba = Composition.product(b, a);
    Fraction detA = Composition.det(a);
    Fraction detB = Composition.det(b);
    Fraction detAb = Composition.det(ab);
    out.data("ab", rows(ab));
    out.data("ba", rows(ba));
    out.data("det-a", detA.toString());
    out.data("det-b", detB.toString());
    out.data("det-ab", detAb.toString());
    out.data("commute", ab.equals(ba) ? "true" : "false");
    // Entry (1, 1) worked out, then the whole product.
    out.line(
        0,
        Mathml.math(
            "<mi>A</mi><mi>B</mi>"
                + Mathml.op("=")
                + Mathml.matrix(a.toArray())
                + Mathml.matrix(b.toArray())
                + Mathml.op("=")
                + Mathml.matrix(ab.toArray())));
    out.line(
        1,
        Mathml.escape("Entry (1, 1): row 1 of A times column 1 of B: ")
            + Mathml.math(
                Mathml.factor(a.get(0, 0))
                    + Mathml.op("\u22c5")
                    + Mathml.factor(b.get(0, 0))
                    + Mathml.op("+")
                    + Mathml.factor(a.get(0, 1))
                    + Mathml.op("\u22c5")
                    + Mathml.factor(b.get(1, 0))
                    + Mathml.op("=")
                    + Mathml.number(ab.get(0, 0))));
    out.line(
        2,
        Mathml.math("<mi>B</mi><mi>A</mi>" + Mathml.op("=") + Mathml.matrix(ba.toArray()))
            + Mathml.escape(
                ab.equals(ba)
                    ? " Here AB = BA: these two transformations commute."
                    : " BA is not AB: doing A first and then B gives a different result."));
    out.line(
        3,
        Mathml.math(
            "<mo>det</mo><mo>(</mo><mi>A</mi><mi>B</mi><mo>)</mo>"
                + Mathml.op("=")
                + Mathml.number(detAb)
                + Mathml.op("=")
                + Mathml.factor(detA)
                + Mathml.op("\u22c5")
                + Mathml.factor(detB)));
  }

  private static String rows(FractionMatrix m) {
    return m.get(0, 0) + " " + m.get(0, 1) + "; " + m.get(1, 0) + " " + m.get(1, 1);
  }
}
