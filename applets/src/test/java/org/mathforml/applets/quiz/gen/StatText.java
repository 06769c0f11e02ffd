package org.mathforml.applets.quiz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Checker;
import org.mathforml.applets.quiz.Variant;

/** Reading the numbers of a test-statistic variant back from its plain text, for the tests. */
final class StatText {

  private StatText() {}

  /** "12, 15, 11" as doubles. */
  static double[] values(String text) {
    List<Double> out = new ArrayList<>();
    for (String part : text.split(",")) {
      out.add(Double.parseDouble(part.trim()));
    }
    double[] x = new double[out.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = out.get(i);
      assertEquals(Math.rint(x[i]), x[i], "not an integer: " + text);
    }
    return x;
  }

  /** The number after the last "= " of "n = 36" or "H0: mu = 500". */
  static double after(String text) {
    return Double.parseDouble(text.substring(text.lastIndexOf("= ") + 2));
  }

  /** The number after the last "~ " or "= " of a solution line. */
  static double last(String text) {
    int i = Math.max(text.lastIndexOf("~ "), text.lastIndexOf("= "));
    return Double.parseDouble(text.substring(i + 2));
  }

  /** The key is numeric with the two-decimal tolerance, equals {@code expected}, accepts it. */
  static void checkKey(Variant v, double expected) {
    AnswerKey k = v.key();
    assertEquals(AnswerKey.Kind.NUMERIC, k.kind());
    assertEquals(0.01, k.tolerance());
    assertEquals(expected, k.value(), 1e-9 * Math.max(1, Math.abs(expected)));
    String typed = v.modelResponse().text();
    assertTrue(typed.indexOf('.') < 0 || typed.length() - typed.indexOf('.') <= 3, typed);
    assertTrue(
        Checker.check(k, org.mathforml.applets.quiz.Response.text(typed)).isCorrect(), typed);
    assertTrue(v.mistakes().size() >= 5, "too few typical mistakes");
  }
}
