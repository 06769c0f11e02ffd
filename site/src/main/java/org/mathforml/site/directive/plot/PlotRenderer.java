package org.mathforml.site.directive.plot;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link PlotSpec} as an inline {@code <svg>} with JFreeSVG, at build time.
 *
 * <p>The result is meant to be pasted into HTML: no XML declaration, {@code role="img"} with {@code
 * aria-labelledby} naming a {@code <title>} (the caption) and a {@code <desc>} (the plot in words),
 * a {@code viewBox} with {@code width="100%"} and a {@code max-width} so it shrinks on phones, and
 * colours from the site's CSS variables (see {@link Ink}). The output is a pure function of the
 * spec and the id prefix: coordinates are rounded to 2 decimals with a locale-free formatter and no
 * font on the build machine is consulted.
 */
public final class PlotRenderer {

  /** The id prefix used by {@link #toSvg(PlotSpec)}. */
  public static final String DEFAULT_ID_PREFIX = "plot";

  private static final Font TICK_FONT =
      new Font(Font.SANS_SERIF, Font.PLAIN, (int) Layout.TICK_FONT);
  private static final Font LABEL_FONT =
      new Font(Font.SANS_SERIF, Font.PLAIN, (int) Layout.LABEL_FONT);
  private static final BasicStroke HAIRLINE = new BasicStroke(1f);
  private static final BasicStroke MARKER_OUTLINE = new BasicStroke(1f);
  private static final double SEGMENT_END_RADIUS = 3;
  private static final double ARROW_HEAD_LENGTH = 10;

  private final PlotSpec spec;
  private final Layout layout;
  private final SVGGraphics2D g;
  private final LabelPlacer labels;

  private PlotRenderer(PlotSpec spec, String idPrefix) {
    this.spec = spec;
    this.layout = spec.layout();
    this.g = new SVGGraphics2D(layout.width, layout.totalHeight);
    g.setDefsKeyPrefix(idPrefix + "-"); // clip-path ids, unique per page like ours
    g.setGeomDoubleConverter(SvgText::coordinate);
    g.setTransformDoubleConverter(SvgText::coordinate);
    g.setCheckStrokeControlHint(false);
    this.labels = new LabelPlacer(layout.left, layout.top, layout.right(), layout.bottom());
  }

  /** Same as {@code toSvg(spec, "plot")}; use the two-argument form for several plots on a page. */
  public static String toSvg(PlotSpec spec) {
    return toSvg(spec, DEFAULT_ID_PREFIX);
  }

  /**
   * Returns the plot as an inline SVG element whose ids all start with {@code idPrefix + "-"}: its
   * title is {@code idPrefix-title}, its description {@code idPrefix-desc}, its clip path {@code
   * idPrefix-clip-0}. The {@code <svg>} element itself has no id, so the prefix can also be the id
   * of an enclosing element.
   *
   * @param idPrefix a letter followed by letters, digits, '-' or '_', e.g. "plot-3"
   */
  public static String toSvg(PlotSpec spec, String idPrefix) {
    if (!isValidId(idPrefix)) {
      throw new IllegalArgumentException("not a usable id prefix: \"" + idPrefix + "\"");
    }
    return new PlotRenderer(spec, idPrefix).render(idPrefix);
  }

  private String render(String id) {
    drawGrid();
    drawSeries();
    drawPoints();
    drawTickLabels();
    drawAxisLabels();
    drawLegend();
    String body =
        g.getSVGElement(id, false, new ViewBox(0, 0, layout.width, layout.totalHeight), null, null);
    body = body.substring(body.indexOf('>') + 1); // JFreeSVG's root; ours follows
    // Opacity 1 is the default; JFreeSVG spells it out on every shape.
    body = body.replace(";stroke-opacity:1.0", "").replace(" fill-opacity: 1.0;", "");
    String title = id + "-title";
    String desc = id + "-desc";
    // No id on the <svg> itself: callers tend to give the prefix to the enclosing <figure>.
    String root =
        "<svg xmlns='http://www.w3.org/2000/svg' class='plot'"
            + " role='img' aria-labelledby='"
            + title
            + " "
            + desc
            + "'"
            + " viewBox='0 0 "
            + layout.width
            + " "
            + SvgText.coordinate(layout.totalHeight)
            + "'"
            + " width='100%' style='max-width:"
            + layout.width
            + "px;height:auto'>"
            + "<title id='"
            + title
            + "'>"
            + SvgText.escape(spec.caption())
            + "</title>"
            + "<desc id='"
            + desc
            + "'>"
            + SvgText.escape(Describer.describe(spec))
            + "</desc>";
    return Ink.themed(root + body);
  }

