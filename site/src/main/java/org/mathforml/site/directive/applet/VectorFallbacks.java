package org.mathforml.site.directive.applet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.FractionVector;
import org.mathforml.site.directive.plot.PlotException;
import org.mathforml.site.directive.plot.PlotRenderer;
import org.mathforml.site.directive.plot.PlotSpec;
import org.mathforml.site.markdown.Html;

/**
 * Static figures for the vector applets ({@code vector-operations}, {@code linear-transformation}),
 * drawn at build time with the plot renderer from the applet's starting attributes; the caption
 * states the same numbers the live readout would, computed by mathlib.
 */
final class VectorFallbacks {
  private VectorFallbacks() {}

  static String vectorOperations(Map<String, String> a, String id) {
    FractionVector u = FractionVector.of(f(a, "ux"), f(a, "uy"));
    FractionVector v = FractionVector.of(f(a, "vx"), f(a, "vy"));
    Fraction k = f(a, "k");
    String mode = a.get("mode");
    List<String> body = new ArrayList<>();
    arrow(body, FractionVector.zero(2), u, "u = " + tuple(u));
    arrow(body, FractionVector.zero(2), v, "v = " + tuple(v));
    String caption = "The vectors u = " + tuple(u) + " and v = " + tuple(v);
    FractionVector r = null;
    String name = null;
    switch (mode) {
      case "difference" -> {
        r = u.subtract(v);
        name = "u - v";
      }
      case "scalar" -> {
        r = u.scale(k);
        name = k + "u";
      }
      case "dot" -> {
        Fraction dot = u.dot(v);
        caption += "; their dot product u \u00b7 v is " + dot;
      }
      case "projection" -> {
        Fraction vv = v.dot(v);
        if (!vv.isZero()) {
          r = v.scale(u.dot(v).divide(vv));
          name = "projection of u onto v";
        }
      }
      default -> {
        r = u.add(v);
        name = "u + v";
        arrow(body, u, r, null);
      }
    }
    if (r != null) {
      arrow(body, FractionVector.zero(2), r, name + " = " + tuple(r));
      caption += "; " + name + " = " + tuple(r);
    }
    return plot(a, body, caption + ".", id, "vector-operations");
  }

  static String linearTransformation(Map<String, String> a, String id) {
    FractionMatrix m =
        FractionMatrix.of(new Fraction[][] {{f(a, "a"), f(a, "b")}, {f(a, "c"), f(a, "d")}});
    FractionVector c1 = FractionVector.column(m, 0);
    FractionVector c2 = FractionVector.column(m, 1);
    Fraction det = m.determinant();
    List<String> body = new ArrayList<>();
    FractionVector zero = FractionVector.zero(2);
    arrow(body, zero, c1, "A e1 = " + tuple(c1));
    arrow(body, zero, c2, "A e2 = " + tuple(c2));
    arrow(body, c1, c1.add(c2), null);
    arrow(body, c2, c1.add(c2), null);
    String caption =
        "The matrix A = ["
            + m.get(0, 0)
            + " "
            + m.get(0, 1)
            + "; "
            + m.get(1, 0)
            + " "
            + m.get(1, 1)
            + "] sends the unit square to the parallelogram on A e1 = "
            + tuple(c1)
            + " and A e2 = "
            + tuple(c2)
            + "; its signed area is det A = "
            + det
            + (det.isZero()
                ? ": A is singular and flattens the plane."
                : det.signum() < 0 ? ": the plane is flipped." : ".");
    return plot(a, body, caption, id, "linear-transformation");
  }

  static String matrixMultiplication(Map<String, String> a, String id) {
    FractionMatrix ma =
        FractionMatrix.of(
            new Fraction[][] {{f(a, "a11"), f(a, "a12")}, {f(a, "a21"), f(a, "a22")}});
    FractionMatrix mb =
        FractionMatrix.of(
            new Fraction[][] {{f(a, "b11"), f(a, "b12")}, {f(a, "b21"), f(a, "b22")}});
    FractionMatrix ab = ma.multiply(mb);
    String size = a.get("size");
    Map<String, String> view =
        Map.of(
            "a",
            ab.get(0, 0).toString(),
            "b",
            ab.get(0, 1).toString(),
            "c",
            ab.get(1, 0).toString(),
            "d",
            ab.get(1, 1).toString(),
            "xmin",
            "-" + size,
            "xmax",
            size,
            "ymin",
            "-" + size,
            "ymax",
            size);
    return "<p class=\"applet-fallback-caption\">"
        + Html.escape(
            "B first, then A, is the single matrix AB = "
                + bracket(ab)
                + " (A = "
                + bracket(ma)
                + ", B = "
                + bracket(mb)
                + "); BA = "
                + bracket(mb.multiply(ma))
                + ".")
        + "</p>"
        + linearTransformation(view, id);
  }

  private static String bracket(FractionMatrix m) {
    return "[" + m.get(0, 0) + " " + m.get(0, 1) + "; " + m.get(1, 0) + " " + m.get(1, 1) + "]";
  }

  /** A segment from tail to head (skipped when they coincide). */
  private static void arrow(
      List<String> body, FractionVector tail, FractionVector head, String label) {
    if (tail.equals(head)) {
      return;
    }
    body.add(
        "segment "
            + tail.get(0)
            + ", "
            + tail.get(1)
            + ", "
            + head.get(0)
            + ", "
            + head.get(1)
            + (label == null ? "" : " | " + label));
  }

  private static String plot(
      Map<String, String> a, List<String> body, String caption, String id, String applet) {
    if (body.isEmpty()) {
      return "<p class=\"applet-fallback-caption\">" + Html.escape(caption) + "</p>";
    }
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
    } catch (PlotException e) {
      throw new IllegalStateException(
          "fallback plot for " + applet + " is invalid: " + e.getMessage(), e);
    }
  }

  private static Fraction f(Map<String, String> a, String name) {
    return Fraction.parse(a.get(name));
  }

  private static String tuple(FractionVector w) {
    return "(" + w.get(0) + ", " + w.get(1) + ")";
  }
}
