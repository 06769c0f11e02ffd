package org.mathforml.site.directive.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Targeted checks of the SVG, each able to fail on its own, beside the golden files. */
class PlotRendererTest {

  /** Tolerance for pixel positions: coordinates are printed with 2 decimals. */
  private static final double PIXEL = 0.011;

  private static final List<String> EXAMPLE =
      List.of(
          "line 2, 1, 5 | 2x + y = 5",
          "line 1, -1, 1 | x - y = 1",
          "fn 0.5x^2 - 1 | y = x²/2 - 1",
          "point 2, 1 | (2, 1)",
          "segment 0, 0, 1, 2 | a segment");

  static PlotSpec spec(String attributes, List<String> body) throws PlotException {
    Map<String, String> map = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)").matcher(attributes);
    while (m.find()) {
      String value = m.group(2);
      map.put(m.group(1), value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
    }
    return PlotSpec.parse(map, body);
  }

  static PlotSpec example() throws PlotException {
    return spec("x=-1..5 y=-2..6 caption=\"The lines cross at (2, 1).\"", EXAMPLE);
  }

  static int count(String svg, String text) {
    int n = 0;
    for (int i = svg.indexOf(text); i >= 0; i = svg.indexOf(text, i + 1)) {
      n++;
    }
    return n;
  }

  /** Returns the markup of the first {@code <g class='CLASS...'>} group, nested groups included. */
  static String group(String svg, String classPrefix) {
    List<String> all = groups(svg, classPrefix);
    assertFalse(all.isEmpty(), "no group " + classPrefix);
    return all.get(0);
  }

  static List<String> groups(String svg, String classPrefix) {
    List<String> result = new ArrayList<>();
    for (int i = svg.indexOf("<g class='" + classPrefix);
        i >= 0;
        i = svg.indexOf("<g class='" + classPrefix, i + 1)) {
      int depth = 0;
      int j = i;
      do {
        int open = svg.indexOf("<g", j + 1);
        int close = svg.indexOf("</g>", j + 1);
        if (open >= 0 && open < close) {
          depth++;
          j = open;
        } else {
          depth--;
          j = close;
        }
      } while (depth >= 0);
      result.add(svg.substring(i, j + "</g>".length()));
    }
    return result;
  }

