package org.mathforml.applets.components;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.xml.Element;

/**
 * A handle on a {@link CoordinatePlane} that the reader moves with a mouse, finger or pen (pointer
 * events with capture) or, once focused with Tab, with the arrow keys (shift: bigger steps).
 * Positions snap to a grid; the owner decides whether a move is accepted.
 */
public final class DraggablePoint {

  /** Receives proposed positions (plane units, already snapped and clamped). */
  public interface MoveListener {
    /** Returns true to accept the move; the owner then calls {@link #moveTo}. */
    boolean moved(DraggablePoint point, double x, double y);
  }

  private final CoordinatePlane plane;
  private final Element group;
  private final double snap;
  private final double bigStep;
  private final MoveListener listener;
  private double x;
  private double y;
  private int activePointer = -1;

  /**
   * @param className extra classes besides {@code applet-handle}
   * @param snap grid step for dragging and arrow keys
   * @param bigStep arrow-key step with shift held
   */
  public DraggablePoint(
      CoordinatePlane plane, String className, double snap, double bigStep, MoveListener listener) {
    this.plane = plane;
    this.snap = snap;
    this.bigStep = bigStep;
    this.listener = listener;
    group = Dom.svg("g", "applet-handle " + className);
    group.setAttribute("tabindex", "0");
    group.setAttribute("role", "button");
    group.setAttribute("aria-roledescription", "draggable point");
    Element hit = Dom.svg("circle", "applet-handle-hit");
    hit.setAttribute("r", "18");
    Element dot = Dom.svg("circle", "applet-handle-dot");
    dot.setAttribute("r", "7");
    group.appendChild(hit);
    group.appendChild(dot);
    plane.handlesLayer().appendChild(group);
    Dom.on(group, "pointerdown", this::onDown);
    Dom.on(group, "pointermove", this::onMove);
    Dom.on(group, "pointerup", this::onUp);
    Dom.on(group, "pointercancel", this::onUp);
    Dom.on(group, "keydown", this::onKey);
    // CSS touch-action is ignored on SVG children in Chromium: without this a finger drag
    // turns into a page scroll after a few pixels and the pointer is cancelled. Only touches
    // that start on a handle are affected; the rest of the plot still scrolls the page.
    Dom.on(group, "touchstart", Dom::preventDefault);
  }

  public Element element() {
    return group;
  }

  public double x() {
    return x;
  }

  public double y() {
    return y;
  }

  /** Moves the handle (no callback) and sets its accessible label. */
  public void moveTo(double x, double y, String ariaLabel) {
    this.x = x;
    this.y = y;
    Viewport v = plane.viewport();
    group.setAttribute(
        "transform", "translate(" + Num.short2(v.toSvgX(x)) + " " + Num.short2(v.toSvgY(y)) + ")");
    group.setAttribute("aria-label", ariaLabel);
  }

  private void onDown(Event e) {
    PointerEvent p = (PointerEvent) e;
    if (p.getButton() != 0) {
      return;
    }
    activePointer = p.getPointerId();
    Pointers.capture(group, activePointer);
    Dom.toggleClass(group, "applet-dragging", true);
    Dom.focus(group);
    Dom.preventDefault(e);
  }

  private void onMove(Event e) {
    PointerEvent p = (PointerEvent) e;
    if (activePointer < 0 || p.getPointerId() != activePointer) {
      return;
    }
    Pointers.SvgPoint s = Pointers.toSvg(plane.element(), p.getClientX(), p.getClientY());
    Viewport v = plane.viewport();
    double nx = v.fromSvgX(s.getX());
    double ny = v.fromSvgY(s.getY());
    if (Double.isNaN(nx) || Double.isNaN(ny)) {
      return;
    }
    propose(nx, ny);
    Dom.preventDefault(e);
  }

  private void onUp(Event e) {
    PointerEvent p = (PointerEvent) e;
    if (p.getPointerId() == activePointer) {
      Pointers.release(group, activePointer);
      activePointer = -1;
      Dom.toggleClass(group, "applet-dragging", false);
    }
  }

  private void onKey(Event e) {
    KeyboardEvent k = (KeyboardEvent) e;
    double step = k.isShiftKey() ? bigStep : snap;
    String key = k.getKey();
    double dx = 0;
    double dy = 0;
    if ("ArrowLeft".equals(key)) {
      dx = -step;
    } else if ("ArrowRight".equals(key)) {
      dx = step;
    } else if ("ArrowUp".equals(key)) {
      dy = step;
    } else if ("ArrowDown".equals(key)) {
      dy = -step;
    } else {
      return;
    }
    Dom.preventDefault(e);
    propose(x + dx, y + dy);
  }

  private void propose(double nx, double ny) {
    Viewport v = plane.viewport();
    // Clamp to the grid points inside the window so positions stay on the grid.
    double sx =
        Viewport.clamp(
            Viewport.snap(nx, snap),
            Math.ceil(v.xmin() / snap) * snap,
            Math.floor(v.xmax() / snap) * snap);
    double sy =
        Viewport.clamp(
            Viewport.snap(ny, snap),
            Math.ceil(v.ymin() / snap) * snap,
            Math.floor(v.ymax() / snap) * snap);
    if (sx == x && sy == y) {
      return;
    }
    listener.moved(this, sx, sy);
  }
}
