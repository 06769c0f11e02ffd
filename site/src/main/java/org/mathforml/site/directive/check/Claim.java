package org.mathforml.site.directive.check;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.LinearSystem;
import org.mathforml.mathlib.Solution;
import org.mathforml.mathlib.expr.Expression;
import org.mathforml.mathlib.expr.ExpressionException;

/** One line of a check block: computes the left side with mathlib and compares. */
final class Claim {
  /** Relative tolerance for {@code value} claims, which are evaluated in doubles. */
  static final double VALUE_TOLERANCE = 1e-9;

  private Claim() {}

  /** Null when the claim holds, otherwise what is wrong with it. */
  static String verify(String line) {
    int eq = line.lastIndexOf('=');
    int space = line.indexOf(' ');
    if (eq < 0 || space < 0 || space > eq) {
      return "a check reads 'det|rank|solve|value ... = expected', not '" + line + "'";
    }
    String command = line.substring(0, space);
    String subject = line.substring(space + 1, eq).strip();
    String expected = line.substring(eq + 1).strip();
    try {
      switch (command) {
        case "det":
          return compare(line, matrix(subject).determinant(), Fraction.parse(expected));
        case "rank":
          return compare(line, Fraction.of(matrix(subject).rank()), Fraction.parse(expected));
        case "solve":
          return solve(line, subject, expected);
        case "value":
          return value(line, subject, expected);
        default:
          return "unknown check '" + command + "' (known: det, rank, solve, value)";
      }
    } catch (ExpressionException e) {
      return "cannot read '" + line + "': " + e.getMessage();
    } catch (IllegalArgumentException | ArithmeticException e) {
      return "cannot check '" + line + "': " + e.getMessage();
    }
  }

  private static FractionMatrix matrix(String text) {
    String t = text.strip();
    if (!t.startsWith("[") || !t.endsWith("]")) {
      throw new IllegalArgumentException("put the matrix in brackets, e.g. [2 1; 1 -1]");
    }
    return FractionMatrix.parse(t.substring(1, t.length() - 1).replace('|', ' '));
  }

  private static String compare(String line, Fraction actual, Fraction expected) {
    return actual.equals(expected) ? null : mismatch(line, actual.toString());
  }

  private static String solve(String line, String subject, String expected) {
    Solution solution = LinearSystem.ofAugmented(matrix(subject)).solve();
    String want = expected.toLowerCase(java.util.Locale.ROOT);
    switch (solution.kind()) {
      case NONE:
        return want.equals("none") ? null : mismatch(line, "none");
      case INFINITE:
        return want.equals("infinitely many") ? null : mismatch(line, "infinitely many");
      default:
        String actual = tuple(solution.values());
        return actual.equals(tuple(parseTuple(expected))) ? null : mismatch(line, actual);
    }
  }

  private static Fraction[] parseTuple(String text) {
    String t = text.strip();
    if (!t.startsWith("(") || !t.endsWith(")")) {
      throw new IllegalArgumentException("write a solution as (x, y), or none, or infinitely many");
    }
    String[] parts = t.substring(1, t.length() - 1).split(",");
    Fraction[] values = new Fraction[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = Fraction.parse(parts[i].strip());
    }
    return values;
  }

  private static String tuple(Fraction[] values) {
    StringBuilder out = new StringBuilder("(");
    for (int i = 0; i < values.length; i++) {
      out.append(i == 0 ? "" : ", ").append(values[i]);
    }
    return out.append(')').toString();
  }

  private static String value(String line, String subject, String expected) {
    double actual = Expression.parse(subject).evaluate(java.util.Map.of());
    double want = Expression.parse(expected).evaluate(java.util.Map.of());
    double scale = Math.max(1.0, Math.abs(want));
    if (Double.isFinite(actual) && Math.abs(actual - want) <= VALUE_TOLERANCE * scale) {
      return null;
    }
    return mismatch(line, Double.toString(actual));
  }

  private static String mismatch(String line, String actual) {
    return "check failed: " + line + " (mathlib computes " + actual + ")";
  }
}
