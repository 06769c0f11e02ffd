package org.mathforml.mathlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Decimal} against the JDK's {@link Double#parseDouble} (correctly rounded) as reference.
 */
class DecimalTest {

  private static final long SEED = 20261122L;
  private static final int SAMPLES = 1_000_000;

  // Distance in units in the last place between two doubles of the same sign.
  private static long ulps(double a, double b) {
    return Math.abs(Double.doubleToLongBits(a) - Double.doubleToLongBits(b));
  }

  private static void same(String s) {
    assertEquals(
        Double.doubleToLongBits(Double.parseDouble(s)),
        Double.doubleToLongBits(Decimal.parse(s)),
        s + ": " + Decimal.parse(s) + " vs " + Double.parseDouble(s));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0",
        "+0",
        "0.0",
        "00012",
        "1",
        "-2",
        "+3",
        "12",
        "0.5",
        ".5",
        "5.",
        "-.25",
        "2.5e-3",
        "1E3",
        "1e+3",
        "0.1",
        "0.2",
        "0.3",
        "0.30000000000000004",
        "3.141592653589793",
        "-2.718281828459045",
        "0.3333333333333333",
        "1.0E300",
        "4.9E-324",
        "1.0E-7",
        "-1.0E-7",
        "1.23456789125E8",
        "9007199254740993",
        "9007199254740995",
        "123456789012345678901234567890",
        "1.7976931348623157E308",
        "1.7976931348623159E308",
        "2.2250738585072014E-308",
        "1e400",
        "1e-400",
        "0.000000000000000000000000000001",
        "100000000000000000000000",
        "1e23",
        "8.41e21",
        "5e-324",
        "0.0001e99999"
      })
  void agreesWithParseDouble(String s) {
    same(s);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        "+",
        ".",
        "e3",
        "1e",
        "1e+",
        "1.2.3",
        "1,5",
        " 1",
        "1 ",
        "NaN",
        "Infinity",
        "0x10",
        "1d",
        "1f",
        "--1",
        "1e3.5",
        "\u22121"
      })
  void refusesOtherText(String s) {
    assertFalse(Decimal.isDecimal(s));
    assertThrows(IllegalArgumentException.class, () -> Decimal.parse(s));
  }

  @Test
  void refusesNull() {
    assertFalse(Decimal.isDecimal(null));
    assertThrows(IllegalArgumentException.class, () -> Decimal.parse(null));
  }

  @Test
  void signOfZeroIsKept() {
    assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(Decimal.parse("-0.000")));
    assertTrue(Decimal.parse("-1e-999") == 0 && 1 / Decimal.parse("-1e-999") < 0);
  }

  /** Every double survives Double.toString then Decimal.parse, the quiz key round trip. */
  @Test
  void readsBackEveryShortestDecimal() {
    Random rnd = new Random(SEED);
    for (int i = 0; i < SAMPLES; i++) {
      double v = Double.longBitsToDouble(rnd.nextLong());
      if (Double.isNaN(v) || Double.isInfinite(v) || Math.abs(v) < Double.MIN_NORMAL) {
        continue;
      }
      String s = Double.toString(v);
      assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(Decimal.parse(s)), s);
    }
  }

  /** Subnormal results are rounded twice: within 1 ulp, e.g. just above half of MIN_VALUE. */
  @ParameterizedTest
  @ValueSource(strings = {"2.2250738585072011E-308", "2.4703282292062328E-324", "1.5e-320"})
  void subnormalsAreWithinOneUlp(String s) {
    assertTrue(ulps(Double.parseDouble(s), Decimal.parse(s)) <= 1, s);
  }

  /**
   * Random decimals of 1 to 20 significant digits and exponents over the whole double range. Normal
   * results with at most 18 significant digits must be identical to Double.parseDouble; longer ones
   * (digits after the 18th are dropped) and subnormal ones within 1 ulp, as the class comment of
   * Decimal says.
   */
  @Test
  void randomDecimalsMatchParseDouble() {
    Random rnd = new Random(SEED + 1);
    long worstSubnormal = 0;
    long worstLong = 0;
    for (int i = 0; i < SAMPLES; i++) {
      StringBuilder sb = new StringBuilder();
      if (rnd.nextBoolean()) {
        sb.append(rnd.nextBoolean() ? '-' : '+');
      }
      int digits = 1 + rnd.nextInt(rnd.nextBoolean() ? 15 : 20);
      boolean leadingZero = rnd.nextInt(4) == 0;
      if (leadingZero) {
        sb.append('0');
      }
      int point = rnd.nextInt(digits + 1);
      for (int d = 0; d < digits; d++) {
        if (d == point) {
          sb.append('.');
        }
        sb.append((char) ('0' + (d == 0 ? 1 + rnd.nextInt(9) : rnd.nextInt(10))));
      }
      if (rnd.nextInt(3) > 0) {
        sb.append(rnd.nextBoolean() ? 'e' : 'E').append(rnd.nextInt(660) - 330);
      }
      String s = sb.toString();
      double expected = Double.parseDouble(s);
      double actual = Decimal.parse(s);
      if (Math.abs(expected) < Double.MIN_NORMAL) {
        worstSubnormal = Math.max(worstSubnormal, ulps(expected, actual));
      } else if (digits > 18) {
        worstLong = Math.max(worstLong, ulps(expected, actual));
      } else {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual), s);
      }
    }
    assertTrue(worstSubnormal <= 1, "subnormal results off by " + worstSubnormal + " ulp");
    assertTrue(worstLong <= 1, "over 18 digits off by " + worstLong + " ulp");
  }

  /** Quiz-sized numbers: up to 15 significant digits and small exponents are always exact. */
  @Test
  void shortDecimalsAreExact() {
    Random rnd = new Random(SEED + 2);
    for (int i = 0; i < SAMPLES; i++) {
      long m = (long) (rnd.nextDouble() * 1e15);
      int e = rnd.nextInt(41) - 20;
      same(m + "e" + e);
      same((rnd.nextBoolean() ? "-" : "") + m / 1000 + "." + m % 1000);
    }
  }
}
