package org.mathforml.mathlib.special.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ElementaryTest {

  /** Kahan's compensations are within a few ulps of the correctly rounded value. */
  private static final double REL = 1e-15;

  @Test
  void matchesTheJdkOverManyMagnitudes() {
    Random r = new Random(6L);
    for (int i = 0; i < 50_000; i++) {
      double x = Math.pow(10, -20 + 20.5 * r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
      if (x > -1) {
        assertEquals(
            Math.log1p(x), Elementary.log1p(x), REL * Math.abs(Math.log1p(x)), "log1p " + x);
      }
      assertEquals(Math.expm1(x), Elementary.expm1(x), REL * Math.abs(Math.expm1(x)), "expm1 " + x);
    }
    assertEquals(Double.NEGATIVE_INFINITY, Elementary.log1p(-1), 0.0);
    assertTrue(Double.isNaN(Elementary.log1p(-2)));
    assertEquals(Double.POSITIVE_INFINITY, Elementary.log1p(Double.POSITIVE_INFINITY), 0.0);
    assertEquals(-1.0, Elementary.expm1(Double.NEGATIVE_INFINITY), 0.0);
    assertEquals(Double.POSITIVE_INFINITY, Elementary.expm1(1000), 0.0);
    assertEquals(1e-300, Elementary.expm1(1e-300), 0.0);
  }
}
