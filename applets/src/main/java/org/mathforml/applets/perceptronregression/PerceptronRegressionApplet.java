package org.mathforml.applets.perceptronregression;

import java.util.Map;
import org.mathforml.applets.catalog.DataSyntax;
import org.mathforml.applets.components.Attrs;
import org.mathforml.applets.components.Dom;
import org.mathforml.applets.components.MathReadout;
import org.mathforml.applets.components.Mathml;
import org.mathforml.applets.components.Num;
import org.mathforml.applets.components.Palette;
import org.mathforml.applets.components.Slider;
import org.teavm.jso.dom.xml.Element;

/**
 * {@code perceptron-regression}: one neuron ŷ = w · z + b trained by gradient descent on house
 * prices, with one input (size) or two (size and rooms), standardised. Step, Train 100 steps and
 * Reset buttons and a learning-rate slider drive it; the data with the current prediction line (one
 * input) or predicted against actual prices (two inputs) and the loss per epoch are drawn live.
 * Readout hooks: {@code data-epoch}, {@code data-loss}, {@code data-w1}, {@code data-w2} (empty
 * with one input), {@code data-b} (weights on the standardised inputs), {@code data-slope1}, {@code
 * data-slope2}, {@code data-intercept} (the same model in the original units), {@code data-rate};
 * all numbers rounded to 2 decimals with {@code Num.short2}.
 */
public final class PerceptronRegressionApplet {
  static final int BATCH = 100;

  private final double[][] rows;
  private final Perceptron model;
  private final Chart scatter;
  private final Chart lossChart;
  private final Element[] predicted;
  private final Element fitLine;
  private final Element lossLine;
  private final Element lossNow;
  private final MathReadout readout;
  private double rate;
  private double[] losses = new double[256];
  private int lossAxisEpochs;

