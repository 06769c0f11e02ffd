package org.mathforml.mathlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FractionTest {

  private static final long SEED = 20240601L;
  private static final int SAMPLES = 2000;

  private static Fraction random(Random rnd, int bound) {
    return Fraction.of(rnd.nextInt(2 * bound + 1) - bound, rnd.nextInt(bound) + 1);
  }

  @Test
  void factoriesReduceAndNormaliseSign() {
    Fraction f = Fraction.of(6, -8);
    assertEquals(-3, f.numerator());
    assertEquals(4, f.denominator());
    assertEquals(Fraction.ZERO, Fraction.of(0, -5));
    assertEquals(1, Fraction.of(0, -5).denominator());
    assertEquals(Fraction.ONE, Fraction.of(Long.MIN_VALUE, Long.MIN_VALUE));
    assertEquals(Fraction.of(7), Fraction.of(14, 2));
    assertEquals(Fraction.of(1, 2).hashCode(), Fraction.of(2, 4).hashCode());
    assertThrows(ArithmeticException.class, () -> Fraction.of(1, 0));
  }

  @Test
  void algebraicLawsHoldExactly() {
    Random rnd = new Random(SEED);
    for (int i = 0; i < SAMPLES; i++) {
      Fraction a = random(rnd, 1000);
      Fraction b = random(rnd, 1000);
      Fraction c = random(rnd, 1000);
      assertEquals(a.add(b).add(c), a.add(b.add(c)), "associative +");
      assertEquals(a.multiply(b).multiply(c), a.multiply(b.multiply(c)), "associative *");
      assertEquals(a.add(b), b.add(a), "commutative +");
      assertEquals(a.multiply(b.add(c)), a.multiply(b).add(a.multiply(c)), "distributive");
      assertEquals(Fraction.ZERO, a.subtract(a));
      assertEquals(a, a.negate().negate());
      assertEquals(a.abs(), a.negate().abs());
      if (!b.isZero()) {
        assertEquals(a, a.divide(b).multiply(b), "a/b*b = a");
        assertEquals(Fraction.ONE, b.multiply(b.reciprocal()));
      }
    }
  }

  @Test
  void arithmeticMatchesBigFractionOracle() {
    Random rnd = new Random(SEED + 1);
    for (int i = 0; i < SAMPLES; i++) {
      Fraction a = random(rnd, 1_000_000);
      Fraction b = random(rnd, 1_000_000);
      BigFraction x = new BigFraction(a.numerator(), a.denominator());
      BigFraction y = new BigFraction(b.numerator(), b.denominator());
      assertSame(x.add(y), a.add(b));
      assertSame(x.subtract(y), a.subtract(b));
      assertSame(x.multiply(y), a.multiply(b));
      if (!b.isZero()) {
        assertSame(x.divide(y), a.divide(b));
      }
      assertEquals(Integer.signum(x.compareTo(y)), Integer.signum(a.compareTo(b)));
      assertEquals(x.doubleValue(), a.doubleValue(), Math.ulp(x.doubleValue()) * 2);
    }
  }

  private static void assertSame(BigFraction expected, Fraction actual) {
    assertEquals(expected.getNumerator(), BigInteger.valueOf(actual.numerator()));
    assertEquals(expected.getDenominator(), BigInteger.valueOf(actual.denominator()));
  }

  @Test
  void compareToIsExactWhereCrossProductsOverflow() {
    Random rnd = new Random(SEED + 2);
    for (int i = 0; i < SAMPLES; i++) {
      long p = rnd.nextLong();
      long q = (rnd.nextLong() >>> 1) + 1;
      long r = p + rnd.nextInt(5) - 2;
      long s = q + rnd.nextInt(5) - 2;
      if (s <= 0) {
        continue;
      }
      Fraction a = Fraction.of(p, q);
      Fraction b = Fraction.of(r, s);
      int expected =
          new BigFraction(BigInteger.valueOf(p), BigInteger.valueOf(q))
              .compareTo(new BigFraction(BigInteger.valueOf(r), BigInteger.valueOf(s)));
      assertEquals(Integer.signum(expected), Integer.signum(a.compareTo(b)), a + " vs " + b);
      assertEquals(-Integer.signum(expected), Integer.signum(b.compareTo(a)));
    }
    Fraction big = Fraction.of(Long.MAX_VALUE, Long.MAX_VALUE - 1);
    Fraction bigger = Fraction.of(Long.MAX_VALUE - 1, Long.MAX_VALUE - 2);
    assertTrue(big.compareTo(bigger) < 0);
    assertEquals(0, big.compareTo(Fraction.of(Long.MAX_VALUE, Long.MAX_VALUE - 1)));
  }

  @Test
  void overflowIsDetectedNeverWrapped() {
    Fraction max = Fraction.of(Long.MAX_VALUE);
    ArithmeticException e =
        assertThrows(ArithmeticException.class, () -> max.multiply(Fraction.of(2)));
    assertEquals("fraction overflow", e.getMessage());
    assertThrows(ArithmeticException.class, () -> max.add(Fraction.ONE));
    assertThrows(ArithmeticException.class, () -> Fraction.of(Long.MIN_VALUE).negate());
    assertThrows(ArithmeticException.class, () -> Fraction.of(Long.MIN_VALUE).abs());
    assertThrows(ArithmeticException.class, () -> Fraction.of(Long.MIN_VALUE, -1));
    assertThrows(
        ArithmeticException.class,
        () -> Fraction.of(1, Long.MAX_VALUE).add(Fraction.of(1, Long.MAX_VALUE - 1)));
    assertThrows(
        ArithmeticException.class, () -> Fraction.of(Long.MIN_VALUE).subtract(Fraction.ONE));
  }

  @Test
  void crossReductionAvoidsNeedlessOverflow() {
    Fraction a = Fraction.of(Long.MAX_VALUE, 2);
    Fraction b = Fraction.of(2, Long.MAX_VALUE);
    assertEquals(Fraction.ONE, a.multiply(b));
    assertEquals(
        Fraction.of(1, 2),
        Fraction.of(1, Long.MAX_VALUE - 1).multiply(Fraction.of(Long.MAX_VALUE - 1, 2)));
    assertEquals(
        Fraction.of(2, Long.MAX_VALUE),
        Fraction.of(1, Long.MAX_VALUE).add(Fraction.of(1, Long.MAX_VALUE)));
  }

  @Test
  void divisionByZeroThrows() {
    assertThrows(ArithmeticException.class, () -> Fraction.ONE.divide(Fraction.ZERO));
    assertThrows(ArithmeticException.class, () -> Fraction.ZERO.reciprocal());
  }

  @Test
  void predicates() {
    assertTrue(Fraction.ZERO.isZero());
    assertFalse(Fraction.of(1, 3).isZero());
    assertTrue(Fraction.of(6, 3).isInteger());
    assertFalse(Fraction.of(7, 3).isInteger());
    assertEquals(-1, Fraction.of(-1, 3).signum());
    assertEquals(0, Fraction.ZERO.signum());
    assertEquals(1, Fraction.of(2, 3).signum());
    assertEquals(0.75, Fraction.of(3, 4).doubleValue());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "3/4      | 3  | 4",
        "-2       | -2 | 1",
        "' 7 '    | 7  | 1",
        "0.75     | 3  | 4",
        "-1.25    | -5 | 4",
        "-1 1/2   | -3 | 2",
        "2 3/4    | 11 | 4",
        "+3       | 3  | 1",
        "6/8      | 3  | 4",
        "-6/8     | -3 | 4",
        ".5       | 1  | 2",
        "-0       | 0  | 1",
        "0.10     | 1  | 10",
        "−3/4    | -3 | 4",
        "9223372036854775807 | 9223372036854775807 | 1",
      })
  void parsesAcceptedForms(String text, long numerator, long denominator) {
    assertEquals(Fraction.of(numerator, denominator), Fraction.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "  ",
        "abc",
        "3/",
        "/4",
        "3/0",
        "1/-2",
        "--1",
        "+-1",
        "1.2.3",
        "1e5",
        "3 / 4",
        "1 3/2",
        "1 1",
        "1 1/0",
        "0x10",
        "1,5",
        "9223372036854775808",
        "0.1234567890123456789",
        "½",
        "3//4",
        "."
      })
  void rejectsOtherTextNamingIt(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Fraction.parse(text));
    assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
  }

  @Test
  void parseRejectsNull() {
    assertThrows(IllegalArgumentException.class, () -> Fraction.parse(null));
  }

  @Test
  void toStringRoundTripsThroughParse() {
    Random rnd = new Random(SEED + 3);
    for (int i = 0; i < SAMPLES; i++) {
      Fraction f = Fraction.of(rnd.nextLong(), rnd.nextInt(Integer.MAX_VALUE) + 1L);
      assertEquals(f, Fraction.parse(f.toString()));
    }
    assertEquals("3/4", Fraction.of(3, 4).toString());
    assertEquals("-3/4", Fraction.of(3, -4).toString());
    assertEquals("-2", Fraction.of(-2).toString());
    assertEquals("0", Fraction.ZERO.toString());
  }

  @Test
  void toLatex() {
    assertEquals("\\frac{3}{4}", Fraction.of(3, 4).toLatex());
    assertEquals("-\\frac{3}{4}", Fraction.of(-3, 4).toLatex());
    assertEquals("5", Fraction.of(5).toLatex());
    assertEquals("-5", Fraction.of(-5).toLatex());
    assertEquals("0", Fraction.ZERO.toLatex());
    assertEquals("-\\frac{9223372036854775808}{3}", Fraction.of(Long.MIN_VALUE, 3).toLatex());
  }

  @Test
  void equalsDistinguishesValues() {
    assertNotEquals(Fraction.of(1, 2), Fraction.of(1, 3));
    assertNotEquals(Fraction.of(1, 2), Fraction.of(-1, 2));
    assertNotEquals(Fraction.of(1, 2), "1/2");
  }
}
