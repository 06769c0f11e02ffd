package org.mathforml.site.directive.applet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mathforml.applets.catalog.DataSyntax;
import org.mathforml.mathlib.ml.LinearRegression;
import org.mathforml.site.directive.plot.PlotException;
import org.mathforml.site.directive.plot.PlotRenderer;
import org.mathforml.site.directive.plot.PlotSpec;
import org.mathforml.site.markdown.Html;

/**
 * The static stand-in of {@code perceptron-regression}: the houses and the least-squares model
 * (mathlib's {@code LinearRegression.fit}), which is where the neuron's training ends. One input:
 * price against size with the fitted line; two inputs: predicted against actual price with the
 * diagonal.
 */
final class PerceptronFallback {
  private PerceptronFallback() {}

  static String render(Map<String, String> a, String id) {
    double[][] rows = DataSyntax.parse(a.get("data"));
    int inputs = Integer.parseInt(a.get("inputs").trim());
    int n = rows.length;
    double[][] x = new double[n][inputs];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < inputs; j++) {
        x[i][j] = rows[i][j];
      }
      y[i] = rows[i][2];
    }
    LinearRegression fit = LinearRegression.fit(x, y);
    double[] w = fit.weights();
    double pmin = Double.MAX_VALUE;
    double pmax = -Double.MAX_VALUE;
    double smin = Double.MAX_VALUE;
    double smax = -Double.MAX_VALUE;
    for (double[] r : rows) {
      pmin = Math.min(pmin, r[2]);
      pmax = Math.max(pmax, r[2]);
      smin = Math.min(smin, r[0]);
      smax = Math.max(smax, r[0]);
    }
    String py = fmt(Math.floor(pmin / 50) * 50, 0) + ".." + fmt(Math.ceil(pmax / 50) * 50, 0);
    List<String> body = new ArrayList<>();
    Map<String, String> attrs = new LinkedHashMap<>();
    String caption;
    if (inputs == 1) {
      caption =
          "House prices (thousands) against size (m²) and the least-squares line price = "
              + fmt(w[0], 2)
              + " size + "
              + fmt(fit.intercept(), 2)
              + ", where the neuron's training ends.";
      attrs.put("x", fmt(Math.floor(smin / 20) * 20, 0) + ".." + fmt(Math.ceil(smax / 20) * 20, 0));
      attrs.put("y", py);
      attrs.put("xlabel", "size (m²)");
      attrs.put("ylabel", "price (thousands)");
      body.add(
          "line " + fmt(w[0], 6) + ", -1, " + fmt(-fit.intercept(), 6) + " | least-squares line");
      for (double[] r : rows) {
        body.add("point " + fmt(r[0], 0) + ", " + fmt(r[2], 0));
      }
    } else {
      caption =
          "Predicted against actual price (thousands) for the least-squares model price = "
              + fmt(w[0], 2)
              + " size + "
              + fmt(w[1], 2)
              + " rooms + "
              + fmt(fit.intercept(), 2)
              + "; a perfect model would put every house on the diagonal.";
      attrs.put("x", py);
      attrs.put("y", py);
      attrs.put("xlabel", "actual price");
      attrs.put("ylabel", "predicted price");
      body.add("line 1, -1, 0 | predicted = actual");
      for (int i = 0; i < n; i++) {
        body.add("point " + fmt(y[i], 0) + ", " + fmt(fit.predict(x[i]), 2));
      }
    }
    attrs.put("caption", caption);
    try {
      return PlotRenderer.toSvg(PlotSpec.parse(attrs, body), id + "-fallback")
          + "<p class=\"applet-fallback-caption\">"
          + Html.escape(caption)
          + "</p>";
    } catch (PlotException e) {
      throw new IllegalStateException(
          "fallback plot for perceptron-regression is invalid: " + e.getMessage(), e);
    }
  }

  private static String fmt(double v, int decimals) {
    return BigDecimal.valueOf(v)
        .setScale(decimals, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