  // ---- frame, grid and axes ----

  private void drawGrid() {
    double left = layout.left;
    double right = layout.right();
    double top = layout.top;
    double bottom = layout.bottom();
    // One <path> per layer rather than a <line> each: the same picture in a third the bytes.
    begin("grid");
    g.setStroke(HAIRLINE);
    g.setColor(Ink.BORDER.sentinel);
    Path2D grid =
        new Path2D.Double(new Rectangle2D.Double(left, top, layout.plotWidth, layout.plotHeight));
    for (double x : layout.xTicks.values()) {
      segment(grid, layout.px(x), top, layout.px(x), bottom);
    }
    for (double y : layout.yTicks.values()) {
      segment(grid, left, layout.py(y), right, layout.py(y));
    }
    g.draw(grid);
    end();

    // Axes: through the origin when it is in range, else along the bottom/left edge.
    begin("axes");
    g.setColor(Ink.FG.sentinel);
    double xAxis = spec.yMin() <= 0 && 0 <= spec.yMax() ? layout.py(0) : bottom;
    double yAxis = spec.xMin() <= 0 && 0 <= spec.xMax() ? layout.px(0) : left;
    Path2D axes = new Path2D.Double();
    segment(axes, left, xAxis, right, xAxis);
    segment(axes, yAxis, top, yAxis, bottom);
    g.draw(axes);
    labels.addPolyline(left, xAxis, right, xAxis);
    labels.addPolyline(yAxis, top, yAxis, bottom);
    // Ticks point outwards from the bottom and left edges, beside their labels.
    g.setColor(Ink.MUTED.sentinel);
    Path2D ticks = new Path2D.Double();
    for (double x : layout.xTicks.values()) {
      segment(ticks, layout.px(x), bottom, layout.px(x), bottom + Layout.TICK_LENGTH);
    }
    for (double y : layout.yTicks.values()) {
      segment(ticks, left - Layout.TICK_LENGTH, layout.py(y), left, layout.py(y));
    }
    g.draw(ticks);
    end();
  }

  private static void segment(Path2D path, double x1, double y1, double x2, double y2) {
    path.moveTo(x1, y1);
    path.lineTo(x2, y2);
  }

  private void drawTickLabels() {
    g.setFont(TICK_FONT);
    g.setColor(Ink.MUTED.sentinel);
    begin("tick-labels", "text-anchor", "middle");
    float baseline =
        (float) (layout.bottom() + Layout.TICK_LENGTH + Layout.TICK_GAP + Layout.TICK_FONT * 0.8);
    List<String> xLabels = layout.xTicks.labels();
    for (int i = 0; i < xLabels.size(); i++) {
      g.drawString(xLabels.get(i), (float) layout.px(layout.xTicks.values().get(i)), baseline);
    }
    end();
    begin("tick-labels", "text-anchor", "end");
    float right = (float) (layout.left - Layout.TICK_LENGTH - Layout.TICK_GAP);
    List<String> yLabels = layout.yTicks.labels();
    for (int i = 0; i < yLabels.size(); i++) {
      float y = (float) (layout.py(layout.yTicks.values().get(i)) + Layout.TICK_FONT * 0.35);
      g.drawString(yLabels.get(i), right, y);
    }
    end();
  }

