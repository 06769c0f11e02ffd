package org.mathforml.site.directive.quiz;

import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Checker;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Serialized;
import org.mathforml.applets.quiz.Verdict;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.site.directive.check.Claim;
import org.mathforml.site.directive.check.Computed;

/**
 * Build-time proofs about one answer key: that what mathlib computes for a {@code check:} line is
 * the key, and that the quiz engine reads the key back and accepts the key's own answer.
 */
final class KeyProof {
  private KeyProof() {}

  /** Null when mathlib's result for the check agrees with the key, otherwise why not. */
  static String agrees(AnswerKey key, Computed solved) {
    Computed computed = oneUnknown(solved);
    switch (key.kind()) {
      case FRACTION:
        if (computed.kind() == Computed.Kind.EXACT) {
          return computed.exactValue().equals(key.fractionValue()) ? null : "";
        }
        if (computed.kind() == Computed.Kind.REAL) {
          return Claim.closeEnough(computed.realValue(), key.fractionValue().doubleValue())
              ? null
              : "";
        }
        break;
      case NUMERIC:
        if (computed.kind() == Computed.Kind.EXACT || computed.kind() == Computed.Kind.REAL) {
          double allowed =
              key.isRelative() ? key.tolerance() * Math.abs(key.value()) : key.tolerance();
          return Math.abs(computed.realValue() - key.value()) <= allowed ? null : "";
        }
        break;
      case EXPRESSION:
        if (key.variables().length == 0
            && (computed.kind() == Computed.Kind.EXACT || computed.kind() == Computed.Kind.REAL)) {
          double v = key.expression().evaluate(java.util.Map.of());
          return Claim.closeEnough(computed.realValue(), v) ? null : "";
        }
        break;
      case TRUE_FALSE:
        if (computed.kind() == Computed.Kind.TRUTH) {
          return computed.truth() == key.truth() ? null : "";
        }
        break;
      case VECTOR:
        if (computed.kind() == Computed.Kind.SOLUTION) {
          return vectorAgrees(key, computed.solution()) ? null : "";
        }
        if (computed.kind() == Computed.Kind.REALS) {
          return realsAgree(key, computed.reals()) ? null : "";
        }
        if (computed.kind() == Computed.Kind.NO_SOLUTION
            || computed.kind() == Computed.Kind.INFINITELY_MANY) {
          return "";
        }
        break;
      case MATRIX:
        if (computed.kind() == Computed.Kind.MATRIX) {
          return Checker.check(key, grid(computed.matrixValue())).isCorrect() ? null : "";
        }
        break;
      default:
        break;
    }
    return "a check without '=' proves numeric, fraction, vector, matrix, true/false and constant"
        + " expression answers from a check command of the same kind; "
        + "here write the whole claim, e.g. 'check: det [2 1; 1 -1] = -3'";
  }

  // The solution of one equation in one unknown is a number.
  private static Computed oneUnknown(Computed c) {
    if (c.kind() == Computed.Kind.SOLUTION && c.solution().length == 1) {
      return Computed.exact(c.solution()[0]);
    }
    return c;
  }

  // Eigenvalues come largest first; the key may list them in any order.
  private static boolean realsAgree(AnswerKey key, double[] reals) {
    if (reals.length != key.size()) {
      return false;
    }
    double[] entries = new double[reals.length];
    for (int i = 0; i < entries.length; i++) {
      entries[i] =
          key.isExactVector() ? key.exactEntries()[i].doubleValue() : key.approximateEntries()[i];
    }
    java.util.Arrays.sort(entries);
    double allowed = key.isExactVector() ? 0 : key.tolerance();
    for (int i = 0; i < entries.length; i++) {
      double want = entries[entries.length - 1 - i];
      if (Math.abs(want - reals[i]) > allowed && !Claim.closeEnough(reals[i], want)) {
        return false;
      }
    }
    return true;
  }

  private static boolean vectorAgrees(AnswerKey key, Fraction[] solution) {
    if (solution.length != key.size()) {
      return false;
    }
    for (int i = 0; i < solution.length; i++) {
      boolean same =
          key.isExactVector()
              ? key.exactEntries()[i].equals(solution[i])
              : Math.abs(key.approximateEntries()[i] - solution[i].doubleValue())
                  <= key.tolerance();
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /**
   * Null when the key survives the trip through its page attribute and the engine accepts the key's
   * own answer; otherwise a message (a problem in the quiz engine, not in the page).
   */
  static String selfCheck(AnswerKey key) {
    String written = Serialized.write(key);
    try {
      String again = Serialized.write(Serialized.read(written));
      if (!again.equals(written)) {
        return "quiz engine problem: key '" + written + "' reads back as '" + again + "'";
      }
    } catch (IllegalArgumentException e) {
      return "quiz engine problem: " + e.getMessage();
    }
    Verdict verdict = Checker.check(key, modelAnswer(key));
    return verdict.isCorrect()
        ? null
        : "quiz engine problem: the key '"
            + written
            + "' refuses its own answer ("
            + verdict.message()
            + ")";
  }

  /** The answer a reader would give if they typed or picked the key itself. */
  static Response modelAnswer(AnswerKey key) {
    switch (key.kind()) {
      case CHOICE:
      case ORDERING:
        return Response.selected(key.indices());
      case TRUE_FALSE:
        return Response.truth(key.truth());
      case NUMERIC:
        return Response.text(plain(key.value()));
      case FRACTION:
        return Response.text(key.fractionValue().toString());
      case VECTOR:
        String[] cells = new String[key.size()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] =
              key.isExactVector()
                  ? key.exactEntries()[i].toString()
                  : plain(key.approximateEntries()[i]);
        }
        return Response.cells(cells);
      case MATRIX:
        FractionMatrix m = key.matrix();
        return grid(key.matrixMode() == AnswerKey.MatrixMode.EXACT ? m : m.reducedRowEchelon());
      default:
        return Response.text(key.expression().toString());
    }
  }

  private static Response grid(FractionMatrix m) {
    String[][] rows = new String[m.rows()][m.cols()];
    for (int r = 0; r < m.rows(); r++) {
      for (int c = 0; c < m.cols(); c++) {
        rows[r][c] = m.get(r, c).toString();
      }
    }
    return Response.grid(rows);
  }

  // A double as a reader types it: no exponent for everyday sizes.
  private static String plain(double v) {
    String s = Double.toString(v);
    if (s.indexOf('E') < 0) {
      return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
    return new java.math.BigDecimal(v).stripTrailingZeros().toPlainString();
  }
}
