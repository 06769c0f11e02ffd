package org.mathforml.site.directive.applet;

import java.util.Map;
import org.mathforml.applets.catalog.NumberSyntax;
import org.mathforml.applets.components.Attrs;
import org.mathforml.applets.components.Box3D;
import org.mathforml.applets.components.Num;
import org.mathforml.applets.components.Palette;
import org.mathforml.applets.span3d.Scene;
import org.mathforml.applets.span3d.Span3dMath;
import org.mathforml.mathlib.Fraction;
import org.mathforml.site.markdown.Html;

/**
 * The static figure of {@code span-3d}: the applet's own picture at its starting angle (the box,
 * the span and the labelled arrows, placed by the applet's {@link Scene}) as plain SVG, and a
 * caption stating the span, its dimension, independence and the relation, from the applet's {@link
 * Span3dMath}. Components that are not whole numbers or halves within the box are an error.
 */
final class Span3dFallback {
  private Span3dFallback() {}

  static String render(Map<String, String> a, String id) {
    double size = Attrs.number(a, "size");
    int count = (int) NumberSyntax.parseInteger(a.get("vectors"));
    Fraction[][] vectors = new Fraction[count][];
    for (int i = 0; i < count; i++) {
      String name = Span3dMath.NAMES[i];
      vectors[i] = Attrs.vector(a, name);
      for (Fraction c : vectors[i]) {
        String problem = Span3dMath.problem(name, c, size);
        if (problem != null) {
          throw new IllegalArgumentException(problem);
        }
      }
    }
    Span3dMath s = Span3dMath.of(vectors);
    String caption = caption(s);
    Box3D box = new Box3D(size, Attrs.number(a, "angle"));
    StringBuilder svg =
        new StringBuilder("<svg class=\"applet-plot applet-plot-3d-static\" id=\"")
            .append(id)
            .append("-fallback\" viewBox=\"0 0 400 400\" role=\"img\" aria-label=\"")
            .append(Html.escape(caption))
            .append("\">");
    int dim = s.dimension();
    int[] basis = s.basis();
    if (dim == 3) {
      svg.append("<polygon class=\"applet-span-space\" points=\"")
          .append(Scene.hull(box))
          .append("\"/>");
    }
    svg.append("<g class=\"applet-box\">");
    for (int i = 0; i < Box3D.EDGES.length; i++) {
      double[][] e = box.edge(i);
      line(svg, null, e[0], e[1], null);
    }
    svg.append("</g><g class=\"applet-axes-3d\">");
    String[] axes = {"x", "y", "z"};
    for (int k = 0; k < 3; k++) {
      double[][] ends = box.axis(k);
      line(svg, null, ends[0], ends[1], null);
      double[] at = Box3D.axisLabel(ends[1]);
      text(svg, null, at[0], at[1], axes[k]);
    }
    svg.append("</g>");
    if (dim == 2) {
      svg.append("<polygon class=\"applet-span-3d-plane\" stroke-dasharray=\"")
          .append(Palette.dash(4))
          .append("\" points=\"")
          .append(Scene.plane(box, s.vector(basis[0]), s.vector(basis[1])))
          .append("\"/>");
    } else if (dim == 1) {
      double[] ends = Scene.line(box, s.vector(basis[0]));
      line(
          svg,
          "applet-span-line",
          new double[] {ends[0], ends[1]},
          new double[] {ends[2], ends[3]},
          Palette.dash(4));
    } else if (dim == 0) {
      double[] o = box.project(0, 0, 0);
      svg.append("<circle class=\"applet-span-point\" r=\"6\" cx=\"")
          .append(Num.short2(o[0]))
          .append("\" cy=\"")
          .append(Num.short2(o[1]))
          .append("\"/>");
    }
    double[][] arrows = Scene.arrows(box, vectors);
    for (int i = 0; i < count; i++) {
      double[] arrow = arrows[i];
      svg.append("<g class=\"applet-arrow ").append(Palette.seriesClass(i + 1)).append("\">");
      if (arrow[12] > 0) {
        line(
            svg,
            "applet-arrow-shaft",
            new double[] {arrow[0], arrow[1]},
            new double[] {arrow[2], arrow[3]},
            Palette.dash(i + 1));
        svg.append("<polygon class=\"applet-arrow-head\" points=\"")
            .append(Scene.head(arrow))
            .append("\"/>");
      }
      text(svg, "applet-arrow-label", arrow[10], arrow[11], Span3dMath.NAMES[i]);
      svg.append("</g>");
    }
    text(svg, "applet-span-label", 10, 22, Scene.label(dim));
    svg.append("</svg>");
    return svg + "<p class=\"applet-fallback-caption\">" + Html.escape(caption) + "</p>";
  }

  /** "u = (1, 0, 1) and v = (0, 1, 1) span a plane through the origin (dimension 2); ...". */
  static String caption(Span3dMath s) {
    StringBuilder sb = new StringBuilder();
    int k = s.count();
    for (int i = 0; i < k; i++) {
      if (i > 0) {
        sb.append(i == k - 1 ? " and " : ", ");
      }
      Fraction[] v = s.vector(i);
      sb.append(Span3dMath.NAMES[i])
          .append(" = (")
          .append(v[0])
          .append(", ")
          .append(v[1])
          .append(", ")
          .append(v[2])
          .append(')');
    }
    String[] what = {
      "only the origin",
      "a line through the origin",
      "a plane through the origin",
      "all of 3-D space"
    };
    sb.append(" span ")
        .append(what[s.dimension()])
        .append(" (dimension ")
        .append(s.dimension())
        .append("); they are ");
    if (s.independent()) {
      sb.append("independent.");
    } else {
      sb.append("dependent: ").append(s.relation()).append('.');
    }
    return sb.toString();
  }

  private static void line(StringBuilder svg, String cls, double[] p, double[] q, String dash) {
    svg.append("<line");
    if (cls != null) {
      svg.append(" class=\"").append(cls).append('"');
    }
    if (dash != null) {
      svg.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    svg.append(" x1=\"")
        .append(Num.short2(p[0]))
        .append("\" y1=\"")
        .append(Num.short2(p[1]))
        .append("\" x2=\"")
        .append(Num.short2(q[0]))
        .append("\" y2=\"")
        .append(Num.short2(q[1]))
        .append("\"/>");
  }

  private static void text(StringBuilder svg, String cls, double x, double y, String words) {
    svg.append("<text");
    if (cls != null) {
      svg.append(" class=\"").append(cls).append('"');
    }
    svg.append(" x=\"")
        .append(Num.short2(x))
        .append("\" y=\"")
        .append(Num.short2(y))
        .append("\">")
        .append(Html.escape(words))
        .append("</text>");
  }
}
