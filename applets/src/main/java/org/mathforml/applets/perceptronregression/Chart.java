package org.mathforml.applets.perceptronregression;

import org.mathforml.applets.components.Dom;
import org.mathforml.applets.components.Num;
import org.teavm.jso.dom.xml.Element;

/**
 * A small SVG chart with independent x and y scales (the toolkit's plane has one scale for both
 * axes, which does not suit m² against thousands): a frame, a few tick labels, axis titles and
 * layers to draw points and lines into.
 */
final class Chart {
  static final double W = 400;
  static final double LEFT = 46;
  static final double BOTTOM = 34;
  static final double TOP = 10;
  static final double RIGHT = 10;

  private static int counter;

  private final Element svg;
  private final Element axes;
  private final Element layer;
  private final double h;
  private double xmin;
  private double xmax;
  private double ymin;
  private double ymax;

  Chart(double height, String label, String className) {
    h = height;
    svg = Dom.svg("svg", "applet-plot " + className);
    svg.setAttribute("viewBox", "0 0 " + Num.short2(W) + " " + Num.short2(h));
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", label);
    axes = Dom.svg("g", "applet-ticks");
    layer = Dom.svg("g", "applet-layer-lines");
    Element clip = Dom.svg("clipPath");
    String id = "applet-chart-clip-" + (++counter);
    clip.setAttribute("id", id);
    Element rect = Dom.svg("rect");
    rect.setAttribute("x", Num.short2(LEFT));
    rect.setAttribute("y", Num.short2(TOP));
    rect.setAttribute("width", Num.short2(W - LEFT - RIGHT));
    rect.setAttribute("height", Num.short2(h - TOP - BOTTOM));
    clip.appendChild(rect);
    svg.appendChild(clip);
    layer.setAttribute("clip-path", "url(#" + id + ")");
    svg.appendChild(axes);
    svg.appendChild(layer);
  }

  Element element() {
    return svg;
  }

  Element layer() {
    return layer;
  }

  /** Sets the ranges and redraws the frame with ticks every xStep / yStep. */
  void axes(
      double x0,
      double x1,
      double xStep,
      double y0,
      double y1,
      double yStep,
      String xt,
      String yt) {
    xmin = x0;
    xmax = x1;
    ymin = y0;
    ymax = y1;
    Dom.clear(axes);
    Element frame = Dom.svg("rect", "applet-axis");
    frame.setAttribute("x", Num.short2(LEFT));
    frame.setAttribute("y", Num.short2(TOP));
    frame.setAttribute("width", Num.short2(W - LEFT - RIGHT));
    frame.setAttribute("height", Num.short2(h - TOP - BOTTOM));
    frame.setAttribute("fill", "none");
    axes.appendChild(frame);
    for (double x = Math.ceil(x0 / xStep) * xStep; x <= x1 + 1e-9; x += xStep) {
      axes.appendChild(text(sx(x), h - BOTTOM + 14, Num.short2(x), "middle"));
    }
    for (double y = Math.ceil(y0 / yStep) * yStep; y <= y1 + 1e-9; y += yStep) {
      axes.appendChild(text(LEFT - 4, sy(y) + 4, Num.short2(y), "end"));
    }
    axes.appendChild(text((LEFT + W - RIGHT) / 2, h - 4, xt, "middle"));
    Element title = text(LEFT + 4, TOP + 12, yt, "start");
    axes.appendChild(title);
  }

  double sx(double x) {
    return LEFT + (x - xmin) / (xmax - xmin) * (W - LEFT - RIGHT);
  }

  double sy(double y) {
    return h - BOTTOM - (y - ymin) / (ymax - ymin) * (h - TOP - BOTTOM);
  }

  /** A point marker with an accessible title. */
  Element point(double x, double y, String className) {
    Element c = Dom.svg("circle", className);
    c.setAttribute("cx", Num.short2(sx(x)));
    c.setAttribute("cy", Num.short2(sy(y)));
    c.setAttribute("r", "4");
    return c;
  }

  /** A segment, clipped by the caller's choice of end points. */
  void line(Element el, double x1, double y1, double x2, double y2) {
    el.setAttribute("x1", Num.short2(sx(x1)));
    el.setAttribute("y1", Num.short2(sy(y1)));
    el.setAttribute("x2", Num.short2(sx(x2)));
    el.setAttribute("y2", Num.short2(sy(y2)));
  }

  /** SVG polyline points for (xs[i], ys[i]), i < n, with y clamped into the frame. */
  String polyline(double[] ys, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double y = Math.max(ymin, Math.min(ymax, ys[i]));
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(Num.short2(sx(i))).append(',').append(Num.short2(sy(y)));
    }
    return sb.toString();
  }

  private static Element text(double x, double y, String s, String anchor) {
    Element t = Dom.svg("text", "applet-tick");
    t.setAttribute("x", Num.short2(x));
    t.setAttribute("y", Num.short2(y));
    t.setAttribute("text-anchor", anchor);
    Dom.appendText(t, s);
    return t;
  }
}
