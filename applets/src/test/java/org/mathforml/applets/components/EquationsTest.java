package org.mathforml.applets.components;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;

class EquationsTest {

  private static final String[] XYZ = {"x", "y", "z"};

  private static String eq(Fraction a, Fraction b, Fraction c, Fraction d) {
    return Equations.linear(new Fraction[] {a, b, c}, XYZ, d);
  }

  @Test
  void formatsLikeLine2D() {
    assertEquals(
        "x + y + z = 6", eq(Fraction.of(1), Fraction.of(1), Fraction.of(1), Fraction.of(6)));
    assertEquals(
        "-x + (1/2)y - 3z = -2",
        eq(Fraction.of(-1), Fraction.of(1, 2), Fraction.of(-3), Fraction.of(-2)));
    assertEquals("2y = 1/3", eq(Fraction.ZERO, Fraction.of(2), Fraction.ZERO, Fraction.of(1, 3)));
    assertEquals("0 = 0", eq(Fraction.ZERO, Fraction.ZERO, Fraction.ZERO, Fraction.ZERO));
  }
}
