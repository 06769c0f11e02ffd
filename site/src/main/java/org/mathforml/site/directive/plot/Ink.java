package org.mathforml.site.directive.plot;

import java.awt.Color;

/**
 * The colours of a plot, as the site's CSS custom properties.
 *
 * <p>JFreeSVG writes every colour as {@code rgb(r,g,b)} in an inline style, and an inline style
 * beats any stylesheet, so themes cannot recolour its output. We therefore draw with sentinel
 * colours no plot otherwise uses, {@code rgb(1,2,N)}, and replace each sentinel in the finished
 * markup with {@code var(--name, fallback)}. The browser then resolves the variable against {@code
 * :root} or {@code [data-theme=dark]}, so one SVG serves light and dark mode, and the fallback
 * keeps it readable in print, feeds and pasted copies. Rejected: JFreeSVG group hints, which can
 * add attributes to a {@code <g>} but cannot stop each shape from carrying its own {@code
 * stroke:rgb(...)}; and a CSS class per shape, which JFreeSVG cannot emit.
 */
enum Ink {
  FG(10, "--fg", "#1f2328"),
  MUTED(11, "--muted", "#59636e"),
  BORDER(12, "--border", "#d1d9e0"),
  SERIES_1(1, "--series-1", "#1f6feb"),
  SERIES_2(2, "--series-2", "#bc4c00"),
  SERIES_3(3, "--series-3", "#1a7f37"),
  SERIES_4(4, "--series-4", "#8250df");

  private static final Ink[] SERIES = {SERIES_1, SERIES_2, SERIES_3, SERIES_4};

  final Color sentinel;
  final String css;

  Ink(int blue, String property, String fallback) {
    this.sentinel = new Color(1, 2, blue);
    this.css = "var(" + property + ", " + fallback + ")";
  }

  /** Returns the colour of series {@code index} (0-based), cycling through four. */
  static Ink series(int index) {
    return SERIES[index % SERIES.length];
  }

  /** The sentinel as JFreeSVG prints it. */
  String sentinelText() {
    return "rgb(" + sentinel.getRed() + "," + sentinel.getGreen() + "," + sentinel.getBlue() + ")";
  }

  /** Replaces every sentinel in {@code svg} with its CSS variable. */
  static String themed(String svg) {
    String result = svg;
    for (Ink ink : values()) {
      result = result.replace(ink.sentinelText(), ink.css);
    }
    if (result.contains("rgb(")) {
      throw new IllegalStateException("a colour was drawn without an Ink sentinel");
    }
    return result;
  }
}
