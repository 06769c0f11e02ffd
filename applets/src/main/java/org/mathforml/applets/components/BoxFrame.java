package org.mathforml.applets.components;

import org.teavm.jso.dom.xml.Element;

/** Draws a {@link Box3D}'s edges and its labelled axes into two SVG groups. */
public final class BoxFrame {

  private BoxFrame() {}

  /** Replaces the content of {@code edges} and {@code axes}; {@code names} are the axes' labels. */
  public static void draw(Box3D box, Element edges, Element axes, String[] names) {
    Dom.clear(edges);
    Dom.clear(axes);
    for (int i = 0; i < Box3D.EDGES.length; i++) {
      double[][] e = box.edge(i);
      edges.appendChild(segment(e[0], e[1]));
    }
    for (int k = 0; k < 3; k++) {
      double[][] ends = box.axis(k);
      axes.appendChild(segment(ends[0], ends[1]));
      double[] at = Box3D.axisLabel(ends[1]);
      Element t = Dom.svg("text");
      Dom.setNumber(t, "x", at[0]);
      Dom.setNumber(t, "y", at[1]);
      t.setTextContent(names[k]);
      axes.appendChild(t);
    }
  }

  private static Element segment(double[] p, double[] q) {
    Element l = Dom.svg("line");
    Dom.setNumber(l, "x1", p[0]);
    Dom.setNumber(l, "y1", p[1]);
    Dom.setNumber(l, "x2", q[0]);
    Dom.setNumber(l, "y2", q[1]);
    return l;
  }
}
