package org.mathforml.applets.span;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.LinearSystem;
import org.mathforml.mathlib.exact.FractionVector;

class SpanMathTest {

  static Fraction f(long n) {
    return Fraction.of(n);
  }

  @Test
  void independentVectorsSpanThePlaneAndCramerMatchesTheInverse() {
    SpanMath s = SpanMath.two(f(2), f(1), f(-1), f(1), f(3), f(4));
    assertEquals("plane", s.kind);
    assertTrue(s.independent);
    assertEquals("one", s.solutions);
    // [u v] (a, b) = w solved by mathlib's elimination.
    FractionMatrix m = FractionMatrix.of(new Fraction[][] {{f(2), f(-1)}, {f(1), f(1)}});
    Fraction[] ab = LinearSystem.of(m, new Fraction[] {f(3), f(4)}).solve().values();
    assertEquals(ab[0], s.a);
    assertEquals(ab[1], s.b);
    assertEquals(Fraction.of(7, 3), s.a);
    assertEquals(Fraction.of(5, 3), s.b);
  }

  @Test
  void parallelVectorsSpanALine() {
    SpanMath on = SpanMath.two(f(1), f(2), f(-2), f(-4), f(3), f(6));
    assertEquals("line", on.kind);
    assertFalse(on.independent);
    assertEquals("many", on.solutions);
    FractionVector w =
        FractionVector.of(f(1), f(2)).scale(on.a).add(FractionVector.of(f(-2), f(-4)).scale(on.b));
    assertEquals(FractionVector.of(f(3), f(6)), w);
    SpanMath off = SpanMath.two(f(1), f(2), f(-2), f(-4), f(3), f(5));
    assertEquals("none", off.solutions);
    assertNull(off.a);
  }

  @Test
  void zeroVectorsSpanTheOrigin() {
    SpanMath s = SpanMath.two(f(0), f(0), f(0), f(0), f(1), f(0));
    assertEquals("point", s.kind);
    assertEquals("none", s.solutions);
    assertEquals("many", SpanMath.two(f(0), f(0), f(0), f(0), f(0), f(0)).solutions);
    SpanMath onlyV = SpanMath.two(f(0), f(0), f(1), f(1), f(2), f(2));
    assertEquals("line", onlyV.kind);
    assertEquals(f(0), onlyV.a);
    assertEquals(f(2), onlyV.b);
  }

  @Test
  void oneVector() {
    SpanMath s = SpanMath.one(f(2), f(-1), f(-3), Fraction.of(3, 2));
    assertEquals("line", s.kind);
    assertTrue(s.independent);
    assertEquals(Fraction.of(-3, 2), s.a);
    assertEquals("none", SpanMath.one(f(2), f(-1), f(1), f(1)).solutions);
    assertFalse(SpanMath.one(f(0), f(0), f(0), f(0)).independent);
  }
}