  private void drawAxisLabels() {
    g.setFont(LABEL_FONT);
    g.setColor(Ink.FG.sentinel);
    if (!spec.xLabel().isEmpty()) {
      begin("axis-label", "text-anchor", "middle");
      g.drawString(
          spec.xLabel(), (float) (layout.left + layout.plotWidth / 2), (float) (layout.height - 8));
      end();
    }
    if (!spec.yLabel().isEmpty()) {
      begin("axis-label");
      g.drawString(spec.yLabel(), (float) layout.left, (float) (layout.top - 10));
      end();
    }
  }

  // ---- series ----

  private void drawSeries() {
    g.setClip(new Rectangle2D.Double(layout.left, layout.top, layout.plotWidth, layout.plotHeight));
    List<PlotElement> elements = spec.elements();
    int stroked = 0;
    for (int i = 0; i < elements.size(); i++) {
      PlotElement element = elements.get(i);
      if (element instanceof PlotElement.Point) {
        continue;
      }
      begin("series " + SeriesStyle.dashName(stroked));
      g.setColor(Ink.series(stroked).sentinel);
      g.setStroke(SeriesStyle.stroke(stroked));
      if (element instanceof PlotElement.Line line) {
        drawLine(line);
      } else if (element instanceof PlotElement.FunctionGraph graph) {
        drawCurve(graph);
      } else {
        drawSegment((PlotElement.Segment) element);
      }
      end();
      stroked++;
    }
    g.setClip(null);
  }

  private void drawLine(PlotElement.Line line) {
    double a = line.a();
    double b = line.b();
    double c = line.c();
    // A point on the line and its direction (b, -a); clip the whole line to the ranges.
    double norm = a * a + b * b;
    double x0 = a * c / norm;
    double y0 = b * c / norm;
    double[] t =
        Clip.line(
            x0,
            y0,
            b,
            -a,
            spec.xMin(),
            spec.xMax(),
            spec.yMin(),
            spec.yMax(),
            Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY);
    if (t != null) {
      drawPolyline(
          layout.px(x0 + b * t[0]),
          layout.py(y0 - a * t[0]),
          layout.px(x0 + b * t[1]),
          layout.py(y0 - a * t[1]));
    }
  }

  private void drawCurve(PlotElement.FunctionGraph graph) {
    Path2D path = new Path2D.Double();
    for (double[] run : CurveSampler.polylines(graph, layout)) {
      labels.addPolyline(run);
      path.moveTo(run[0], run[1]);
      for (int j = 2; j < run.length; j += 2) {
        path.lineTo(run[j], run[j + 1]);
      }
    }
    g.draw(path);
  }

