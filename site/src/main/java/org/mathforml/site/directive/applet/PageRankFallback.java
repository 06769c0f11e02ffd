package org.mathforml.site.directive.applet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mathforml.applets.pagerank.Web;
import org.mathforml.mathlib.numeric.PageRank;
import org.mathforml.site.directive.plot.PlotException;
import org.mathforml.site.directive.plot.PlotRenderer;
import org.mathforml.site.directive.plot.PlotSpec;
import org.mathforml.site.markdown.Html;

/**
 * The static figure of {@code page-rank}: the pages on a circle with their links as arrows, each
 * page labelled with its final rank from mathlib's {@link PageRank}, and the ranking in the
 * caption. The directive has already checked {@code links} (the catalog's LINKS type).
 */
final class PageRankFallback {
  private PageRankFallback() {}

  static String render(Map<String, String> a, String id) {
    Web web = Web.parse(a.get("links"));
    double damping = Double.parseDouble(a.get("damping"));
    PageRank rank = PageRank.of(web.adjacency(), damping);
    double[] r = rank.ranks().toArray();
    int n = web.size();
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      double angle = Math.PI / 2 - 2 * Math.PI * i / n;
      xs[i] = 2 * Math.cos(angle);
      ys[i] = 2 * Math.sin(angle);
    }
    List<String> body = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (web.links(i, j)) {
          double dx = xs[j] - xs[i];
          double dy = ys[j] - ys[i];
          double len = Math.hypot(dx, dy);
          double s = 0.25 / len;
          body.add(
              "arrow "
                  + f(xs[i] + dx * s)
                  + ", "
                  + f(ys[i] + dy * s)
                  + ", "
                  + f(xs[j] - dx * s)
                  + ", "
                  + f(ys[j] - dy * s)
                  + " | "
                  + web.name(i)
                  + " to "
                  + web.name(j));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      body.add("point " + f(xs[i]) + ", " + f(ys[i]) + " | " + web.name(i) + ": " + f4(r[i]));
    }
    int[] order = Web.order(r);
    StringBuilder caption =
        new StringBuilder("The web of ")
            .append(n)
            .append(" pages; with damping ")
            .append(a.get("damping"))
            .append(" PageRank ranks ");
    for (int k = 0; k < n; k++) {
      int i = order[k];
      if (k > 0) {
        caption.append(k == n - 1 ? " and " : ", ");
      }
      caption.append(web.name(i)).append(" (").append(f4(r[i])).append(')');
    }
    caption.append('.');
    Map<String, String> plot = Map.of("x", "-3..3", "y", "-3..3", "caption", caption.toString());
    try {
      return PlotRenderer.toSvg(PlotSpec.parse(plot, body), id + "-fallback")
          + "<p class=\"applet-fallback-caption\">"
          + Html.escape(caption.toString())
          + "</p>";
    } catch (PlotException e) {
      throw new IllegalStateException(
          "fallback plot for page-rank is invalid: " + e.getMessage(), e);
    }
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String f4(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
