package org.mathforml.mathlib.ml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XorShift32Test {

  @Test
  void firstOutputsFromSeedOne() {
    // Worked by hand for state 1: x ^= x << 13 -> 8193; x ^= x >>> 17 -> 8193;
    // x ^= x << 5 -> 8193 ^ 262176 = 270369. The next two (checked with Python's unbounded
    // ints masked to 32 bits) are 67634689 and 2647435461 = -1647531835 as a signed int.
    XorShift32 r = new XorShift32(1);
    assertEquals(270369, r.nextInt());
    assertEquals(67634689, r.nextInt());
    assertEquals(-1647531835, r.nextInt());
  }

  @Test
  void zeroSeedIsNotStuckAndDoublesAreInRange() {
    XorShift32 r = new XorShift32(0);
    assertNotEquals(0, r.nextInt());
    double sum = 0;
    for (int i = 0; i < 100_000; i++) {
      double d = r.nextDouble();
      assertTrue(d >= 0 && d < 1);
      sum += d;
      double s = r.nextSymmetric(2);
      assertTrue(s >= -2 && s < 2);
    }
    // Mean of 1e5 uniforms: standard error 0.29 / sqrt(1e5) = 9e-4; 0.005 is > 5 sigma.
    assertEquals(0.5, sum / 100_000, 0.005);
  }
}