  static double attribute(String element, String name) {
    Matcher m = Pattern.compile(" " + name + "='([-0-9.]+)'").matcher(element);
    assertTrue(m.find(), name + " in " + element);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void drawsOneShapePerElement() throws PlotException {
    String svg = PlotRenderer.toSvg(example());
    List<String> series = groups(svg, "series ");
    assertEquals(4, series.size(), "two lines, a curve and a segment");
    assertEquals(1, count(series.get(0), "<line "));
    assertEquals(1, count(series.get(1), "<line "));
    assertEquals(1, count(series.get(2), "<path "), "the curve is one path");
    assertEquals(1, count(series.get(3), "<line "), "the segment");
    assertEquals(2, count(series.get(3), "<ellipse "), "dots at both ends of the segment");
    List<String> points = groups(svg, "point ");
    assertEquals(1, points.size());
    assertEquals(
        2, count(points.get(0), "<ellipse "), "the first point is a filled, outlined circle");
    assertEquals(1, count(points.get(0), ">(2, 1)</text>"), "labelled beside it");
    String legend = group(svg, "legend");
    assertEquals(4, count(legend, "<line "), "one sample per labelled line, curve, segment");
    assertEquals(4, count(legend, "<text "));
  }

  @Test
  void titleAndDescriptionNameEverything() throws PlotException {
    String svg = PlotRenderer.toSvg(example(), "plot-3");
    assertTrue(
        svg.startsWith(
            "<svg xmlns='http://www.w3.org/2000/svg' class='plot' role='img'"
                + " aria-labelledby='plot-3-title plot-3-desc'"),
        svg.substring(0, 200));
    assertTrue(svg.contains("<title id='plot-3-title'>The lines cross at (2, 1).</title>"));
    assertTrue(
        svg.contains(
            "<desc id='plot-3-desc'>x from \u22121 to 5, y from \u22122 to 6."
                + " Line: 2x + y = 5. Line: x - y = 1. Curve: y = x²/2 - 1. Point (2, 1)."
                + " Segment from (0, 0) to (1, 2): a segment.</desc>"));
    assertTrue(svg.endsWith("</svg>"));
    assertFalse(svg.contains("<?xml"), "inlined in HTML: no XML declaration");
  }

  @Test
  void unlabelledElementsAreDescribedByTheirEquations() throws PlotException {
    PlotSpec spec =
        spec(
            "x=-4..4 y=-4..4 caption=c",
            List.of(
                "line 1, -1, 0",
                "line -1, 0, 3/2",
                "fn x^2 - 1",
                "point 1, 2 | A",
                "point 5/2, -1"));
    String desc = PlotRenderer.toSvg(spec).replaceAll(".*<desc[^>]*>(.*)</desc>.*", "$1");
    assertEquals(
        "x from \u22124 to 4, y from \u22124 to 4. Line x \u2212 y = 0."
            + " Line \u2212x = 1.5. Curve y = x^2 - 1. Point (1, 2): A. Point (5/2, -1).",
        desc);
    assertFalse(PlotRenderer.toSvg(spec).contains("class='legend'"), "no labels, no legend");
  }

  @Test
  void idsAreUniquePerPrefix() throws PlotException {
    String svg = PlotRenderer.toSvg(example(), "plot-3");
    Matcher ids = Pattern.compile(" id='([^']*)'").matcher(svg);
    Set<String> seen = new LinkedHashSet<>();
    while (ids.find()) {
      assertTrue(ids.group(1).startsWith("plot-3-"), ids.group(1));
      assertTrue(seen.add(ids.group(1)), "duplicate id " + ids.group(1));
    }
    assertEquals(Set.of("plot-3-title", "plot-3-desc", "plot-3-clip-0"), seen);
    assertTrue(svg.contains("clip-path='url(#plot-3-clip-0)'"));
    assertFalse(PlotRenderer.toSvg(example(), "plot-4").contains("plot-3"));
    assertThrows(IllegalArgumentException.class, () -> PlotRenderer.toSvg(example(), "3d"));
    assertThrows(IllegalArgumentException.class, () -> PlotRenderer.toSvg(example(), "a b"));
    assertThrows(IllegalArgumentException.class, () -> PlotRenderer.toSvg(example(), "a'"));
  }

  @Test
  void coloursComeFromTheSiteTheme() throws PlotException {
    String svg = PlotRenderer.toSvg(example());
    assertFalse(svg.contains("rgb("), "every sentinel colour replaced");
    for (String property :
        List.of(
            "--fg",
            "--muted",
            "--border",
            "--series-1",
            "--series-2",
            "--series-3",
            "--series-4")) {
      assertTrue(svg.contains("var(" + property + ", #"), property + " with a fallback");
    }
    for (Ink ink : Ink.values()) {
      assertFalse(svg.contains(ink.sentinelText()), ink.name());
    }
  }

  @Test
  void seriesDifferByMoreThanColour() throws PlotException {
    List<String> body =
        List.of(
            "fn x",
            "fn x + 1",
            "fn x + 2",
            "fn x + 3",
            "fn x + 4",
            "line 1, 1, 1",
            "point 1, 1",
            "point 2, 2",
            "point 3, 3",
            "point 4, 4");
    String svg = PlotRenderer.toSvg(spec("x=0..5 y=0..10 caption=c", body));
    Set<String> styles = new LinkedHashSet<>();
    for (String series : groups(svg, "series ")) {
      Matcher colour = Pattern.compile("stroke:(var\\([^)]*\\))").matcher(series);
      assertTrue(colour.find());
      Matcher dash = Pattern.compile("stroke-dasharray:([^;']*)").matcher(series);
      String pattern = dash.find() ? dash.group(1) : "solid";
      assertTrue(styles.add(colour.group(1) + " " + pattern), "repeated style " + pattern);
    }
    assertEquals(6, styles.size());
    assertEquals(
        5,
        styles.stream().map(s -> s.substring(s.indexOf(") ") + 2)).distinct().count(),
        "five dash patterns before one repeats");
    List<String> points = groups(svg, "point ");
    assertEquals(
        List.of("circle", "square", "triangle", "diamond"),
        points.stream()
            .map(p -> p.substring(p.lastIndexOf(' ', p.indexOf("'>")) + 1, p.indexOf("'>")))
            .toList());
    // Each marker is filled, then outlined in the text colour: two shapes.
    assertEquals(2, count(points.get(0), "<ellipse "));
    assertEquals(2, count(points.get(1), "<rect "));
    assertEquals(2, count(points.get(2), "<path "));
    assertEquals(2, count(points.get(3), "<path "));
  }

  @Test
  void verticalLineSpansThePlotAtItsX() throws PlotException {
    PlotSpec spec = spec("x=-4..4 y=-4..4 caption=c", List.of("line 2, 0, 3"));
    Layout layout = spec.layout();
    String line = group(PlotRenderer.toSvg(spec), "series ");
    double x = layout.px(1.5);
    assertEquals(x, attribute(line, "x1"), PIXEL);
    assertEquals(x, attribute(line, "x2"), PIXEL);
    assertEquals(layout.bottom(), Math.max(attribute(line, "y1"), attribute(line, "y2")), PIXEL);
    assertEquals(layout.top, Math.min(attribute(line, "y1"), attribute(line, "y2")), PIXEL);
  }

  @Test
  void steepLinesAreClippedToTheEdges() throws PlotException {
    PlotSpec spec = spec("x=-4..4 y=-4..4 caption=c", List.of("line 1000000, 1, 0"));
    Layout layout = spec.layout();
    String line = group(PlotRenderer.toSvg(spec), "series ");
    assertEquals(layout.top, Math.min(attribute(line, "y1"), attribute(line, "y2")), PIXEL);
    assertEquals(layout.bottom(), Math.max(attribute(line, "y1"), attribute(line, "y2")), PIXEL);
  }

  @Test
  void reciprocalBreaksAtZeroAndReachesTheEdges() throws PlotException {
    PlotSpec spec = spec("x=-3..3 y=-3..3 caption=c", List.of("fn 1/x"));
    Layout layout = spec.layout();
    String path = group(PlotRenderer.toSvg(spec), "series ");
    String d = path.replaceAll("(?s).* d='([^']*)'.*", "$1");
    String[] runs = d.substring(1).split("M");
    assertEquals(2, runs.length, "one run per branch: " + d);
    double zero = layout.px(0);
    List<double[]> left = points(runs[0]);
    List<double[]> right = points(runs[1]);
    assertTrue(left.stream().allMatch(p -> p[0] < zero), "left branch stays left of 0");
    assertTrue(right.stream().allMatch(p -> p[0] > zero), "right branch stays right of 0");
    assertTrue(
        left.stream().mapToDouble(p -> p[1]).max().getAsDouble() > layout.bottom(),
        "left branch runs off the bottom");
    assertTrue(
        right.stream().mapToDouble(p -> p[1]).min().getAsDouble() < layout.top,
        "right branch runs off the top");
  }

  @Test
  void undefinedPartsAreGapsAndDomainEdgesAreFound() throws PlotException {
    PlotSpec spec = spec("x=-3..3 y=-3..3 caption=c", List.of("fn sqrt(x)"));
    Layout layout = spec.layout();
    String d = group(PlotRenderer.toSvg(spec), "series ").replaceAll("(?s).* d='([^']*)'.*", "$1");
    assertEquals(1, count(d, "M"));
    List<double[]> run = points(d.substring(1));
    assertEquals(layout.px(0), run.get(0)[0], PIXEL, "starts at x = 0 exactly, not a sample after");
    assertEquals(layout.py(0), run.get(0)[1], PIXEL);
  }

  @Test
  void curvesAreSimplified() throws PlotException {
    PlotSpec spec = spec("x=-3..3 y=-3..3 caption=c", List.of("fn 2x - 1"));
    String d = group(PlotRenderer.toSvg(spec), "series ").replaceAll("(?s).* d='([^']*)'.*", "$1");
    assertEquals(2, points(d.substring(1)).size(), "a straight curve needs two points: " + d);
  }

  @Test
  void outputIsDeterministicCompactAndLocaleFree() throws PlotException {
    String svg = PlotRenderer.toSvg(example(), "p");
    assertEquals(svg, PlotRenderer.toSvg(example(), "p"));
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals(svg, PlotRenderer.toSvg(example(), "p"), "decimal commas must not leak in");
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertEquals(svg, PlotRenderer.toSvg(example(), "p"), "nor Arabic-Indic digits");
    } finally {
      Locale.setDefault(before);
    }
    assertFalse(Pattern.compile("\\d\\.\\d{3}").matcher(svg).find(), "at most 2 decimals");
    assertFalse(svg.contains("E-") || svg.contains("E+"), "no exponents");
    assertFalse(svg.contains("\n"));
  }

