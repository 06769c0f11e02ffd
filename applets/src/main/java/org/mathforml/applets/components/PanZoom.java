package org.mathforml.applets.components;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.xml.Element;

/**
 * Lets the reader move and zoom a {@link CoordinatePlane}: drag the background (mouse, one finger,
 * pen), pinch with two fingers, turn the wheel (once the plot has focus, or with Ctrl as trackpads
 * send for a pinch; otherwise the page scrolls), or, with the plot focused, press + and - to zoom,
 * the arrow keys to pan and 0 to reset. Three buttons (zoom in, zoom out, reset view) do the same
 * for readers who use none of these. Zoom stays between {@link #MAX_ZOOM} times in and out of the
 * starting window. Handles keep working: a press on a handle never pans.
 */
public final class PanZoom {

  /** How far in or out of the starting window the reader may zoom. */
  public static final double MAX_ZOOM = 8;

  private static final double KEY_ZOOM = 1.25;

  private final CoordinatePlane plane;
  private final Viewport home;
  private final Element svg;
  private final Element toolbar;
  // At most two pointers (pan, pinch): ids and last positions in SVG user units.
  private final int[] ids = {-1, -1};
  private final double[] sx = new double[2];
  private final double[] sy = new double[2];

  private PanZoom(CoordinatePlane plane) {
    this.plane = plane;
    this.home = plane.viewport();
    this.svg = plane.element();
    svg.setAttribute("tabindex", "0");
    svg.setAttribute("aria-keyshortcuts", "+ - 0 ArrowLeft ArrowRight ArrowUp ArrowDown");
    svg.setAttribute(
        "aria-description", "Plus and minus zoom, arrow keys move the view, 0 resets it.");
    Dom.toggleClass(svg, "applet-zoomable", true);
    Dom.on(svg, "pointerdown", this::onDown);
    Dom.on(svg, "pointermove", this::onMove);
    Dom.on(svg, "pointerup", this::onUp);
    Dom.on(svg, "pointercancel", this::onUp);
    Dom.on(svg, "wheel", this::onWheel);
    Dom.on(svg, "keydown", this::onKey);
    toolbar = Dom.html("div", "applet-view-tools");
    toolbar.setAttribute("role", "group");
    toolbar.setAttribute("aria-label", "View");
    toolbar.appendChild(button("+", "Zoom in", "zoom-in"));
    toolbar.appendChild(button("\u2212", "Zoom out", "zoom-out"));
    toolbar.appendChild(button("Reset view", null, "reset"));
  }

  /** Makes plane movable; returns the toolbar (zoom in, zoom out, reset) to place near it. */
  public static PanZoom attach(CoordinatePlane plane) {
    return new PanZoom(plane);
  }

  public Element toolbar() {
    return toolbar;
  }

  /** Back to the starting window. */
  public void reset() {
    plane.setViewport(home);
  }

  /** Zooms by factor about the window's centre (clamped to the allowed range). */
  public void zoom(double factor) {
    Viewport v = plane.viewport();
    zoomAbout(factor, (v.xmin() + v.xmax()) / 2, (v.ymin() + v.ymax()) / 2);
  }

  private void zoomAbout(double factor, double cx, double cy) {
    Viewport v = plane.viewport();
    double width = v.width() / factor;
    width = Viewport.clamp(width, home.width() / MAX_ZOOM, home.width() * MAX_ZOOM);
    double f = v.width() / width;
    if (Math.abs(f - 1) < 1e-9) {
      return;
    }
    plane.setViewport(v.zoomed(f, cx, cy));
  }

  private Element button(String text, String label, String action) {
    Element b = Dom.text("button", "applet-button applet-view-" + action, text);
    b.setAttribute("type", "button");
    if (label != null) {
      b.setAttribute("aria-label", label);
      b.setAttribute("title", label);
    }
    Dom.on(
        b,
        "click",
        e -> {
          if (action.equals("reset")) {
            reset();
          } else {
            zoom(action.equals("zoom-in") ? KEY_ZOOM : 1 / KEY_ZOOM);
          }
        });
    return b;
  }

  private void onDown(Event e) {
    PointerEvent p = (PointerEvent) e;
    if (p.getButton() != 0 || Dom.closest(target(e), ".applet-handle") != null) {
      return;
    }
    int slot = ids[0] < 0 ? 0 : ids[1] < 0 ? 1 : -1;
    if (slot < 0) {
      return;
    }
    Pointers.SvgPoint s = Pointers.toSvg(svg, p.getClientX(), p.getClientY());
    ids[slot] = p.getPointerId();
    sx[slot] = s.getX();
    sy[slot] = s.getY();
    Pointers.capture(svg, p.getPointerId());
    Dom.focus(svg);
    Dom.toggleClass(svg, "applet-panning", true);
    Dom.preventDefault(e);
  }

