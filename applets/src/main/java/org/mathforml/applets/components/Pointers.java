package org.mathforml.applets.components;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.xml.Element;

/** Pointer capture and client-to-SVG mapping, missing from teavm-jso-apis 0.15. */
public final class Pointers {

  private Pointers() {}

  /** Captures further events of this pointer on el (ignored where unsupported). */
  @JSBody(
      params = {"el", "id"},
      script = "try { if (el.setPointerCapture) el.setPointerCapture(id); } catch (e) {}")
  public static native void capture(Element el, int id);

  @JSBody(
      params = {"el", "id"},
      script =
          "try { if (el.releasePointerCapture) el.releasePointerCapture(id); }" + " catch (e) {}")
  public static native void release(Element el, int id);

  /**
   * Maps a client (CSS pixel) position into the user coordinates of an SVG element, using the
   * inverse screen transform so viewBox scaling and preserveAspectRatio are honoured. Returns an
   * SVGPoint read through {@link SvgPoint}.
   */
  @JSBody(
      params = {"svg", "x", "y"},
      script =
          "var m = svg.getScreenCTM();"
              + "if (!m) return {x: NaN, y: NaN};"
              + "var p = svg.createSVGPoint(); p.x = x; p.y = y;"
              + "return p.matrixTransform(m.inverse());")
  public static native SvgPoint toSvg(Element svg, double x, double y);

  /** A point in SVG user units. */
  public interface SvgPoint extends JSObject {
    @JSProperty
    double getX();

    @JSProperty
    double getY();
  }
}
