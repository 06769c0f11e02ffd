package org.mathforml.applets.matrixmultiplication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.mathforml.applets.components.LinearPicture;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

class CompositionTest {

  private static final FractionMatrix ROTATION =
      FractionMatrix.ofIntegers(new long[][] {{0, -1}, {1, 0}});
  private static final FractionMatrix SHEAR =
      FractionMatrix.ofIntegers(new long[][] {{1, 1}, {0, 1}});

  @Test
  void productAgreesWithMathlibAndDoesNotCommute() {
    FractionMatrix ab = Composition.product(ROTATION, SHEAR);
    assertEquals(ROTATION.multiply(SHEAR), ab);
    assertEquals(FractionMatrix.ofIntegers(new long[][] {{0, -1}, {1, 1}}), ab);
    assertNotEquals(ab, Composition.product(SHEAR, ROTATION));
    FractionMatrix x =
        FractionMatrix.of(
            new Fraction[][] {
              {Fraction.of(1, 2), Fraction.of(-3)}, {Fraction.of(2), Fraction.of(5, 4)}
            });
    assertEquals(x.multiply(SHEAR), Composition.product(x, SHEAR));
    assertEquals(SHEAR.multiply(x), Composition.product(SHEAR, x));
  }

  @Test
  void detOfAProductIsTheProductOfDets() {
    FractionMatrix a = FractionMatrix.ofIntegers(new long[][] {{3, -2}, {5, 7}});
    FractionMatrix b = FractionMatrix.ofIntegers(new long[][] {{-1, 4}, {2, 2}});
    assertEquals(
        Composition.det(a).multiply(Composition.det(b)),
        Composition.det(Composition.product(a, b)));
    assertEquals(a.determinant(), Composition.det(a));
  }

  @Test
  void applyingBThenAIsApplyingAB() {
    double[] a = Composition.doubles(ROTATION);
    double[] b = Composition.doubles(SHEAR);
    double[] ab = Composition.doubles(Composition.product(ROTATION, SHEAR));
    double[] bx = LinearPicture.apply(b, 2, -1);
    assertArrayEquals(LinearPicture.apply(ab, 2, -1), LinearPicture.apply(a, bx[0], bx[1]), 1e-12);
    assertArrayEquals(
        new double[] {0.5, 0, 0, 1},
        Composition.mix(new double[] {0, 0, 0, 1}, new double[] {1, 0, 0, 1}, 0.5),
        1e-12);
  }
}
