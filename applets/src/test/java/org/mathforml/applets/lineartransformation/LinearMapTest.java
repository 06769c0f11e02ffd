package org.mathforml.applets.lineartransformation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.mathforml.applets.components.LinearPicture;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

class LinearMapTest {

  private static final double EPS = 1e-12;
  private static final double[] UNIT_SQUARE = {0, 0, 1, 0, 1, 1, 0, 1};

  @Test
  void determinantIsTheSignedAreaOfTheImageOfTheUnitSquare() {
    long[][][] cases = {
      {{1, 1}, {0, 1}},
      {{2, 0}, {0, 3}},
      {{-1, 0}, {0, 1}},
      {{0, -1}, {1, 0}},
      {{2, 1}, {4, 2}},
      {{3, -2}, {5, 7}}
    };
    for (long[][] c : cases) {
      FractionMatrix m = FractionMatrix.ofIntegers(c);
      Fraction det = LinearMap.determinant(m);
      assertEquals(m.determinant(), det);
      double area =
          LinearPicture.signedArea(LinearPicture.imageOf(LinearMap.doubles(m), UNIT_SQUARE));
      assertEquals(det.doubleValue(), area, EPS);
    }
  }

  @Test
  void presetsHaveTheirDeterminantsAndKinds() {
    String[] kinds = {"invertible", "invertible", "invertible", "invertible", "invertible", "line"};
    long[] dets = {1, 1, 1, 4, -1, 0};
    for (int i = 0; i < LinearMap.PRESET_KEYS.length; i++) {
      FractionMatrix m = LinearMap.preset(i);
      assertEquals(Fraction.of(dets[i]), LinearMap.determinant(m), LinearMap.PRESET_KEYS[i]);
      assertEquals(kinds[i], LinearMap.kind(m), LinearMap.PRESET_KEYS[i]);
    }
    assertEquals(LinearMap.PRESET_KEYS.length, LinearMap.PRESET_NAMES.length);
  }

  @Test
  void singularMatricesCollapseToALineOrAPoint() {
    FractionMatrix line = FractionMatrix.ofIntegers(new long[][] {{0, 2}, {0, 4}});
    assertEquals("line", LinearMap.kind(line));
    assertArrayEquals(
        new Fraction[] {Fraction.of(2), Fraction.of(4)}, LinearMap.imageDirection(line));
    assertEquals("point", LinearMap.kind(FractionMatrix.ofIntegers(new long[][] {{0, 0}, {0, 0}})));
    // The image of the vertical grid lines under [1 0; 0 0] are single points: nothing to draw.
    assertNull(LinearPicture.imageLine(new double[] {1, 0, 0, 0}, 2, 0, 0, 1));
  }

  @Test
  void gridLinesMapToLinesThroughTheImagesOfTheirPoints() {
    double[] m = {1, 1, 0, 1}; // shear
    double[] l =
        LinearPicture.imageLine(m, 2, 0, 0, 1); // x = 2 -> through (2, 0), direction (1, 1)
    for (double t = -3; t <= 3; t++) {
      double[] p = LinearPicture.apply(m, 2, t);
      assertEquals(l[2], l[0] * p[0] + l[1] * p[1], EPS);
    }
  }

  @Test
  void theLetterIsAsymmetricSoReflectionsShow() {
    double area = LinearPicture.signedArea(LinearMap.PICTURE);
    double mirrored =
        LinearPicture.signedArea(
            LinearPicture.imageOf(new double[] {-1, 0, 0, 1}, LinearMap.PICTURE));
    assertEquals(-area, mirrored, EPS);
    assertEquals(2.125, Math.abs(area), EPS); // stem 1.25 + middle bar 0.375 + top bar 0.5
    double[] mid = LinearMap.mix(new double[] {1, 0, 0, 1}, new double[] {-1, 0, 0, 1}, 0.5);
    assertArrayEquals(new double[] {0, 0, 0, 1}, mid, EPS);
  }
}
