package org.mathforml.site.directive.applet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.numeric.Complex;
import org.mathforml.mathlib.numeric.Eigen2x2;
import org.mathforml.mathlib.numeric.Matrix;
import org.mathforml.site.directive.plot.PlotException;
import org.mathforml.site.directive.plot.PlotRenderer;
import org.mathforml.site.directive.plot.PlotSpec;
import org.mathforml.site.markdown.Html;

/**
 * The static figure of {@code eigenvectors}: x and A x as segments, the real eigen-directions as
 * lines, and a caption with the eigenvalues from mathlib's {@link Eigen2x2}.
 */
final class EigenFallbacks {
  private EigenFallbacks() {}

  static String eigenvectors(Map<String, String> a, String id) {
    Fraction fa = f(a, "a");
    Fraction fb = f(a, "b");
    Fraction fc = f(a, "c");
    Fraction fd = f(a, "d");
    Fraction x1 = f(a, "x1");
    Fraction x2 = f(a, "x2");
    Fraction ax1 = fa.multiply(x1).add(fb.multiply(x2));
    Fraction ax2 = fc.multiply(x1).add(fd.multiply(x2));
    Eigen2x2 e =
        Eigen2x2.of(
            Matrix.of(
                new double[][] {
                  {fa.doubleValue(), fb.doubleValue()}, {fc.doubleValue(), fd.doubleValue()}
                }));
    List<String> body = new ArrayList<>();
    if (!(x1.isZero() && x2.isZero())) {
      body.add("segment 0, 0, " + x1 + ", " + x2 + " | x = (" + x1 + ", " + x2 + ")");
    }
    if (!(ax1.isZero() && ax2.isZero())) {
      body.add("segment 0, 0, " + ax1 + ", " + ax2 + " | Ax = (" + ax1 + ", " + ax2 + ")");
    }
    String caption =
        "A = ["
            + fa
            + " "
            + fb
            + "; "
            + fc
            + " "
            + fd
            + "] sends x = ("
            + x1
            + ", "
            + x2
            + ") to Ax = ("
            + ax1
            + ", "
            + ax2
            + ")";
    Complex[] values = e.eigenvalues();
    if (e.isReal()) {
      caption += "; its eigenvalues are " + round(values[0].re()) + " and " + round(values[1].re());
      boolean same = Math.abs(values[0].re() - values[1].re()) < 1e-9;
      for (int i = 0; i < (same ? 1 : 2); i++) {
        double dx = e.eigenvector(i).get(0);
        double dy = e.eigenvector(i).get(1);
        // The line through the origin along (dx, dy): dy x - dx y = 0.
        body.add("line " + round(dy) + ", " + round(-dx) + ", 0 | eigenline " + (i + 1));
      }
      caption += ", each with its eigenline drawn";
    } else {
      caption +=
          "; its eigenvalues are complex ("
              + round(values[0].re())
              + " \u00b1 "
              + round(Math.abs(values[0].im()))
              + "i), so no direction is kept";
    }
    caption += ".";
    Map<String, String> attributes =
        Map.of(
            "x", a.get("xmin") + ".." + a.get("xmax"),
            "y", a.get("ymin") + ".." + a.get("ymax"),
            "caption", caption);
    try {
      return PlotRenderer.toSvg(PlotSpec.parse(attributes, body), id + "-fallback")
          + "<p class=\"applet-fallback-caption\">"
          + Html.escape(caption)
          + "</p>";
    } catch (PlotException ex) {
      throw new IllegalStateException(
          "fallback plot for eigenvectors is invalid: " + ex.getMessage(), ex);
    }
  }

  /** Rounded to 4 decimals, as plain text the plot parser reads. */
  private static String round(double v) {
    double r = Math.round(v * 10000) / 10000.0;
    if (r == Math.rint(r)) {
      return Long.toString((long) r);
    }
    return java.math.BigDecimal.valueOf(r).toPlainString();
  }

  private static Fraction f(Map<String, String> a, String name) {
    return Fraction.parse(a.get(name));
  }
}
