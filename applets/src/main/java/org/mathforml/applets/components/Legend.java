package org.mathforml.applets.components;

import org.teavm.jso.dom.xml.Element;

/**
 * The key under a plot: one entry per series, each a short sample line in the series colour and
 * dash pattern plus a text label, so meaning never rests on colour alone. Hidden from screen
 * readers, whose readout says the same in words.
 */
public final class Legend {

  private Legend() {}

  /**
   * @param labels one label per series, e.g. "line 2: dashed"
   * @param dashes SVG stroke-dasharray per series, or null for a solid line
   */
  public static Element of(String[] labels, String[] dashes) {
    Element p = Dom.html("p", "applet-legend");
    p.setAttribute("aria-hidden", "true");
    for (int i = 0; i < labels.length; i++) {
      Element item = Dom.html("span", "applet-legend-item applet-series-" + (i + 1));
      Element sample = Dom.svg("svg", "applet-legend-sample");
      sample.setAttribute("viewBox", "0 0 32 8");
      Element l = Dom.svg("line", "applet-line applet-series-" + (i + 1));
      l.setAttribute("x1", "0");
      l.setAttribute("y1", "4");
      l.setAttribute("x2", "32");
      l.setAttribute("y2", "4");
      if (dashes[i] != null) {
        l.setAttribute("stroke-dasharray", dashes[i]);
      }
      sample.appendChild(l);
      item.appendChild(sample);
      Dom.appendText(item, labels[i]);
      p.appendChild(item);
    }
    return p;
  }
}
