package org.mathforml.site.directive.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.expr.Expression;
import org.mathforml.mathlib.expr.ExpressionException;
import org.mathforml.site.directive.check.Claim;

/**
 * Reads the text after {@code answer:} into an {@link AnswerKey}:
 *
 * <pre>
 * true | false
 * numeric 2.5 tol 0.01           numeric 2.5 rel 0.001
 * fraction -3/4                  (also 0.75 or -1 1/2 as the key)
 * vector (1, -2)                 vector (1.5, 2.25) tol 0.01
 * matrix [1 0; 0 1]              then exact (default), rowequivalent or echelon
 * expression 2x + 2
 * </pre>
 */
final class AnswerLine {
  static final String KINDS = "true, false, numeric, fraction, vector, matrix, expression";

  private AnswerLine() {}

  /**
   * The key for {@code text}.
   *
   * @throws IllegalArgumentException with a message for authors
   */
  static AnswerKey parse(String text) {
    String t = text.strip();
    int space = t.indexOf(' ');
    String kind = (space < 0 ? t : t.substring(0, space)).toLowerCase(Locale.ROOT);
    String rest = space < 0 ? "" : t.substring(space + 1).strip();
    if (kind.isEmpty()) {
      throw new IllegalArgumentException(
          "write the answer after 'answer:', e.g. 'answer: fraction -3/4' (kinds: " + KINDS + ")");
    }
    try {
      switch (kind) {
        case "true":
        case "false":
          nothingAfter(rest, kind);
          return AnswerKey.trueFalse(kind.equals("true"));
        case "numeric":
          return numeric(rest);
        case "fraction":
          return fraction(rest);
        case "vector":
          return vector(rest);
        case "matrix":
          return matrix(rest);
        case "expression":
          return expression(rest);
        default:
          throw new IllegalArgumentException(
              "unknown answer kind '"
                  + kind
                  + "' (known: "
                  + KINDS
                  + "; choices are a '- [x]' list, orderings an 'order:' list)");
      }
    } catch (ExpressionException e) {
      throw new IllegalArgumentException(
          "cannot read the expression '" + rest + "': " + e.getMessage(), e);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("cannot read 'answer: " + t + "': " + e.getMessage(), e);
    }
  }

  private static AnswerKey numeric(String rest) {
    String[] words = rest.split("\\s+");
    if (words.length != 3 || !(words[1].equals("tol") || words[1].equals("rel"))) {
      throw new IllegalArgumentException(
          "a numeric answer reads 'numeric 2.5 tol 0.01' (absolute) or 'numeric 2.5 rel 0.001'"
              + " (relative)");
    }
    double value = real(words[0]);
    double tolerance = real(words[2]);
    if (words[1].equals("rel")) {
      if (value == 0 || !(tolerance > 0 && tolerance < 1)) {
        throw new IllegalArgumentException(
            "a relative tolerance needs a non-zero answer and a tolerance between 0 and 1");
      }
      return AnswerKey.numericRelative(value, tolerance);
    }
    if (tolerance < 0) {
      throw new IllegalArgumentException("the tolerance must not be negative");
    }
    return AnswerKey.numeric(value, tolerance);
  }

  private static AnswerKey fraction(String rest) {
    Fraction value = exact(rest, "a fraction answer reads 'fraction -3/4'");
    boolean mixed = !value.isInteger() && value.abs().compareTo(Fraction.ONE) > 0;
    return AnswerKey.fraction(value, terminates(value), mixed);
  }

  /** True when the decimal expansion ends (the denominator has no prime factor but 2 and 5). */
  static boolean terminates(Fraction value) {
    long d = value.denominator();
    while (d % 2 == 0) {
      d /= 2;
    }
    while (d % 5 == 0) {
      d /= 5;
    }
    return d == 1;
  }

  private static AnswerKey vector(String rest) {
    int close = rest.indexOf(')');
    if (!rest.startsWith("(") || close < 0) {
      throw new IllegalArgumentException(
          "a vector answer reads 'vector (1, -2)' or 'vector (1.5, 2.25) tol 0.01'");
    }
    String[] parts = rest.substring(1, close).split(",");
    String after = rest.substring(close + 1).strip();
    if (after.isEmpty()) {
      Fraction[] entries = new Fraction[parts.length];
      for (int i = 0; i < parts.length; i++) {
        entries[i] = exact(parts[i], "vector entries are numbers such as 2, -1/2 or 0.25");
      }
      return AnswerKey.vector(entries);
    }
    String[] words = after.split("\\s+");
    if (words.length != 2 || !words[0].equals("tol")) {
      throw new IllegalArgumentException(
          "after the vector only a tolerance may follow: 'vector (1.5, 2.25) tol 0.01'");
    }
    double[] entries = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      entries[i] = real(parts[i].strip());
    }
    double tolerance = real(words[1]);
    if (tolerance < 0) {
      throw new IllegalArgumentException("the tolerance must not be negative");
    }
    return AnswerKey.vector(entries, tolerance);
  }

  private static AnswerKey matrix(String rest) {
    int close = rest.lastIndexOf(']');
    if (!rest.startsWith("[") || close < 0) {
      throw new IllegalArgumentException(
          "a matrix answer reads 'matrix [1 0; 0 1]', optionally followed by exact,"
              + " rowequivalent or echelon");
    }
    FractionMatrix m = Claim.matrix(rest.substring(0, close + 1));
    String mode = rest.substring(close + 1).strip();
    switch (mode) {
      case "":
      case "exact":
        return AnswerKey.matrix(m, AnswerKey.MatrixMode.EXACT);
      case "rowequivalent":
        return AnswerKey.matrix(m, AnswerKey.MatrixMode.ROW_EQUIVALENT);
      case "echelon":
        return AnswerKey.matrix(m, AnswerKey.MatrixMode.ANY_ECHELON_FORM_OF);
      default:
        throw new IllegalArgumentException(
            "unknown matrix mode '" + mode + "' (known: exact, rowequivalent, echelon)");
    }
  }

  private static AnswerKey expression(String rest) {
    if (rest.isEmpty()) {
      throw new IllegalArgumentException("an expression answer reads 'expression 2x + 2'");
    }
    Expression e = Expression.parse(rest);
    List<String> variables = new ArrayList<>(e.variables());
    variables.sort(null);
    return AnswerKey.expression(e, variables.toArray(new String[0]));
  }

  private static void nothingAfter(String rest, String kind) {
    if (!rest.isEmpty()) {
      throw new IllegalArgumentException("nothing may follow 'answer: " + kind + "'");
    }
  }

  private static Fraction exact(String text, String usage) {
    try {
      return Fraction.parse(text.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(usage + "; '" + text.strip() + "' is not a number", e);
    }
  }

  private static double real(String text) {
    try {
      return Fraction.parse(text).doubleValue();
    } catch (IllegalArgumentException e) {
      try {
        double d = Double.parseDouble(text);
        if (Double.isFinite(d) && !text.endsWith("f") && !text.endsWith("d")) {
          return d;
        }
      } catch (NumberFormatException ignored) {
        // reported below
      }
      throw new IllegalArgumentException("'" + text + "' is not a number", e);
    }
  }
}
