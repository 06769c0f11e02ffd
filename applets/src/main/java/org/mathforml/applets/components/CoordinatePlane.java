package org.mathforml.applets.components;

import org.teavm.jso.dom.xml.Element;

/**
 * An SVG coordinate plane: grid, axes with tick labels and empty layers (lines, points, handles)
 * for an applet to draw into. The viewBox scales with the container, so the same drawing is crisp
 * on a 360px phone and on a desktop, at any device pixel ratio (vector strokes, non-scaling).
 *
 * <p>The window can change after construction ({@link #setViewport}, or the reader through {@link
 * PanZoom}): the grid is redrawn and every {@link ViewListener} is told, so the applet redraws its
 * marks in the new window.
 */
public final class CoordinatePlane {
  /** Tick labels closer than this to the window's edge (user units) are left out. */
  private static final double EDGE = 10;

  /** Told after the window changed (pan, zoom, reset). */
  public interface ViewListener {
    void viewChanged(Viewport view);
  }

  private Viewport view;
  private final Element svg;
  private Element gridLayer;
  private final java.util.List<ViewListener> viewListeners = new java.util.ArrayList<>();
  private final Element lines;
  private final Element marks;
  private final Element handles;

  /**
   * @param label accessible name of the figure, e.g. "Coordinate plane with two lines"
   */
  public CoordinatePlane(Viewport view, String label) {
    this.view = view;
    svg = Dom.svg("svg", "applet-plot");
    svg.setAttribute(
        "viewBox", "0 0 " + Num.short2(Viewport.WIDTH) + " " + Num.short2(view.height()));
    svg.setAttribute("role", "group");
    svg.setAttribute("aria-label", label);
    Element clip = Dom.svg("clipPath");
    String clipId = "applet-clip-" + (++counter);
    clip.setAttribute("id", clipId);
    Element rect = Dom.svg("rect");
    rect.setAttribute("width", Num.short2(Viewport.WIDTH));
    rect.setAttribute("height", Num.short2(view.height()));
    clip.appendChild(rect);
    svg.appendChild(clip);
    gridLayer = Dom.svg("g", "applet-layer-grid");
    svg.appendChild(gridLayer);
    drawGrid();
    lines = Dom.svg("g", "applet-layer-lines");
    lines.setAttribute("clip-path", "url(#" + clipId + ")");
    marks = Dom.svg("g", "applet-layer-marks");
    handles = Dom.svg("g", "applet-layer-handles");
    svg.appendChild(lines);
    svg.appendChild(marks);
    svg.appendChild(handles);
  }

  private static int counter;

  public Element element() {
    return svg;
  }

  public Viewport viewport() {
    return view;
  }

  /**
   * Shows another window of the same aspect ratio (the viewBox height is kept), redraws the grid
   * and tells the view listeners.
   */
  public void setViewport(Viewport next) {
    view = next;
    Dom.clear(gridLayer);
    drawGrid();
    svg.setAttribute(
        "data-view",
        Num.short2(next.xmin())
            + " "
            + Num.short2(next.xmax())
            + " "
            + Num.short2(next.ymin())
            + " "
            + Num.short2(next.ymax()));
    for (int i = 0; i < viewListeners.size(); i++) {
      viewListeners.get(i).viewChanged(next);
    }
  }

  public void addViewListener(ViewListener listener) {
    viewListeners.add(listener);
  }

  /** Layer for lines and curves (clipped to the window). */
  public Element linesLayer() {
    return lines;
  }

  /** Layer for marked points and their labels. */
  public Element marksLayer() {
    return marks;
  }

  /** Top layer for draggable handles. */
  public Element handlesLayer() {
    return handles;
  }

  /** Sets the endpoints of an SVG line element from plane coordinates. */
  public void place(Element line, double x1, double y1, double x2, double y2) {
    Dom.setNumber(line, "x1", view.toSvgX(x1));
    Dom.setNumber(line, "y1", view.toSvgY(y1));
    Dom.setNumber(line, "x2", view.toSvgX(x2));
    Dom.setNumber(line, "y2", view.toSvgY(y2));
  }

  private void drawGrid() {
    double step = view.gridStep();
    Element grid = Dom.svg("g", "applet-grid");
    grid.setAttribute("aria-hidden", "true");
    Element axes = Dom.svg("g", "applet-axes");
    axes.setAttribute("aria-hidden", "true");
    Element labels = Dom.svg("g", "applet-ticks");
    labels.setAttribute("aria-hidden", "true");
    double h = view.height();
    // Where the axes sit (on the window edge when 0 is outside it).
    double axisY = view.toSvgY(Viewport.clamp(0, view.ymin(), view.ymax()));
    double axisX = view.toSvgX(Viewport.clamp(0, view.xmin(), view.xmax()));
    int first = (int) Math.ceil(view.xmin() / step - 1e-9);
    int last = (int) Math.floor(view.xmax() / step + 1e-9);
    for (int k = first; k <= last; k++) {
      double x = k * step;
      double sx = view.toSvgX(x);
      grid.appendChild(segment(sx, 0, sx, h));
      // no label on the window's edge, where half of it would be cut off
      if (k != 0 && k % 2 == 0 && sx > EDGE && sx < Viewport.WIDTH - EDGE) {
        labels.appendChild(label(sx, Math.min(axisY + 14, h - 3), Num.short2(x), "middle"));
      }
    }
    first = (int) Math.ceil(view.ymin() / step - 1e-9);
    last = (int) Math.floor(view.ymax() / step + 1e-9);
    for (int k = first; k <= last; k++) {
      double y = k * step;
      double sy = view.toSvgY(y);
      grid.appendChild(segment(0, sy, Viewport.WIDTH, sy));
      if (k != 0 && k % 2 == 0 && sy > EDGE && sy < h - EDGE) {
        labels.appendChild(label(Math.max(axisX - 4, 22), sy + 4, Num.short2(y), "end"));
      }
    }
    axes.appendChild(segment(0, axisY, Viewport.WIDTH, axisY));
    axes.appendChild(segment(axisX, 0, axisX, h));
    labels.appendChild(label(Viewport.WIDTH - 4, axisY - 6, "x", "end"));
    labels.appendChild(label(axisX + 6, 12, "y", "start"));
    gridLayer.appendChild(grid);
    gridLayer.appendChild(axes);
    gridLayer.appendChild(labels);
  }

  private static Element segment(double x1, double y1, double x2, double y2) {
    Element l = Dom.svg("line");
    Dom.setNumber(l, "x1", x1);
    Dom.setNumber(l, "y1", y1);
    Dom.setNumber(l, "x2", x2);
    Dom.setNumber(l, "y2", y2);
    return l;
  }

  /** An SVG text element at (sx, sy) in user units. */
  public static Element label(double sx, double sy, String text, String anchor) {
    Element t = Dom.svg("text");
    Dom.setNumber(t, "x", sx);
    Dom.setNumber(t, "y", sy);
    t.setAttribute("text-anchor", anchor);
    t.setTextContent(text);
    return t;
  }
}
