package org.mathforml.site.directive.applet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.LinearSystem;
import org.mathforml.mathlib.Solution;
import org.mathforml.site.directive.plot.PlotException;
import org.mathforml.site.directive.plot.PlotRenderer;
import org.mathforml.site.directive.plot.PlotSpec;
import org.mathforml.site.markdown.Html;

/**
 * The static figure of {@code span}: u, v and w as segments, the span line when it is a line, and a
 * caption with the span and the coefficients of w = a u + b v solved by mathlib.
 */
final class SpanFallbacks {
  private SpanFallbacks() {}

  static String span(Map<String, String> a, String id) {
    boolean two = !"1".equals(a.get("vectors"));
    Fraction u1 = f(a, "u1");
    Fraction u2 = f(a, "u2");
    Fraction v1 = f(a, "v1");
    Fraction v2 = f(a, "v2");
    Fraction w1 = f(a, "w1");
    Fraction w2 = f(a, "w2");
    FractionMatrix m =
        two
            ? FractionMatrix.of(new Fraction[][] {{u1, v1}, {u2, v2}})
            : FractionMatrix.of(new Fraction[][] {{u1}, {u2}});
    int rank = m.rank();
    List<String> body = new ArrayList<>();
    segment(body, u1, u2, "u = (" + u1 + ", " + u2 + ")");
    if (two) {
      segment(body, v1, v2, "v = (" + v1 + ", " + v2 + ")");
    }
    segment(body, w1, w2, "w = (" + w1 + ", " + w2 + ")");
    String names = two ? "u and v" : "u";
    String caption;
    if (rank == 2) {
      caption = names + " span the whole plane";
    } else if (rank == 1) {
      boolean useU = !(u1.isZero() && u2.isZero());
      Fraction d1 = useU ? u1 : v1;
      Fraction d2 = useU ? u2 : v2;
      // The line through the origin along (d1, d2): d2 x - d1 y = 0.
      body.add("line " + d2 + ", " + d1.negate() + ", 0 | span");
      caption = names + (two ? " span" : " spans") + " only a line through the origin";
    } else {
      caption = names + (two ? " span" : " spans") + " only the origin";
    }
    caption += two ? (rank == 2 ? " (independent)" : " (dependent)") : "";
    Solution s = LinearSystem.of(m, new Fraction[] {w1, w2}).solve();
    switch (s.kind()) {
      case UNIQUE -> {
        Fraction[] x = s.values();
        caption +=
            "; w = (" + w1 + ", " + w2 + ") = " + x[0] + " u" + (two ? " + " + x[1] + " v" : "");
      }
      case INFINITE -> caption += "; w is in the span in many ways";
      default -> caption += "; w = (" + w1 + ", " + w2 + ") is not in the span";
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
    } catch (PlotException e) {
      throw new IllegalStateException("fallback plot for span is invalid: " + e.getMessage(), e);
    }
  }

  private static void segment(List<String> body, Fraction x, Fraction y, String label) {
    if (x.isZero() && y.isZero()) {
      return;
    }
    body.add("segment 0, 0, " + x + ", " + y + " | " + label);
  }

  private static Fraction f(Map<String, String> a, String name) {
    return Fraction.parse(a.get(name));
  }
}
