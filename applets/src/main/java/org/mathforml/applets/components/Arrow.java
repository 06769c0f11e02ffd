package org.mathforml.applets.components;

import org.teavm.jso.dom.xml.Element;

/**
 * A vector drawn as an arrow from a tail to a head in plane units, with a filled head and a text
 * label near the head, in a {@link Palette} series (colour, dash pattern). Not interactive; see
 * {@link DraggableVector} for one the reader moves.
 */
public final class Arrow {

  private static final double HEAD_LENGTH = 11;
  private static final double HEAD_HALF_WIDTH = 5.5;

  private final CoordinatePlane plane;
  private final Element group;
  private final Element shaft;
  private final Element head;
  private final Element label;
  private double x1;
  private double y1;
  private double x2;
  private double y2;
  private double side = 1;

  /**
   * @param layer where to draw, e.g. {@code plane.linesLayer()}
   * @param series 1..{@link Palette#SERIES}
   * @param text the label, e.g. "u"
   */
  public Arrow(CoordinatePlane plane, Element layer, int series, String text) {
    this.plane = plane;
    group = Dom.svg("g", "applet-arrow " + Palette.seriesClass(series));
    shaft = Dom.svg("line", "applet-arrow-shaft");
    Palette.applyDash(shaft, series);
    head = Dom.svg("polygon", "applet-arrow-head");
    label = Dom.svg("text", "applet-arrow-label");
    label.setAttribute("aria-hidden", "true");
    label.setTextContent(text);
    group.appendChild(shaft);
    group.appendChild(head);
    group.appendChild(label);
    layer.appendChild(group);
  }

  public Element element() {
    return group;
  }

  /** Puts the label on the right of the direction of travel instead of the left. */
  public void labelOnRight(boolean right) {
    side = right ? -1 : 1;
  }

  public void setLabel(String text) {
    label.setTextContent(text);
  }

  public void setVisible(boolean visible) {
    if (visible) {
      group.removeAttribute("visibility");
    } else {
      group.setAttribute("visibility", "hidden");
    }
  }

  /** Draws the arrow from (x1, y1) to (x2, y2), plane units. */
  public void set(double x1, double y1, double x2, double y2) {
    this.x1 = x1;
    this.y1 = y1;
    this.x2 = x2;
    this.y2 = y2;
    redraw();
  }

  /** Redraws in the plane's current window (after a pan or zoom). */
  public void redraw() {
    Viewport v = plane.viewport();
    double ax = v.toSvgX(x1);
    double ay = v.toSvgY(y1);
    double bx = v.toSvgX(x2);
    double by = v.toSvgY(y2);
    double dx = bx - ax;
    double dy = by - ay;
    double len = Math.sqrt(dx * dx + dy * dy);
    if (len < 1e-6) {
      shaft.setAttribute("visibility", "hidden");
      head.setAttribute("visibility", "hidden");
      placeLabel(bx + 8, by - 8);
      return;
    }
    shaft.removeAttribute("visibility");
    head.removeAttribute("visibility");
    double ux = dx / len;
    double uy = dy / len;
    double headLen = Math.min(HEAD_LENGTH, len * 0.6);
    double baseX = bx - ux * headLen;
    double baseY = by - uy * headLen;
    Dom.setNumber(shaft, "x1", ax);
    Dom.setNumber(shaft, "y1", ay);
    Dom.setNumber(shaft, "x2", baseX);
    Dom.setNumber(shaft, "y2", baseY);
    double w = HEAD_HALF_WIDTH * headLen / HEAD_LENGTH;
    head.setAttribute(
        "points",
        Num.short2(bx)
            + ","
            + Num.short2(by)
            + " "
            + Num.short2(baseX - uy * w)
            + ","
            + Num.short2(baseY + ux * w)
            + " "
            + Num.short2(baseX + uy * w)
            + ","
            + Num.short2(baseY - ux * w));
    // Label beside the head, on the left of the direction of travel (or the right).
    placeLabel(bx + ux * 10 + side * uy * 14, by + uy * 10 - side * ux * 14 + 4);
  }

  private void placeLabel(double x, double y) {
    Dom.setNumber(label, "x", Viewport.clamp(x, 8, Viewport.WIDTH - 8));
    Dom.setNumber(label, "y", Viewport.clamp(y, 14, plane.viewport().height() - 4));
  }
}
