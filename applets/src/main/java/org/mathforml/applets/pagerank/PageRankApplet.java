package org.mathforml.applets.pagerank;

import java.util.Map;
import org.mathforml.applets.components.Attrs;
import org.mathforml.applets.components.Dom;
import org.mathforml.applets.components.MathReadout;
import org.mathforml.applets.components.Mathml;
import org.mathforml.applets.components.Num;
import org.mathforml.applets.components.Slider;
import org.teavm.jso.dom.xml.Element;

/**
 * {@code page-rank}: a small web ({@link Web}) drawn as pages on a circle with link arrows, a
 * damping slider and buttons Step, Run 10 steps and Reset for the power iteration r_{k+1} = G r_k.
 * The ranks show as labelled bars with numbers, as a MathML column and in the readout.
 *
 * <p>Test hooks on {@code .applet-readout}: {@code data-step} (k), {@code data-ranks} (r_k,
 * comma-separated, 4 decimals, in page order), {@code data-pages} (the page names,
 * comma-separated), {@code data-damping}, {@code data-change} (L1 change of the last step, 4
 * decimals) and {@code data-converged} ({@code true} once the change is below 1e-6). Buttons {@code
 * button[data-action=step|run|reset]}, slider {@code input[name=damping]}.
 */
public final class PageRankApplet {

  static final double CONVERGED = 1e-6;
  private static final double SIZE = 300;
  private static final double CENTER = 150;
  private static final double RADIUS = 105;
  private static final double NODE = 22;
  private static final double BAR_WIDTH = 170;

  private final Web web;
  private final int n;
  private final double[] xs;
  private final double[] ys;
  private final Element[] nodes;
  private final Element[] bars;
  private final Element[] barTexts;
  private final MathReadout readout = new MathReadout(3);
  private double damping;
  private double[] g;
  private double[] r;
  private int step;
  private double change = Double.NaN;

