package org.mathforml.applets.eigenvectors;

import org.mathforml.applets.components.MathReadout;
import org.mathforml.applets.components.Mathml;
import org.mathforml.applets.components.Num;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.teavm.jso.dom.xml.Element;

/**
 * The readout of {@code eigenvectors}. Test hooks on {@code .applet-readout}: {@code data-a..d},
 * {@code data-x1}, {@code data-x2} (exact fractions, or 2-decimal numbers after a snap onto an
 * eigenline with irrational slope), {@code data-ax1}, {@code data-ax2} (same), {@code data-real}
 * ({@code true|false}), {@code data-lambda1}, {@code data-lambda2} (real parts, 2 decimals), {@code
 * data-eigen} (1 or 2: the eigen-direction x lies on; empty otherwise), {@code data-lambda} (its
 * eigenvalue: exact when x is on the grid), {@code data-exact} ({@code true|false}).
 */
final class Readout {

  private final MathReadout out = new MathReadout(3);

  Element element() {
    return out.element();
  }

  void show(
      FractionMatrix a,
      EigenMath eigen,
      String x1,
      String x2,
      Fraction[] exactAx,
      double ax1,
      double ax2,
      int on,
      String lambda,
      boolean exact) {
    out.data("a", a.get(0, 0).toString());
    out.data("b", a.get(0, 1).toString());
    out.data("c", a.get(1, 0).toString());
    out.data("d", a.get(1, 1).toString());
    out.data("x1", x1);
    out.data("x2", x2);
    String ax1Text = exactAx == null ? Num.short2(ax1) : exactAx[0].toString();
    String ax2Text = exactAx == null ? Num.short2(ax2) : exactAx[1].toString();
    out.data("ax1", ax1Text);
    out.data("ax2", ax2Text);
    out.data("real", eigen.real ? "true" : "false");
    out.data("lambda1", Num.short2(eigen.re[0]));
    out.data("lambda2", Num.short2(eigen.re[1]));
    out.data("eigen", on < 0 ? "" : Integer.toString(on + 1));
    out.data("lambda", lambda);
    out.data("exact", exact ? "true" : "false");
    String xs =
        exactAx == null
            ? "<mtable class=\"applet-bracketed\"><mtr><mtd>"
                + Mathml.decimal(x1)
                + "</mtd></mtr><mtr><mtd>"
                + Mathml.decimal(x2)
                + "</mtd></mtr></mtable>"
            : null;
    String axs =
        exactAx == null
            ? "<mtable class=\"applet-bracketed\"><mtr><mtd>"
                + Mathml.decimal(ax1Text)
                + "</mtd></mtr><mtr><mtd>"
                + Mathml.decimal(ax2Text)
                + "</mtd></mtr></mtable>"
            : Mathml.column(exactAx);
    String xColumn = xs != null ? xs : Mathml.column(Fraction.parse(x1), Fraction.parse(x2));
    out.line(
        0,
        Mathml.math(
            Mathml.id("A", false)
                + Mathml.id("x", true)
                + Mathml.op("=")
                + Mathml.matrix(a.toArray())
                + xColumn
                + Mathml.op("=")
                + axs));
    if (on >= 0) {
      out.line(
          1,
          Mathml.escape("\u2713 x is an eigenvector (eigen-direction " + (on + 1) + "): ")
              + Mathml.math(
                  Mathml.id("A", false)
                      + Mathml.id("x", true)
                      + Mathml.op("=")
                      + Mathml.id("\u03bb", false)
                      + Mathml.id("x", true)
                      + Mathml.op(",")
                      + "<mspace width=\"0.5em\"/>"
                      + Mathml.id("\u03bb", false)
                      + Mathml.op("=")
                      + (exact ? Mathml.number(Fraction.parse(lambda)) : Mathml.decimal(lambda)))
              + Mathml.escape(". A x points along x (marked by a ring), scaled by \u03bb."));
    } else {
      out.line(
          1,
          Mathml.escape(
              "x is not an eigenvector: A x leaves the line of x. Drag x onto an eigenline or use"
                  + " the snap buttons."));
    }
    if (eigen.real) {
      out.line(
          2,
          Mathml.escape(
              "Eigenvalues: \u03bb\u2081 = "
                  + Num.short2(eigen.re[0]).replace('-', '\u2212')
                  + ", \u03bb\u2082 = "
                  + Num.short2(eigen.re[1]).replace('-', '\u2212')
                  + " (2 decimals)."));
    } else {
      out.line(2, Mathml.escape("Eigenvalues: complex, so there are no real eigen-directions."));
    }
  }
}