  @Test
  void scalesWithItsContainer() throws PlotException {
    PlotSpec spec = spec("x=0..1 y=0..1 caption=c width=360", List.of());
    String svg = PlotRenderer.toSvg(spec);
    assertTrue(
        svg.contains(
            " viewBox='0 0 360 "
                + spec.height()
                + "' width='100%'"
                + " style='max-width:360px;height:auto'>"),
        svg.substring(0, 300));
  }

  @Test
  void textIsEscaped() throws PlotException {
    PlotSpec spec =
        spec(
            "x=0..1 y=0..1 caption=\"a < b & 'c'\" xlabel=\"<x>\"",
            List.of("point 1/2, 1/2 | p & q"));
    String svg = PlotRenderer.toSvg(spec);
    assertTrue(svg.contains(">a &lt; b &amp; &#39;c&#39;</title>"));
    assertTrue(svg.contains(">&lt;x&gt;</text>"));
    assertTrue(svg.contains(">p &amp; q</text>"));
    assertTrue(svg.contains("Point (1/2, 1/2): p &amp; q.</desc>"));
  }

  @Test
  void pointLabelsAvoidTheLinesThroughThePoint() throws PlotException {
    // Two lines cross at (2, 1): the label must not sit on either of them (a corner may
    // touch one: less than 3 px of line inside the text box).
    PlotSpec spec =
        spec(
            "x=-1..5 y=-2..6 caption=c",
            List.of("line 2, 1, 5", "line 1, -1, 1", "point 2, 1 | (2, 1)"));
    Layout layout = spec.layout();
    String point = group(PlotRenderer.toSvg(spec), "point ");
    double x = attribute(point, "x");
    double baseline = attribute(point, "y");
    double width = SvgText.estimateWidth("(2, 1)", Layout.LABEL_FONT);
    double top = baseline - Layout.LABEL_FONT * 0.75;
    double bottom = baseline + Layout.LABEL_FONT * 0.25;
    for (double[] line : new double[][] {{2, 1, 5}, {1, -1, 1}}) {
      double px0 = layout.px(-1);
      double px1 = layout.px(5);
      double py0 = layout.py((line[2] - line[0] * -1) / line[1]);
      double py1 = layout.py((line[2] - line[0] * 5) / line[1]);
      double[] t = Clip.line(px0, py0, px1 - px0, py1 - py0, x, x + width, top, bottom, 0, 1);
      double inside = t == null ? 0 : (t[1] - t[0]) * Math.hypot(px1 - px0, py1 - py0);
      assertTrue(inside < 3, "label box crosses a line for " + inside + " px");
    }
  }

  private static List<double[]> points(String run) {
    List<double[]> points = new ArrayList<>();
    for (String pair : run.split("L")) {
      String[] xy = pair.split(",");
      points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
    }
    return points;
  }
}
