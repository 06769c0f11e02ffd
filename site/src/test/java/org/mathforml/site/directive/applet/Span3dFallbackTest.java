package org.mathforml.site.directive.applet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mathforml.applets.catalog.AppletCatalog;
import org.mathforml.mathlib.exact.FractionVector;
import org.mathforml.mathlib.exact.Independence;

/**
 * The static figure of {@code span-3d}: the caption states what mathlib's {@link Independence} says
 * (dimension and independence), the SVG draws the matching span mark, and components that are not
 * halves within the box fail.
 */
class Span3dFallbackTest {

  private static String render(Map<String, String> given) {
    return Span3dFallback.render(AppletCatalog.SPAN_3D.resolve(given), "applet-1");
  }

  @Test
  void captionsAgreeWithMathlib() throws Exception {
    String plane = render(Map.of("u", "1 0 1", "v", "0 1 1", "w", "1 1 2"));
    Independence dependent =
        Independence.test(
            List.of(
                FractionVector.ofIntegers(1, 0, 1),
                FractionVector.ofIntegers(0, 1, 1),
                FractionVector.ofIntegers(1, 1, 2)));
    assertEquals(2, dependent.rank());
    assertFalse(dependent.isIndependent());
    assertTrue(
        plane.contains(
            "u = (1, 0, 1), v = (0, 1, 1) and w = (1, 1, 2) span a plane through the origin"
                + " (dimension 2); they are dependent: w = u + v."),
        plane);
    assertTrue(plane.contains("class=\"applet-span-3d-plane\""), plane);
    assertTrue(plane.contains(">u</text>") && plane.contains(">w</text>"), plane);

    String space = render(Map.of("u", "1 0 1", "v", "0 1 1", "w", "1 1 1"));
    assertEquals(
        3,
        Independence.test(
                List.of(
                    FractionVector.ofIntegers(1, 0, 1),
                    FractionVector.ofIntegers(0, 1, 1),
                    FractionVector.ofIntegers(1, 1, 1)))
            .rank());
    assertTrue(space.contains("span all of 3-D space (dimension 3); they are independent."));
    assertTrue(space.contains("class=\"applet-span-space\""), space);

    String line = render(Map.of("u", "1 2 0", "v", "-1/2 -1 0", "vectors", "2"));
    assertTrue(
        line.contains(
            "u = (1, 2, 0) and v = (-1/2, -1, 0) span a line through the origin (dimension 1);"
                + " they are dependent: v = −1/2 u."),
        line);
    assertTrue(line.contains("class=\"applet-span-line\""), line);
    assertFalse(line.contains(">w</text>"), line);

    String origin = render(Map.of("u", "0 0 0", "v", "0 0 0", "vectors", "2"));
    assertTrue(origin.contains("span only the origin (dimension 0)"), origin);
    assertTrue(origin.contains("class=\"applet-span-point\""), origin);

    Path out = Path.of("target/span3d-fallback.html");
    Files.createDirectories(out.getParent());
    Files.writeString(out, plane + space + line + origin);
  }

  @Test
  void componentsMustBeHalvesInsideTheBox() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> render(Map.of("v", "0 1 1/3")));
    assertEquals("v: 1/3 is not a whole number or a half", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> render(Map.of("w", "1 1 5/2")));
    assertEquals("w: 5/2 lies outside the box (size 2)", e.getMessage());
  }
}