  private PerceptronRegressionApplet(Element host, Map<String, String> a) {
    rows = DataSyntax.parse(a.get("data"));
    int inputs = (int) Attrs.number(a, "inputs");
    if (inputs != 1 && inputs != 2) {
      throw new IllegalArgumentException("inputs must be 1 (size) or 2 (size and rooms)");
    }
    rate = Attrs.number(a, "rate");
    int n = rows.length;
    double[][] x = new double[n][inputs];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < inputs; j++) {
        x[i][j] = rows[i][j];
      }
      y[i] = rows[i][2];
    }
    model = new Perceptron(x, y);

    Element root = Dom.html("div", "applet-perceptron-regression");
    scatter =
        new Chart(
            260,
            inputs == 1
                ? "House prices against size, with the neuron's current prediction line"
                : "Predicted price against actual price; a perfect model puts every house on the"
                    + " dashed diagonal",
            "applet-perceptron-data");
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
    double y0 = Math.floor(pmin / 50) * 50;
    double y1 = Math.ceil(pmax / 50) * 50;
    if (inputs == 1) {
      double x0 = Math.floor(smin / 20) * 20;
      double x1 = Math.ceil(smax / 20) * 20;
      scatter.axes(x0, x1, 20, y0, y1, 50, "size (m²)", "price (thousands)");
      fitLine = Dom.svg("line", "applet-line " + Palette.seriesClass(1));
      scatter.line(fitLine, x0, 0, x1, 0);
      scatter.layer().appendChild(fitLine);
    } else {
      scatter.axes(y0, y1, 50, y0, y1, 50, "actual price", "predicted price");
      Element diagonal = Dom.svg("line", "applet-line applet-perceptron-diagonal");
      diagonal.setAttribute("stroke-dasharray", Palette.dash(2));
      scatter.line(diagonal, y0, y0, y1, y1);
      scatter.layer().appendChild(diagonal);
      fitLine = null;
    }
    predicted = new Element[n];
    for (int i = 0; i < n; i++) {
      Element dot =
          scatter.point(rows[i][inputs == 1 ? 0 : 2], rows[i][2], "applet-perceptron-point");
      scatter.layer().appendChild(dot);
      predicted[i] = dot;
    }
    lossChart = new Chart(170, "Loss after each epoch of training", "applet-perceptron-loss");
    lossLine = Dom.svg("polyline", "applet-line " + Palette.seriesClass(2));
    lossLine.setAttribute("fill", "none");
    lossChart.layer().appendChild(lossLine);
    lossNow = Dom.svg("circle", "applet-perceptron-loss-now");
    lossNow.setAttribute("r", "3.5");
    lossChart.layer().appendChild(lossNow);

    Element controls = Dom.html("div", "applet-controls");
    controls.setAttribute("role", "group");
    controls.setAttribute("aria-label", "Training");
    Element step = button("Step", "step");
    Element train = button("Train " + BATCH + " steps", "train");
    Element reset = button("Reset", "reset");
    Dom.on(step, "click", e -> train(1));
    Dom.on(train, "click", e -> train(BATCH));
    Dom.on(reset, "click", e -> reset());
    controls.appendChild(step);
    controls.appendChild(train);
    controls.appendChild(reset);
    Slider slider =
        new Slider(
            "rate",
            "Learning rate α",
            0.01,
            1,
            0.01,
            rate,
            v -> {
              rate = v;
              render();
            });
    controls.appendChild(slider.element());
    readout = new MathReadout(3);

    Element plots = Dom.html("div", "applet-perceptron-plots");
    plots.appendChild(scatter.element());
    plots.appendChild(lossChart.element());
    root.appendChild(plots);
    root.appendChild(controls);
    root.appendChild(readout.element());
    host.appendChild(root);
    losses[0] = model.loss();
    render();
  }

  public static void mount(Element host, Map<String, String> attributes) {
    new PerceptronRegressionApplet(host, attributes);
  }

  private static Element button(String text, String action) {
    Element b = Dom.text("button", "applet-button", text);
    b.setAttribute("type", "button");
    b.setAttribute("data-action", action);
    return b;
  }

  private void train(int steps) {
    for (int k = 0; k < steps; k++) {
      model.step(rate);
      int e = model.epoch();
      if (e >= losses.length) {
        double[] bigger = new double[losses.length * 2];
        System.arraycopy(losses, 0, bigger, 0, losses.length);
        losses = bigger;
      }
      losses[e] = model.loss();
    }
    render();
  }

  private void reset() {
    model.reset();
    losses[0] = model.loss();
    render();
  }

  private void render() {
    int inputs = model.inputs();
    if (inputs == 1) {
      double x0 = Math.floor(min(0) / 20) * 20;
      double x1 = Math.ceil(max(0) / 20) * 20;
      double m = model.slope(0);
      double c = model.intercept();
      scatter.line(fitLine, x0, m * x0 + c, x1, m * x1 + c);
    } else {
      for (int i = 0; i < rows.length; i++) {
        predicted[i].setAttribute("cy", Num.short2(scatter.sy(model.predict(i))));
      }
    }
    int epoch = model.epoch();
    int span = Math.max(BATCH, (epoch + BATCH - 1) / BATCH * BATCH);
    if (span != lossAxisEpochs) {
      lossAxisEpochs = span;
      double top = losses[0];
      double step = Math.pow(10, Math.floor(Math.log(top) / Math.log(10)));
      double yTop = Math.ceil(top / step) * step;
      lossChart.axes(0, span, span / 4, 0, yTop, yTop / 4, "epoch", "loss L");
    }
    lossLine.setAttribute("points", lossChart.polyline(losses, epoch + 1));
    double loss = model.loss();
    lossNow.setAttribute("cx", Num.short2(lossChart.sx(epoch)));
    lossNow.setAttribute("cy", Num.short2(lossChart.sy(Math.min(loss, losses[0]))));
    String w1 = Num.short2(model.weight(0));
    String w2 = inputs == 2 ? Num.short2(model.weight(1)) : "";
    String b = Num.short2(model.bias());
    readout.data("epoch", Integer.toString(epoch));
    readout.data("loss", Num.short2(loss));
    readout.data("w1", w1);
    readout.data("w2", w2);
    readout.data("b", b);
    readout.data("slope1", Num.short2(model.slope(0)));
    readout.data("slope2", inputs == 2 ? Num.short2(model.slope(1)) : "");
    readout.data("intercept", Num.short2(model.intercept()));
    readout.data("rate", Num.short2(rate));
    readout.line(
        0,
        Mathml.escape("Epoch " + epoch + ", learning rate ")
            + Mathml.math(Mathml.id("α", false) + Mathml.op("=") + Mathml.decimal(Num.short2(rate)))
            + Mathml.escape(", loss ")
            + Mathml.math(
                Mathml.id("L", false) + Mathml.op("=") + Mathml.decimal(Num.short2(loss))));
    String model1 =
        Mathml.id("ŷ", false)
            + Mathml.op("=")
            + Mathml.decimal(w1)
            + sub("z", "1")
            + (inputs == 2 ? Mathml.op("+") + Mathml.decimal(w2) + sub("z", "2") : "")
            + Mathml.op("+")
            + Mathml.decimal(b);
    readout.line(1, Mathml.escape("Neuron on the scaled inputs: ") + Mathml.math(model1));
    String units =
        Mathml.text("price")
            + Mathml.op("≈")
            + Mathml.decimal(Num.short2(model.slope(0)))
            + Mathml.op("⋅")
            + Mathml.text("size")
            + (inputs == 2
                ? Mathml.op("+")
                    + Mathml.decimal(Num.short2(model.slope(1)))
                    + Mathml.op("⋅")
                    + Mathml.text("rooms")
                : "")
            + Mathml.op("+")
            + Mathml.decimal(Num.short2(model.intercept()));
    readout.line(2, Mathml.escape("In the original units: ") + Mathml.math(units));
  }

  private static String sub(String base, String index) {
    return "<msub><mi>" + base + "</mi><mn>" + index + "</mn></msub>";
  }

  private double min(int j) {
    double m = Double.MAX_VALUE;
    for (double[] r : rows) {
      m = Math.min(m, r[j]);
    }
    return m;
  }

  private double max(int j) {
    double m = -Double.MAX_VALUE;
    for (double[] r : rows) {
      m = Math.max(m, r[j]);
    }
    return m;
  }
}
