package org.mathforml.applets.components;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.xml.Element;

/**
 * Turns a {@link Box3D} view with the pointer and the keyboard: dragging the picture across turns
 * it about the vertical axis (half a degree per CSS pixel), up and down tilts it (a third of a
 * degree); on the focused picture the left and right arrows turn it by 5 degrees (15 with Shift),
 * up and down tilt it, Home goes back to the start. The picture gets {@code tabindex=0} and {@code
 * data-angle}/{@code data-elevation} hooks; the listener redraws after each change.
 */
public final class Turner {

  /** Called after the view turned. */
  public interface Listener {
    void turned();
  }

  private final Box3D box;
  private final Element svg;
  private final Listener listener;
  private final double startAngle;
  private int dragPointer = -1;
  private double dragX;
  private double dragY;
  private double dragAngle;
  private double dragElevation;

  private Turner(Box3D box, Element svg, Listener listener) {
    this.box = box;
    this.svg = svg;
    this.listener = listener;
    this.startAngle = box.angle();
    svg.setAttribute("tabindex", "0");
    hooks();
    Dom.on(svg, "pointerdown", this::dragStart);
    Dom.on(svg, "pointermove", this::dragMove);
    Dom.on(svg, "pointerup", this::dragEnd);
    Dom.on(svg, "pointercancel", this::dragEnd);
    Dom.on(svg, "keydown", this::key);
  }

  /** Makes svg turn box; the listener redraws. */
  public static Turner attach(Box3D box, Element svg, Listener listener) {
    return new Turner(box, svg, listener);
  }

  /** Turns the view to (angle, elevation), wrapping and clamping, and tells the listener. */
  public void view(double angle, double elevation) {
    box.setAngle(Box3D.wrap(angle));
    box.setElevation(elevation);
    hooks();
    listener.turned();
  }

  private void hooks() {
    svg.setAttribute("data-angle", Num.short2(box.angle()));
    svg.setAttribute("data-elevation", Num.short2(box.elevation()));
  }

  private void dragStart(Event e) {
    PointerEvent p = (PointerEvent) e;
    if (p.getButton() != 0) {
      return;
    }
    dragPointer = p.getPointerId();
    dragX = p.getClientX();
    dragY = p.getClientY();
    dragAngle = box.angle();
    dragElevation = box.elevation();
    Pointers.capture(svg, dragPointer);
    Dom.toggleClass(svg, "applet-dragging", true);
    Dom.focus(svg);
    Dom.preventDefault(e);
  }

  private void dragMove(Event e) {
    PointerEvent p = (PointerEvent) e;
    if (dragPointer < 0 || p.getPointerId() != dragPointer) {
      return;
    }
    // Half a degree per CSS pixel across, a third of a degree up and down.
    view(dragAngle - (p.getClientX() - dragX) * 0.5, dragElevation + (p.getClientY() - dragY) / 3);
    Dom.preventDefault(e);
  }

  private void dragEnd(Event e) {
    PointerEvent p = (PointerEvent) e;
    if (p.getPointerId() == dragPointer) {
      Pointers.release(svg, dragPointer);
      dragPointer = -1;
      Dom.toggleClass(svg, "applet-dragging", false);
    }
  }

  private void key(Event e) {
    KeyboardEvent k = (KeyboardEvent) e;
    double step = k.isShiftKey() ? 15 : 5;
    String name = k.getKey();
    if ("ArrowLeft".equals(name)) {
      view(box.angle() + step, box.elevation());
    } else if ("ArrowRight".equals(name)) {
      view(box.angle() - step, box.elevation());
    } else if ("ArrowUp".equals(name)) {
      view(box.angle(), box.elevation() + step);
    } else if ("ArrowDown".equals(name)) {
      view(box.angle(), box.elevation() - step);
    } else if ("Home".equals(name)) {
      view(startAngle, Box3D.DEFAULT_ELEVATION);
    } else {
      return;
    }
    Dom.preventDefault(e);
  }
}
