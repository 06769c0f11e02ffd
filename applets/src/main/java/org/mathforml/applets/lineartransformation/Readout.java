package org.mathforml.applets.lineartransformation;

import org.mathforml.applets.components.MathReadout;
import org.mathforml.applets.components.Mathml;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.teavm.jso.dom.xml.Element;

/**
 * The MathML results of {@code linear-transformation}. Test hooks on {@code .applet-readout}:
 * {@code data-a}, {@code data-b}, {@code data-c}, {@code data-d} (the matrix [a b; c d]), {@code
 * data-determinant}, {@code data-kind} ({@code invertible}, {@code line}, {@code point}) and {@code
 * data-orientation} ({@code kept}, {@code reversed}, {@code collapsed}).
 */
final class Readout {

  private final MathReadout out = new MathReadout(4);

  Element element() {
    return out.element();
  }

  void show(FractionMatrix m) {
    Fraction a = m.get(0, 0);
    Fraction b = m.get(0, 1);
    Fraction c = m.get(1, 0);
    Fraction d = m.get(1, 1);
    Fraction det = LinearMap.determinant(m);
    out.data("a", a.toString());
    out.data("b", b.toString());
    out.data("c", c.toString());
    out.data("d", d.toString());
    out.data("determinant", det.toString());
    out.data("kind", LinearMap.kind(m));
    out.data(
        "orientation", det.signum() > 0 ? "kept" : det.signum() < 0 ? "reversed" : "collapsed");
    String col1 = Mathml.column(a, c);
    String col2 = Mathml.column(b, d);
    out.line(0, Mathml.math("<mi>A</mi>" + Mathml.op("=") + Mathml.matrix(m.toArray())));
    // Each line is a few <math> pieces with spaces between: MathML does not wrap inside one
    // <math>, so the pieces wrap instead of being clipped in a narrow column or on a phone.
    out.line(
        1,
        Mathml.math(
                "<mi>A</mi><msub><mi class=\"applet-vec\">e</mi><mn>1</mn></msub>"
                    + Mathml.op("=")
                    + col1
                    + Mathml.op(","))
            + "\u2003"
            + Mathml.math(
                "<mi>A</mi><msub><mi class=\"applet-vec\">e</mi><mn>2</mn></msub>"
                    + Mathml.op("=")
                    + col2));
    out.line(
        2,
        Mathml.math(
                "<mo>det</mo><mi>A</mi>"
                    + Mathml.op("=")
                    + "<mi>a</mi><mi>d</mi>"
                    + Mathml.op("\u2212")
                    + "<mi>b</mi><mi>c</mi>")
            + " "
            + Mathml.math(
                Mathml.op("=")
                    + Mathml.factor(a)
                    + Mathml.op("\u22c5")
                    + Mathml.factor(d)
                    + Mathml.op("\u2212")
                    + Mathml.factor(b)
                    + Mathml.op("\u22c5")
                    + Mathml.factor(c))
            + " "
            + Mathml.math(Mathml.op("=") + Mathml.number(det)));
    String words;
    if (det.signum() > 0) {
      words =
          "The unit square becomes a parallelogram of area "
              + det
              + ". Orientation is kept: the arc turns counter-clockwise from A e\u2081 to A e\u2082.";
    } else if (det.signum() < 0) {
      words =
          "The unit square becomes a parallelogram of area "
              + det.negate()
              + ". The determinant is negative: the plane is flipped (see the mirrored F), and the"
              + " arc turns clockwise from A e\u2081 to A e\u2082.";
    } else {
      words = "Area 0: the unit square is squashed flat.";
    }
    out.line(3, Mathml.escape(words));
  }
}