  private PageRankApplet(Element host, Map<String, String> a) {
    web = Web.parse(a.get("links"));
    damping = Attrs.number(a, "damping");
    n = web.size();
    xs = new double[n];
    ys = new double[n];
    for (int i = 0; i < n; i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
      xs[i] = CENTER + RADIUS * Math.cos(angle);
      ys[i] = CENTER + RADIUS * Math.sin(angle);
    }
    Element root = Dom.html("div", "applet-page-rank");
    Element svg = Dom.svg("svg", "applet-web");
    svg.setAttribute("viewBox", "0 0 300 300");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", describe());
    nodes = new Element[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (web.links(i, j)) {
          svg.appendChild(link(i, j, web.links(j, i)));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      Element c = Dom.svg("circle", "applet-web-page");
      Dom.setNumber(c, "cx", xs[i]);
      Dom.setNumber(c, "cy", ys[i]);
      c.setAttribute("r", Num.short2(NODE));
      nodes[i] = c;
      svg.appendChild(c);
      Element t = Dom.svg("text", "applet-web-name");
      Dom.setNumber(t, "x", xs[i]);
      Dom.setNumber(t, "y", ys[i] + 6);
      t.setTextContent(String.valueOf(web.name(i)));
      svg.appendChild(t);
    }
    Element chart = Dom.svg("svg", "applet-rank-bars");
    chart.setAttribute("viewBox", "0 0 260 " + (n * 28 + 4));
    chart.setAttribute("aria-hidden", "true");
    bars = new Element[n];
    barTexts = new Element[n];
    for (int i = 0; i < n; i++) {
      Element label = Dom.svg("text", "applet-rank-name");
      label.setAttribute("x", "4");
      label.setAttribute("y", Integer.toString(i * 28 + 20));
      label.setTextContent(String.valueOf(web.name(i)));
      chart.appendChild(label);
      Element bar = Dom.svg("rect", "applet-rank-bar");
      bar.setAttribute("x", "24");
      bar.setAttribute("y", Integer.toString(i * 28 + 6));
      bar.setAttribute("height", "18");
      bars[i] = bar;
      chart.appendChild(bar);
      Element value = Dom.svg("text", "applet-rank-value");
      value.setAttribute("y", Integer.toString(i * 28 + 20));
      barTexts[i] = value;
      chart.appendChild(value);
    }
    Element controls = Dom.html("div", "applet-controls applet-presets");
    controls.setAttribute("role", "group");
    controls.setAttribute("aria-label", "Power iteration");
    controls.appendChild(button("step", "Step", 1));
    controls.appendChild(button("run", "Run 10 steps", 10));
    controls.appendChild(button("reset", "Reset", 0));
    Slider slider = new Slider("damping", "Damping factor d", 0, 1, 0.05, damping, this::damped);
    Element side = Dom.html("div", "applet-side");
    side.appendChild(slider.element());
    side.appendChild(controls);
    side.appendChild(chart);
    side.appendChild(readout.element());
    Element figure = Dom.html("div", "applet-plot-area");
    figure.appendChild(svg);
    root.appendChild(side);
    root.appendChild(figure);
    host.appendChild(root);
    reset();
  }

  /** The {@code page-rank} factory registered in {@code Registry}. */
  public static void mount(Element host, Map<String, String> attributes) {
    new PageRankApplet(host, attributes);
  }

  private Element button(String action, String text, int steps) {
    Element b = Dom.text("button", "applet-button", text);
    b.setAttribute("type", "button");
    b.setAttribute("data-action", action);
    Dom.on(
        b,
        "click",
        e -> {
          if (steps == 0) {
            reset();
          } else {
            run(steps);
          }
        });
    return b;
  }

  private String describe() {
    StringBuilder sb = new StringBuilder("A web of ").append(n).append(" pages:");
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? " " : "; ").append(web.name(i));
      int out = web.outDegree(i);
      if (out == 0) {
        sb.append(" has no links");
        continue;
      }
      sb.append(" links to");
      for (int j = 0; j < n; j++) {
        if (web.links(i, j)) {
          sb.append(' ').append(web.name(j));
        }
      }
    }
    return sb.append('.').toString();
  }

  /** An arrow from page i to page j, moved aside when j also links back. */
  private Element link(int i, int j, boolean both) {
    double dx = xs[j] - xs[i];
    double dy = ys[j] - ys[i];
    double len = Math.hypot(dx, dy);
    double ux = dx / len;
    double uy = dy / len;
    double off = both ? 5 : 0;
    double px = -uy * off;
    double py = ux * off;
    double x1 = xs[i] + ux * NODE + px;
    double y1 = ys[i] + uy * NODE + py;
    double x2 = xs[j] - ux * (NODE + 2) + px;
    double y2 = ys[j] - uy * (NODE + 2) + py;
    Element group = Dom.svg("g", "applet-web-link");
    group.setAttribute("data-link", web.name(i) + ">" + web.name(j));
    Element line = Dom.svg("line", null);
    Dom.setNumber(line, "x1", x1);
    Dom.setNumber(line, "y1", y1);
    Dom.setNumber(line, "x2", x2 - ux * 8);
    Dom.setNumber(line, "y2", y2 - uy * 8);
    group.appendChild(line);
    Element head = Dom.svg("polygon", null);
    head.setAttribute(
        "points",
        Num.short2(x2)
            + ","
            + Num.short2(y2)
            + " "
            + Num.short2(x2 - ux * 10 - uy * 5)
            + ","
            + Num.short2(y2 - uy * 10 + ux * 5)
            + " "
            + Num.short2(x2 - ux * 10 + uy * 5)
            + ","
            + Num.short2(y2 - uy * 10 - ux * 5));
    group.appendChild(head);
    return group;
  }

  private void damped(double value) {
    damping = value;
    reset();
  }

  private void reset() {
    g = web.google(damping);
    r = web.uniform();
    step = 0;
    change = Double.NaN;
    render();
  }

  private void run(int steps) {
    for (int k = 0; k < steps; k++) {
      double[] next = Web.step(g, r);
      change = Web.change(next, r);
      r = next;
      step++;
    }
    render();
  }

  private boolean converged() {
    return change == change && change < CONVERGED;
  }

  private void render() {
    StringBuilder ranks = new StringBuilder();
    StringBuilder pages = new StringBuilder();
    StringBuilder column = new StringBuilder("<mtable class=\"applet-bracketed\">");
    for (int i = 0; i < n; i++) {
      String v = Web.fixed4(r[i]);
      if (i > 0) {
        ranks.append(',');
        pages.append(',');
      }
      ranks.append(v);
      pages.append(web.name(i));
      column.append("<mtr><mtd>").append(Mathml.decimal(v)).append("</mtd></mtr>");
      double w = BAR_WIDTH * r[i];
      Dom.setNumber(bars[i], "width", w);
      Dom.setNumber(barTexts[i], "x", 30 + w);
      barTexts[i].setTextContent(v);
      Dom.setNumber(nodes[i], "r", NODE * (0.7 + 1.2 * r[i]));
    }
    column.append("</mtable>");
    boolean done = converged();
    readout.data("step", Integer.toString(step));
    readout.data("pages", pages.toString());
    readout.data("ranks", ranks.toString());
    readout.data("damping", Num.short2(damping));
    readout.data("change", change == change ? Web.fixed4(change) : "");
    readout.data("converged", done ? "true" : "false");
    readout.line(
        0,
        Mathml.math(
            "<msub><mi mathvariant=\"bold\">r</mi><mn>"
                + step
                + "</mn></msub>"
                + Mathml.op("=")
                + column));
    String changeText;
    if (step == 0) {
      changeText =
          "Step 0 (d = " + Num.short2(damping) + "): every page starts with rank 1/" + n + ".";
    } else {
      changeText =
          "Step "
              + step
              + " (d = "
              + Num.short2(damping)
              + "): the vector changed by "
              + (change >= 0.0001 ? Web.fixed4(change) : "less than 0.0001")
              + " (sum of the absolute changes).";
    }
    readout.line(1, Mathml.escape(changeText));
    if (done) {
      int[] order = Web.order(r);
      StringBuilder words = new StringBuilder("Converged (change below 0.000001). Ranking: ");
      for (int k = 0; k < n; k++) {
        int i = order[k];
        if (k > 0) {
          words.append(k == n - 1 ? ", and last " : ", then ");
        }
        words.append(web.name(i)).append(" (").append(Web.fixed4(r[i])).append(')');
      }
      words.append('.');
      readout.line(2, Mathml.escape(words.toString()));
    } else {
      readout.line(2, "");
    }
  }
}
