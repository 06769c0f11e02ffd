package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.Mistake;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.Fraction;

class DetProductTest extends GeneratorContract {

  @Override
  protected Generator generator() {
    return new DetProduct();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "9c02395b";
  }

  /** The number after "= " in a parameter such as "det A = -3/2". */
  static Fraction given(Variant v, String param) {
    String t = v.param(param).value().text();
    return Fraction.parse(t.substring(t.indexOf("= ") + 2));
  }

  static boolean hasMistake(Variant v, Fraction wrong) {
    for (Mistake m : v.mistakes()) {
      if (m.response().isText() && Fraction.parse(m.response().text()).equals(wrong)) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected void checkVariant(Variant v) {
    String q = v.param("Q").value().text();
    int n = (int) Fraction.parse(v.param("n").value().text()).numerator();
    assertTrue(n == 2 || n == 3);
    Fraction a = given(v, "dA");
    assertNotEquals(Fraction.ZERO, a);
    AnswerKey k = v.key();
    assertEquals(AnswerKey.Kind.FRACTION, k.kind());
    Fraction expected;
    if (q.equals("det(AB)")) {
      Fraction b = given(v, "dB");
      expected = a.multiply(b);
      assertNotEquals(expected, a.add(b), "det A + det B would be right");
      assertTrue(hasMistake(v, a.add(b)), "det A + det B is not rejected");
    } else if (q.startsWith("det(A^")) {
      int power = Integer.parseInt(q.substring(6, q.length() - 1));
      assertTrue(power == 2 || power == 3);
      assertTrue(a.abs().compareTo(Fraction.ONE) > 0, "det A = +-1 makes every power trivial");
      expected = Fraction.ONE;
      for (int i = 0; i < power; i++) {
        expected = expected.multiply(a);
      }
      assertTrue(hasMistake(v, a.multiply(Fraction.of(power))), "k det A is not rejected");
    } else {
      assertTrue(q.startsWith("det(") && q.endsWith(" A)"), q);
      Fraction c = Fraction.parse(q.substring(4, q.length() - 3));
      assertTrue(c.abs().compareTo(Fraction.ONE) != 0);
      expected = a;
      for (int i = 0; i < n; i++) {
        expected = expected.multiply(c);
      }
      assertNotEquals(expected, c.multiply(a));
      assertTrue(hasMistake(v, c.multiply(a)), "forgetting the power n is not rejected");
    }
    assertEquals(expected, k.fractionValue());
    assertTrue(v.solution().get(0).math().text().endsWith("= " + expected));
  }
}
