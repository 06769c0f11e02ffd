package org.mathforml.applets.components;

import org.mathforml.mathlib.Fraction;
import org.teavm.jso.dom.xml.Element;

/**
 * A vector the reader moves by its head: an {@link Arrow} from a tail (the origin unless {@link
 * #setTail} says otherwise) plus a {@link DraggablePoint} on the head (mouse, touch, pen; arrow
 * keys when focused, shift for big steps). Heads snap to the grid {@code snap}, so coordinates are
 * exact fractions; the accessible name says the current components, e.g. "vector u = (2, -1/2)".
 */
public final class DraggableVector {

  /** Receives a proposed head (exact, on the grid); return true to accept. */
  public interface Listener {
    boolean moved(DraggableVector vector, Fraction x, Fraction y);
  }

  private final Arrow arrow;
  private final DraggablePoint handle;
  private final String name;
  private final double snap;
  private Fraction tailX = Fraction.ZERO;
  private Fraction tailY = Fraction.ZERO;
  private Fraction x = Fraction.ZERO;
  private Fraction y = Fraction.ZERO;

  /**
   * @param name the label and accessible name, e.g. "u"
   * @param series palette series 1..4
   * @param snap grid step, 1/k for a whole k (0.5, 0.25, 1)
   * @param bigStep shift+arrow step
   */
  public DraggableVector(
      CoordinatePlane plane,
      String name,
      int series,
      double snap,
      double bigStep,
      Listener listener) {
    this.name = name;
    this.snap = snap;
    arrow = new Arrow(plane, plane.marksLayer(), series, name);
    handle =
        new DraggablePoint(
            plane,
            Palette.seriesClass(series) + " applet-vector-handle",
            snap,
            bigStep,
            (p, px, py) ->
                listener.moved(
                    this,
                    Grid.fraction(px, snap).subtract(tailX),
                    Grid.fraction(py, snap).subtract(tailY)));
    handle.element().setAttribute("data-vector", name);
    handle.element().setAttribute("aria-roledescription", "draggable vector");
  }

  public Element handleElement() {
    return handle.element();
  }

  public Arrow arrow() {
    return arrow;
  }

  public String name() {
    return name;
  }

  /** Components of the vector (head minus tail). */
  public Fraction x() {
    return x;
  }

  public Fraction y() {
    return y;
  }

  /** Moves the tail (the vector keeps its components). */
  public void setTail(Fraction tx, Fraction ty) {
    tailX = tx;
    tailY = ty;
    redraw();
  }

  /** Sets the components (no callback) and redraws. */
  public void set(Fraction nx, Fraction ny) {
    x = nx;
    y = ny;
    redraw();
  }

  /** Redraws in the plane's current window. */
  public void redraw() {
    double tx = tailX.doubleValue();
    double ty = tailY.doubleValue();
    double hx = tx + x.doubleValue();
    double hy = ty + y.doubleValue();
    arrow.set(tx, ty, hx, hy);
    handle.moveTo(hx, hy, "vector " + name + " = (" + x + ", " + y + ")");
    handle.element().setAttribute("data-x", x.toString());
    handle.element().setAttribute("data-y", y.toString());
  }

  /**
   * Draws the arrow with components (dx, dy) for an animation frame, without changing {@link #x()},
   * {@link #y()} or the accessible name; the next {@link #set} or {@link #redraw} puts it back.
   */
  public void drawAt(double dx, double dy) {
    double tx = tailX.doubleValue();
    double ty = tailY.doubleValue();
    arrow.set(tx, ty, tx + dx, ty + dy);
    handle.moveTo(tx + dx, ty + dy, "vector " + name + " = (" + x + ", " + y + ")");
  }

  /** Grid step of the head. */
  public double snap() {
    return snap;
  }
}
