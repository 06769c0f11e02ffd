package org.mathforml.site.directive.check;

import java.util.Locale;
import java.util.Map;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.LinearSystem;
import org.mathforml.mathlib.Solution;
import org.mathforml.mathlib.expr.Expression;
import org.mathforml.mathlib.expr.ExpressionException;

/**
 * A computation stated in a page ({@code det [2 1; 1 -1]}) and, for check blocks, the claimed
 * result ({@code = -3}). mathlib computes the left side; {@link #verify} compares it with the right
 * side, and quizzes compare {@link #compute} with their answer keys.
 */
public final class Claim {
  /** Relative tolerance for {@code value} claims, which are evaluated in doubles. */
  public static final double VALUE_TOLERANCE = 1e-9;

  /** The commands, as listed in messages. */
  static final String KNOWN =
      "det, rank, solve, value, singular, dependent, rref, " + VectorClaims.KNOWN;

  private Claim() {}

  /** Null when the claim {@code "command subject = expected"} holds, otherwise what is wrong. */
  public static String verify(String line) {
    int approx = line.lastIndexOf('≈');
    if (approx > 0) {
      return verifyRounded(line, approx);
    }
    int eq = line.lastIndexOf('=');
    int space = line.indexOf(' ');
    if (eq < 0 || space < 0 || space > eq) {
      return "a check reads 'command operands = expected' (commands: "
          + KNOWN
          + "), not '"
          + line
          + "'";
    }
    String expected = line.substring(eq + 1).strip();
    try {
      Computed actual = compute(line.substring(0, eq), line);
      return matches(actual, expected) ? null : mismatch(line, actual.describe());
    } catch (ExpressionException e) {
      return "cannot read '" + line + "': " + e.getMessage();
    } catch (IllegalArgumentException | ArithmeticException e) {
      return e instanceof Unknown
          ? e.getMessage()
          : "cannot check '" + line + "': " + e.getMessage();
    }
  }

  /**
   * Computes {@code "command subject"} (no right side), e.g. {@code det [2 1; 1 -1]}.
   *
   * @throws IllegalArgumentException with a message ready for authors
   */
  public static Computed compute(String text) {
    String t = text.strip();
    try {
      return compute(t, t);
    } catch (ExpressionException e) {
      throw new IllegalArgumentException("cannot read '" + t + "': " + e.getMessage(), e);
    } catch (Unknown e) {
      throw e;
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new IllegalArgumentException("cannot check '" + t + "': " + e.getMessage(), e);
    }
  }

  private static Computed compute(String text, String line) {
    String t = text.strip();
    int space = t.indexOf(' ');
    String command = space < 0 ? t : t.substring(0, space);
    String subject = space < 0 ? "" : t.substring(space + 1).strip();
    switch (command) {
      case "det":
        return Computed.exact(matrix(subject).determinant());
      case "rank":
        return Computed.exact(Fraction.of(matrix(subject).rank()));
      case "solve":
        return solve(subject);
      case "value":
        return Computed.real(Expression.parse(subject).evaluate(Map.of()));
      case "singular":
        FractionMatrix m = matrix(subject);
        return Computed.truth(m.determinant().isZero());
      case "dependent":
        FractionMatrix rows = matrix(subject);
        return Computed.truth(rows.rank() < rows.rows());
      case "rref":
        return Computed.matrix(matrix(subject).reducedRowEchelon());
      default:
        Computed other = VectorClaims.compute(command, subject);
        if (other != null) {
          return other;
        }
        throw new Unknown("unknown check '" + command + "' (known: " + KNOWN + ")");
    }
  }

  private static Computed solve(String subject) {
    Solution solution = LinearSystem.ofAugmented(matrix(subject)).solve();
    switch (solution.kind()) {
      case NONE:
        return Computed.none();
      case INFINITE:
        return Computed.infinitelyMany();
      default:
        return Computed.solution(solution.values());
    }
  }