  private void onMove(Event e) {
    PointerEvent p = (PointerEvent) e;
    int slot = p.getPointerId() == ids[0] ? 0 : p.getPointerId() == ids[1] ? 1 : -1;
    if (slot < 0) {
      return;
    }
    Pointers.SvgPoint s = Pointers.toSvg(svg, p.getClientX(), p.getClientY());
    double nx = s.getX();
    double ny = s.getY();
    if (Double.isNaN(nx) || Double.isNaN(ny)) {
      return;
    }
    Viewport v = plane.viewport();
    int other = 1 - slot;
    if (ids[other] >= 0) {
      // Pinch: the midpoint follows the fingers, the distance sets the zoom.
      double before = Math.hypot(sx[slot] - sx[other], sy[slot] - sy[other]);
      double after = Math.hypot(nx - sx[other], ny - sy[other]);
      double mx = (sx[slot] + sx[other]) / 2;
      double my = (sy[slot] + sy[other]) / 2;
      double nmx = (nx + sx[other]) / 2;
      double nmy = (ny + sy[other]) / 2;
      Viewport moved = v.panned(-(nmx - mx) / v.scale(), (nmy - my) / v.scale());
      plane.setViewport(moved);
      if (before > 1 && after > 1) {
        zoomAbout(after / before, moved.fromSvgX(nmx), moved.fromSvgY(nmy));
      }
    } else {
      plane.setViewport(v.panned(-(nx - sx[slot]) / v.scale(), (ny - sy[slot]) / v.scale()));
    }
    sx[slot] = nx;
    sy[slot] = ny;
    Dom.preventDefault(e);
  }

  private void onUp(Event e) {
    PointerEvent p = (PointerEvent) e;
    for (int i = 0; i < 2; i++) {
      if (ids[i] == p.getPointerId()) {
        Pointers.release(svg, ids[i]);
        ids[i] = -1;
      }
    }
    if (ids[0] < 0 && ids[1] < 0) {
      Dom.toggleClass(svg, "applet-panning", false);
    }
  }

  private void onWheel(Event e) {
    WheelEvent w = (WheelEvent) e;
    if (!w.isCtrlKey() && !containsFocus(svg)) {
      return;
    }
    Pointers.SvgPoint s = Pointers.toSvg(svg, w.getClientX(), w.getClientY());
    Viewport v = plane.viewport();
    double dy = Viewport.clamp(w.getDeltaY(), -200, 200);
    zoomAbout(Math.exp(-dy * 0.002), v.fromSvgX(s.getX()), v.fromSvgY(s.getY()));
    Dom.preventDefault(e);
  }

  private void onKey(Event e) {
    if (target(e) != svg) {
      return; // keys pressed on a handle move the handle
    }
    KeyboardEvent k = (KeyboardEvent) e;
    String key = k.getKey();
    Viewport v = plane.viewport();
    double step = v.gridStep();
    if ("+".equals(key) || "=".equals(key)) {
      zoom(KEY_ZOOM);
    } else if ("-".equals(key) || "_".equals(key)) {
      zoom(1 / KEY_ZOOM);
    } else if ("0".equals(key)) {
      reset();
    } else if ("ArrowLeft".equals(key)) {
      plane.setViewport(v.panned(-step, 0));
    } else if ("ArrowRight".equals(key)) {
      plane.setViewport(v.panned(step, 0));
    } else if ("ArrowUp".equals(key)) {
      plane.setViewport(v.panned(0, step));
    } else if ("ArrowDown".equals(key)) {
      plane.setViewport(v.panned(0, -step));
    } else {
      return;
    }
    Dom.preventDefault(e);
  }

  @JSBody(params = "e", script = "return e.target;")
  private static native Element target(Event e);

  @JSBody(params = "el", script = "return el.contains(document.activeElement);")
  private static native boolean containsFocus(Element el);

  /** The parts of WheelEvent used here. */
  interface WheelEvent extends Event {
    @JSProperty
    double getDeltaY();

    @JSProperty
    double getClientX();

    @JSProperty
    double getClientY();

    @JSProperty("ctrlKey")
    boolean isCtrlKey();
  }
}
