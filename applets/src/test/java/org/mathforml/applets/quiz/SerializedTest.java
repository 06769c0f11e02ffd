package org.mathforml.applets.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.expr.Expression;

class SerializedTest {

  /** Writes, reads back, writes again: both texts equal the expected one. */
  private static AnswerKey roundTrip(AnswerKey key, String expected) {
    assertEquals(expected, Serialized.write(key));
    AnswerKey back = Serialized.read(expected);
    assertEquals(key.kind(), back.kind());
    assertEquals(expected, Serialized.write(back));
    return back;
  }

  @Test
  void choice() {
    roundTrip(AnswerKey.singleChoice(4, 2), "choice|single|4|2");
    AnswerKey m = roundTrip(AnswerKey.multipleChoice(5, 3, 0), "choice|multiple|5|0,3");
    assertTrue(m.isMultiple());
    roundTrip(AnswerKey.multipleChoice(3), "choice|multiple|3|");
  }

  @Test
  void trueFalse() {
    roundTrip(AnswerKey.trueFalse(true), "truefalse|true");
    roundTrip(AnswerKey.trueFalse(false), "truefalse|false");
  }

  @Test
  void numeric() {
    AnswerKey a = roundTrip(AnswerKey.numeric(2.5, 0.01), "numeric|2.5|abs|0.01");
    assertEquals(2.5, a.value());
    AnswerKey r = roundTrip(AnswerKey.numericRelative(-1e-7, 0.001), "numeric|-1.0E-7|rel|0.001");
    assertTrue(r.isRelative());
    // Every double survives: Double.toString is the shortest text that parses back exactly.
    double[] values = {Math.PI, -Math.E, 1.0 / 3, 1e300, Double.MIN_VALUE, -0.0, 123456789.125};
    for (double v : values) {
      AnswerKey k = Serialized.read(Serialized.write(AnswerKey.numeric(v, 0)));
      assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(k.value()));
    }
  }

  @Test
  void fraction() {
    roundTrip(AnswerKey.fraction(Fraction.of(-3, 4), true, true), "fraction|-3/4|dm");
    roundTrip(AnswerKey.fraction(Fraction.of(5), false, false), "fraction|5|-");
    roundTrip(AnswerKey.fraction(Fraction.of(1, 3), true, false), "fraction|1/3|d");
    roundTrip(AnswerKey.fraction(Fraction.of(1, 3), false, true), "fraction|1/3|m");
  }

  @Test
  void vector() {
    roundTrip(
        AnswerKey.vector(Fraction.of(1, 2), Fraction.of(-3), Fraction.ZERO),
        "vector|exact|1/2,-3,0");
    AnswerKey a =
        roundTrip(
            AnswerKey.vector(new double[] {1.5, -2.25}, 0.001), "vector|approx|0.001|1.5,-2.25");
    assertEquals(-2.25, a.approximateEntries()[1]);
  }

  @Test
  void matrix() {
    FractionMatrix m = FractionMatrix.parse("[1 2; 3/4 -4]");
    roundTrip(AnswerKey.matrix(m, AnswerKey.MatrixMode.EXACT), "matrix|exact|1,2;3/4,-4");
    roundTrip(
        AnswerKey.matrix(m, AnswerKey.MatrixMode.ROW_EQUIVALENT),
        "matrix|rowequivalent|1,2;3/4,-4");
    AnswerKey e =
        roundTrip(
            AnswerKey.matrix(m, AnswerKey.MatrixMode.ANY_ECHELON_FORM_OF),
            "matrix|echelon|1,2;3/4,-4");
    assertEquals(m, e.matrix());
  }

  @Test
  void expression() {
    AnswerKey k =
        roundTrip(
            AnswerKey.expression(Expression.parse("2(x+1)"), "x"), "expression|x|2 * (x + 1)");
    assertEquals(Expression.parse("2(x+1)"), k.expression());
    roundTrip(AnswerKey.expression(Expression.parse("3/4")), "expression||3 / 4");
    roundTrip(
        AnswerKey.expression(Expression.parse("x y + abs(x)"), "x", "y"),
        "expression|x,y|x * y + abs(x)");
  }

  @Test
  void ordering() {
    roundTrip(AnswerKey.ordering(2, 0, 1), "ordering|2,0,1");
  }

  @Test
  void readIsStrict() {
    String[] bad = {
      "",
      "choice",
      "choice|single|4|",
      "choice|single|4|1,2",
      "choice|single|4|4",
      "choice|one|4|1",
      "choice|single|04|1",
      "choice|single|4|+1",
      "choice|single|4|1|",
      "Choice|single|4|1",
      "truefalse|yes",
      "truefalse|true|false",
      "numeric|NaN|abs|0.1",
      "numeric|Infinity|abs|0.1",
      "numeric|1|abs|-1",
      "numeric|0|rel|0.1",
      "numeric|1|both|0.1",
      "numeric|0x1p3|abs|0.1",
      "fraction|6/8|d",
      "fraction|3/0|d",
      "fraction|0.75|d",
      "fraction|3/4|x",
      "fraction| 3/4|d",
      "vector|exact|",
      "vector|exact|1,,2",
      "vector|approx|0.1|",
      "vector|approx|1.5,2",
      "matrix|exact|1,2;3",
      "matrix|exact|",
      "matrix|reduced|1",
      "expression|x|2x+",
      "expression|x|x+y",
      "expression|x",
      "ordering|0,0",
      "ordering|0",
      "ordering|1,2",
      "unknown|1",
    };
    for (String text : bad) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Serialized.read(text), text);
      assertTrue(e.getMessage().startsWith("bad quiz key"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> Serialized.read(null));
  }
}
