package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.GeneratorContract;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.expr.Expression;

class Elimination3x3SolveTest extends GeneratorContract {

  private static final String[] VARS = {"x", "y", "z"};

  @Override
  protected Generator generator() {
    return new Elimination3x3Solve();
  }

  @Override
  protected String seedOneFingerprint() {
    // Recorded from the JVM run that introduced the generator (Variant.fingerprint of seed 1).
    return "40ce8d7e";
  }

  static long[][] longs(FractionMatrix m) {
    long[][] a = new long[m.rows()][m.cols()];
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0; j < m.cols(); j++) {
        assertTrue(m.get(i, j).isInteger(), "integer entries");
        a[i][j] = m.get(i, j).numerator();
      }
    }
    return a;
  }

  /** The system as the reader sees it ("2 x + y - z = 3, ..."), read back as rows {a, b, c, d}. */
  static long[][] read(Variant v) {
    String[] equations = v.param("S").value().text().split(", ");
    long[][] rows = new long[equations.length][4];
    for (int i = 0; i < equations.length; i++) {
      String[] sides = equations[i].split(" = ");
      Expression lhs = Expression.parse(sides[0]);
      for (int j = 0; j < 3; j++) {
        Map<String, Double> at = new HashMap<>();
        for (int k = 0; k < 3; k++) {
          at.put(VARS[k], k == j ? 1.0 : 0.0);
        }
        double c = lhs.evaluate(at);
        assertEquals(Math.rint(c), c, "integer coefficient in " + equations[i]);
        rows[i][j] = (long) c;
      }
      Fraction d = Fraction.parse(sides[1]);
      assertTrue(d.isInteger());
      rows[i][3] = d.numerator();
    }
    return rows;
  }

  @Override
  protected void checkVariant(Variant v) {
    long[][] s = read(v);
    assertEquals(3, s.length);
    long[][] a = new long[3][3];
    for (int i = 0; i < 3; i++) {
      int used = 0;
      for (int j = 0; j < 3; j++) {
        a[i][j] = s[i][j];
        used += a[i][j] != 0 ? 1 : 0;
        assertTrue(Math.abs(a[i][j]) <= 9, "coefficient too large");
      }
      assertTrue(used >= 2, "an equation with one unknown");
    }
    long det = Det3x3NonzeroTest.sarrus(FractionMatrix.ofIntegers(a));
    assertNotEquals(0, det, "no unique solution");
    AnswerKey k = v.key();
    assertTrue(k.isExactVector());
    Fraction[] x = k.exactEntries();
    assertEquals(3, x.length);
    for (Fraction f : x) {
      assertTrue(f.isInteger() && !f.isZero(), "not a non-zero whole number: " + f);
    }
    for (long[] row : s) {
      long lhs = 0;
      for (int j = 0; j < 3; j++) {
        lhs += row[j] * x[j].numerator();
      }
      assertEquals(row[3], lhs, "key does not solve the system");
    }
    assertTrue(v.solution().size() >= 6, "elimination steps missing");
    // Whole numbers at every step of the worked solution.
    for (int i = 1; i < v.solution().size() - 2; i++) {
      String text = v.solution().get(i).math().text();
      assertTrue(!text.substring(text.indexOf("=> ") + 1).contains("/"), "a fraction: " + text);
    }
  }
}