  private static boolean matches(Computed actual, String expected) {
    switch (actual.kind()) {
      case EXACT:
        return actual.exactValue().equals(Fraction.parse(expected));
      case REAL:
        double want = Expression.parse(expected).evaluate(Map.of());
        return closeEnough(actual.realValue(), want);
      case SOLUTION:
        String want2 = expected.toLowerCase(Locale.ROOT);
        if (want2.equals("none") || want2.equals("infinitely many")) {
          return false;
        }
        return Computed.tuple(actual.solution()).equals(Computed.tuple(parseTuple(expected)));
      case NO_SOLUTION:
        return expected.toLowerCase(Locale.ROOT).equals("none");
      case INFINITELY_MANY:
        return expected.toLowerCase(Locale.ROOT).equals("infinitely many");
      case TRUTH:
        return Boolean.toString(actual.truth()).equals(truthWord(expected));
      case REALS:
        return realsMatch(actual.reals(), expected);
      case COMPLEX:
        return expected.toLowerCase(Locale.ROOT).equals("complex");
      default:
        return actual.matrixValue().equals(matrix(expected));
    }
  }

  // "norm (1, 1) ≈ 1.41": the value rounds to the decimal written (half a unit in its last place).
  private static String verifyRounded(String line, int approx) {
    String expected = line.substring(approx + 1).strip();
    int dot = expected.indexOf('.');
    int decimals = dot < 0 ? 0 : expected.length() - dot - 1;
    try {
      double want = Double.parseDouble(expected);
      Computed actual = compute(line.substring(0, approx), line);
      if (actual.kind() != Computed.Kind.EXACT && actual.kind() != Computed.Kind.REAL) {
        return "'≈' compares single numbers; write '=' for '" + line + "'";
      }
      double halfUnit = 0.5 * Math.pow(10, -decimals) * (1 + 1e-9);
      return Math.abs(actual.realValue() - want) <= halfUnit
          ? null
          : mismatch(line, actual.describe());
    } catch (NumberFormatException e) {
      return "after '≈' write a decimal such as 1.41, not '" + expected + "'";
    } catch (ExpressionException e) {
      return "cannot read '" + line + "': " + e.getMessage();
    } catch (IllegalArgumentException | ArithmeticException e) {
      return e instanceof Unknown
          ? e.getMessage()
          : "cannot check '" + line + "': " + e.getMessage();
    }
  }

  /** True when a double computed by mathlib equals {@code want} up to {@link #VALUE_TOLERANCE}. */
  public static boolean closeEnough(double actual, double want) {
    double scale = Math.max(1.0, Math.abs(want));
    return Double.isFinite(actual) && Math.abs(actual - want) <= VALUE_TOLERANCE * scale;
  }

  // Order-free: both sides sorted, largest first; entries may be expressions like 1 + sqrt(2).
  private static boolean realsMatch(double[] actual, String expected) {
    if (expected.toLowerCase(Locale.ROOT).equals("complex")) {
      return false;
    }
    String t = expected.strip();
    if (!t.startsWith("(") || !t.endsWith(")")) {
      throw new IllegalArgumentException("write real results as (3, 1), or complex");
    }
    String[] parts = t.substring(1, t.length() - 1).split(",");
    if (parts.length != actual.length) {
      return false;
    }
    double[] want = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      want[i] = -Expression.parse(parts[i].strip()).evaluate(Map.of());
    }
    java.util.Arrays.sort(want);
    for (int i = 0; i < want.length; i++) {
      if (!closeEnough(actual[i], -want[i])) {
        return false;
      }
    }
    return true;
  }

  private static String truthWord(String expected) {
    String w = expected.toLowerCase(Locale.ROOT);
    if (!w.equals("true") && !w.equals("false")) {
      throw new IllegalArgumentException("write true or false after '='");
    }
    return w;
  }

  /** A matrix in brackets, rows separated by ';', '|' allowed before the constants. */
  public static FractionMatrix matrix(String text) {
    String t = text.strip();
    if (!t.startsWith("[") || !t.endsWith("]")) {
      throw new IllegalArgumentException("put the matrix in brackets, e.g. [2 1; 1 -1]");
    }
    return FractionMatrix.parse(t.substring(1, t.length() - 1).replace('|', ' '));
  }

  /** A tuple {@code (1, -2, 1/2)} of exact numbers. */
  public static Fraction[] parseTuple(String text) {
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

  private static String mismatch(String line, String actual) {
    return "check failed: " + line + " (mathlib computes " + actual + ")";
  }

  /** An unknown command: its message is complete as it is. */
  private static final class Unknown extends IllegalArgumentException {
    Unknown(String message) {
      super(message);
    }
  }
}