  private void drawSegment(PlotElement.Segment s) {
    double dx = s.x2() - s.x1();
    double dy = s.y2() - s.y1();
    double[] t =
        Clip.line(s.x1(), s.y1(), dx, dy, spec.xMin(), spec.xMax(), spec.yMin(), spec.yMax(), 0, 1);
    if (t == null) {
      return;
    }
    drawPolyline(
        layout.px(s.x1() + dx * t[0]),
        layout.py(s.y1() + dy * t[0]),
        layout.px(s.x1() + dx * t[1]),
        layout.py(s.y1() + dy * t[1]));
    if (s.arrow()) {
      if (t[1] == 1) {
        arrowHead(layout.px(s.x1()), layout.py(s.y1()), layout.px(s.x2()), layout.py(s.y2()));
      }
      return;
    }
    for (double end : new double[] {0, 1}) {
      if (end >= t[0] && end <= t[1]) {
        double px = layout.px(s.x1() + dx * end);
        double py = layout.py(s.y1() + dy * end);
        double r = SEGMENT_END_RADIUS;
        g.fill(new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r));
      }
    }
  }

  // A filled head at (x2, y2), pointing away from (x1, y1), drawn solid whatever the dash.
  private void arrowHead(double x1, double y1, double x2, double y2) {
    double length = Math.hypot(x2 - x1, y2 - y1);
    double ux = (x2 - x1) / length;
    double uy = (y2 - y1) / length;
    double back = Math.min(ARROW_HEAD_LENGTH, length / 2);
    double half = back * 0.45;
    Path2D head = new Path2D.Double();
    head.moveTo(x2, y2);
    head.lineTo(x2 - ux * back - uy * half, y2 - uy * back + ux * half);
    head.lineTo(x2 - ux * back + uy * half, y2 - uy * back - ux * half);
    head.closePath();
    g.fill(head);
  }

  /** Draws a straight line and remembers it, so point labels can keep clear of it. */
  private void drawPolyline(double x1, double y1, double x2, double y2) {
    g.draw(new Line2D.Double(x1, y1, x2, y2));
    labels.addPolyline(x1, y1, x2, y2);
  }

  private void drawPoints() {
    List<PlotElement> elements = spec.elements();
    int curves = 0;
    for (PlotElement element : elements) {
      if (element instanceof PlotElement.Point point) {
        labels.addMarker(layout.px(point.x()), layout.py(point.y()));
      } else {
        curves++;
      }
    }
    int ordinal = 0;
    for (int i = 0; i < elements.size(); i++) {
      if (!(elements.get(i) instanceof PlotElement.Point point)) {
        continue;
      }
      double px = layout.px(point.x());
      double py = layout.py(point.y());
      begin("point " + SeriesStyle.markerName(ordinal));
      // Colours continue after the curves' so a point rarely shares its line's colour, and
      // an outline in the text colour keeps it visible when it does.
      Shape marker = SeriesStyle.marker(ordinal, px, py);
      g.setColor(Ink.series(curves + ordinal).sentinel);
      g.fill(marker);
      g.setColor(Ink.FG.sentinel);
      g.setStroke(MARKER_OUTLINE);
      g.draw(marker);
      if (!point.label().isEmpty()) {
        drawPointLabel(point.label(), px, py);
      }
      end();
      ordinal++;
    }
  }

  private void drawPointLabel(String label, double px, double py) {
    g.setFont(LABEL_FONT);
    g.setColor(Ink.FG.sentinel);
    double width = SvgText.estimateWidth(label, Layout.LABEL_FONT);
    double[] at = labels.place(px, py, width, Layout.LABEL_FONT);
    g.drawString(label, (float) at[0], (float) at[1]);
    // Later labels keep clear of this one too.
    double top = at[1] - Layout.LABEL_FONT * 0.75;
    double bottom = at[1] + Layout.LABEL_FONT * 0.25;
    labels.addPolyline(at[0], top, at[0] + width, bottom);
    labels.addPolyline(at[0], bottom, at[0] + width, top);
  }

  // ---- legend ----

  private void drawLegend() {
    if (layout.legend.isEmpty()) {
      return;
    }
    begin("legend");
    g.setFont(LABEL_FONT);
    List<PlotElement> elements = spec.elements();
    int stroked = 0;
    int slot = 0;
    for (int i = 0; i < elements.size(); i++) {
      PlotElement element = elements.get(i);
      if (element instanceof PlotElement.Point) {
        continue;
      }
      if (!element.label().isEmpty()) {
        Layout.LegendSlot at = layout.legend.get(slot++);
        g.setColor(Ink.series(stroked).sentinel);
        g.setStroke(SeriesStyle.stroke(stroked));
        g.draw(new Line2D.Double(at.x(), at.y(), at.x() + Layout.LEGEND_SAMPLE, at.y()));
        g.setColor(Ink.FG.sentinel);
        g.drawString(
            element.label(),
            (float) (at.x() + Layout.LEGEND_SAMPLE + Layout.LEGEND_TEXT_GAP),
            (float) (at.y() + Layout.LABEL_FONT * 0.35));
      }
      stroked++;
    }
    end();
  }

  // ---- helpers ----

  /** Opens a {@code <g class=...>} (and any further attribute pairs) via JFreeSVG's hint. */
  private void begin(String cssClass, String... attributes) {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("class", cssClass);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      map.put(attributes[i], attributes[i + 1]);
    }
    g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, map);
  }

  private void end() {
    g.setRenderingHint(SVGHints.KEY_END_GROUP, "end");
  }

  static boolean isValidId(String id) {
    if (id == null || id.isEmpty() || !isAsciiLetter(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
