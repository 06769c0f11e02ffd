package org.mathforml.applets.components;

import org.teavm.jso.JSBody;

/**
 * The one palette of the applets. Colours are the site's CSS custom properties ({@code
 * --series-1..4}, {@code --accent}, {@code --fg}, {@code --muted}), reached through the classes
 * {@code applet-series-k}, so light and dark mode both work. Each series also has a dash pattern
 * and a marker shape, and every mark gets a text label, so colour is never the only carrier:
 *
 * <table>
 *   <caption>Series</caption>
 *   <tr><th>k</th><th>colour</th><th>stroke</th><th>marker</th></tr>
 *   <tr><td>1</td><td>--series-1</td><td>solid</td><td>circle</td></tr>
 *   <tr><td>2</td><td>--series-2</td><td>dashed 8 5</td><td>square</td></tr>
 *   <tr><td>3</td><td>--series-3</td><td>dotted 2 4</td><td>diamond</td></tr>
 *   <tr><td>4</td><td>--series-4</td><td>dash-dot 12 4 2 4</td><td>triangle</td></tr>
 * </table>
 */
public final class Palette {

  private static final String[] DASHES = {null, "8 5", "2 4", "12 4 2 4"};
  private static final String[] DASH_NAMES = {"solid", "dashed", "dotted", "dash-dot"};
  private static final String[] MARKERS = {"circle", "square", "diamond", "triangle"};

  private Palette() {}

  /** Number of series (1..SERIES). */
  public static final int SERIES = 4;

  /** The CSS class carrying series k's colour, e.g. "applet-series-2". */
  public static String seriesClass(int k) {
    return "applet-series-" + check(k);
  }

  /** SVG stroke-dasharray of series k, or null for solid. */
  public static String dash(int k) {
    return DASHES[check(k) - 1];
  }

  /** "solid", "dashed", "dotted" or "dash-dot": for legends and accessible names. */
  public static String dashName(int k) {
    return DASH_NAMES[check(k) - 1];
  }

  /** "circle", "square", "diamond" or "triangle". */
  public static String marker(int k) {
    return MARKERS[check(k) - 1];
  }

  /** Applies series k's dash pattern to an SVG stroke element. */
  public static void applyDash(org.teavm.jso.dom.xml.Element el, int k) {
    String d = dash(k);
    if (d == null) {
      el.removeAttribute("stroke-dasharray");
    } else {
      el.setAttribute("stroke-dasharray", d);
    }
  }

  /** True when the reader asked for reduced motion: animations must then jump to their end. */
  @JSBody(
      script =
          "return !!(window.matchMedia"
              + " && window.matchMedia('(prefers-reduced-motion: reduce)').matches);")
  public static native boolean reducedMotion();

  private static int check(int k) {
    if (k < 1 || k > SERIES) {
      throw new IllegalArgumentException("no series " + k);
    }
    return k;
  }
}
