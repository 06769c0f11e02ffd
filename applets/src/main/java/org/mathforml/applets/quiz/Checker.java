package org.mathforml.applets.quiz;

import java.util.List;
import org.mathforml.applets.quiz.internal.Input;
import org.mathforml.applets.quiz.internal.InputException;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.EchelonForm;
import org.mathforml.mathlib.expr.Expression;
import org.mathforml.mathlib.expr.ExpressionException;

/**
 * Compares a reader's {@link Response} with an {@link AnswerKey}. Never throws for anything a
 * reader can type: unreadable input gives a {@link Verdict} with {@link Verdict#isReadable()} false
 * and a message saying what to fix. A response of the wrong shape for the key (a grid for a choice)
 * is a page bug and gives an unreadable verdict too.
 */
public final class Checker {

  /** A numeric answer within this many tolerances (but outside one) is called "close". */
  static final double CLOSE_FACTOR = 10;

  static final String WRONG_VALUE = "That is not the right value.";
  private static final String SHAPE = "This answer has the wrong form for the question.";

  private Checker() {}

  /** Checks {@code response} against {@code key}. */
  public static Verdict check(AnswerKey key, Response response) {
    if (key == null || response == null) {
      throw new IllegalArgumentException("null key or response");
    }
    // One call inside the try: TeaVM repeats the catch clauses for every statement of a try.
    try {
      return dispatch(key, response);
    } catch (InputException e) {
      return Verdict.unreadable(e.getMessage());
    } catch (ArithmeticException e) {
      return Verdict.unreadable("Those numbers are too large to check.");
    }
  }

  private static Verdict dispatch(AnswerKey key, Response response) {
    switch (key.kind()) {
      case CHOICE:
        return choice(key, response);
      case TRUE_FALSE:
        return trueFalse(key, response);
      case NUMERIC:
        return numeric(key, text(response));
      case FRACTION:
        return fraction(key, text(response));
      case VECTOR:
        return vector(key, response);
      case MATRIX:
        return matrix(key, response);
      case EXPRESSION:
        return expression(key, text(response));
      default:
        return ordering(key, response);
    }
  }

  private static String text(Response r) {
    if (!r.isText()) {
      throw new InputException(SHAPE);
    }
    return r.text();
  }

  private static Verdict choice(AnswerKey key, Response r) {
    if (!r.isSelection()) {
      throw new InputException(SHAPE);
    }
    boolean[] chosen = new boolean[key.choiceCount()];
    int count = 0;
    for (int i : r.indices()) {
      if (i < 0 || i >= chosen.length || chosen[i]) {
        throw new InputException(SHAPE);
      }
      chosen[i] = true;
      count++;
    }
    if (count == 0) {
      throw new InputException(
          key.isMultiple() ? "Select at least one option." : "Select an option first.");
    }
    if (!key.isMultiple() && count > 1) {
      throw new InputException("Select only one option.");
    }
    int[] correct = key.indices();
    boolean[] isCorrect = new boolean[chosen.length];
    for (int c : correct) {
      isCorrect[c] = true;
    }
    int wrong = 0;
    int missing = 0;
    for (int i = 0; i < chosen.length; i++) {
      wrong += chosen[i] && !isCorrect[i] ? 1 : 0;
      missing += !chosen[i] && isCorrect[i] ? 1 : 0;
    }
    if (wrong == 0 && missing == 0) {
      return Verdict.correct();
    }
    if (!key.isMultiple()) {
      return Verdict.wrong("That is not the right choice.");
    }
    return Verdict.wrong(
        wrong > 0
            ? "At least one option you selected is wrong."
            : "Right so far, but not every correct option is selected.");
  }

  private static Verdict trueFalse(AnswerKey key, Response r) {
    boolean answer;
    if (r.isSelection() && r.indices().length == 1 && r.indices()[0] >= 0 && r.indices()[0] < 2) {
      answer = r.indices()[0] == 0; // buttons in the order True, False
    } else {
      String t = lowerAscii(Input.normalize(text(r)));
      if (t.equals("true") || t.equals("t") || t.equals("yes")) {
        answer = true;
      } else if (t.equals("false") || t.equals("f") || t.equals("no")) {
        answer = false;
      } else {
        throw new InputException("Choose true or false.");
      }
    }
    return answer == key.truth() ? Verdict.correct() : Verdict.wrong("That is not right.");
  }

  private static Verdict numeric(AnswerKey key, String raw) {
    double x = Input.real(raw);
    double allowed = key.isRelative() ? key.tolerance() * Math.abs(key.value()) : key.tolerance();
    double error = Math.abs(x - key.value());
    if (error <= allowed) {
      return Verdict.correct();
    }
    if (allowed > 0 && error <= CLOSE_FACTOR * allowed) {
      return Verdict.wrong("Close, but outside the tolerance.");
    }
    return Verdict.wrong(WRONG_VALUE);
  }

  private static Verdict fraction(AnswerKey key, String raw) {
    Fraction x = Input.fraction(raw, key.acceptsDecimals(), key.acceptsMixed());
    Fraction k = key.fractionValue();
    if (x.equals(k)) {
      return Verdict.correct();
    }
    if (Input.normalize(raw).indexOf('.') >= 0 && !terminates(k)) {
      return Verdict.wrong("A decimal cannot be exact here; write the answer as a fraction p/q.");
    }
    if (!k.isZero() && x.equals(k.negate())) {
      return Verdict.wrong("Check the sign.");
    }
    return Verdict.wrong(WRONG_VALUE);
  }

  // True if the decimal expansion of f ends: its denominator has no prime factor but 2 and 5.
  private static boolean terminates(Fraction f) {
    long d = f.denominator();
    while (d % 2 == 0) {
      d /= 2;
    }
    while (d % 5 == 0) {
      d /= 5;
    }
    return d == 1;
  }

  private static Verdict vector(AnswerKey key, Response r) {
    String[] cells;
    if (r.isText()) {
      List<String> parts = Input.splitVector(r.text());
      if (parts.isEmpty()) {
        throw new InputException("Enter an answer first.");
      }
      cells = parts.toArray(new String[0]);
    } else if (r.isGrid()) {
      cells = flatten(r.grid());
    } else {
      throw new InputException(SHAPE);
    }
    int n = key.size();
    if (cells.length != n) {
      throw new InputException("Enter " + n + " entries; this answer has " + cells.length + ".");
    }
    int wrong = 0;
    for (int i = 0; i < n; i++) {
      String where = "Entry " + (i + 1);
      if (Input.normalize(cells[i]).isEmpty()) {
        throw new InputException(where + " is empty.");
      }
      try {
        if (key.isExactVector()) {
          wrong += Input.fraction(cells[i], true, true).equals(key.exactEntries()[i]) ? 0 : 1;
        } else {
          double e = Math.abs(Input.real(cells[i]) - key.approximateEntries()[i]);
          wrong += e <= key.tolerance() ? 0 : 1;
        }
      } catch (InputException e) {
        throw new InputException(where + ": " + lowerFirst(e.getMessage()));
      }
    }
    return wrong == 0
        ? Verdict.correct()
        : Verdict.wrong(count(wrong, "entry is wrong.", "entries are wrong."));
  }

  // A grid of one row or one column is a vector.
  private static String[] flatten(String[][] g) {
    if (g.length == 1) {
      return g[0];
    }
    String[] out = new String[g.length];
    for (int i = 0; i < g.length; i++) {
      if (g[i].length != 1) {
        throw new InputException(SHAPE);
      }
      out[i] = g[i][0];
    }
    return out;
  }

  private static Verdict matrix(AnswerKey key, Response r) {
    if (!r.isGrid()) {
      throw new InputException(SHAPE);
    }
    FractionMatrix k = key.matrix();
    String[][] g = r.grid();
    boolean shape = g.length == k.rows();
    for (int i = 0; shape && i < g.length; i++) {
      shape = g[i].length == k.cols();
    }
    if (!shape) {
      throw new InputException(
          "The grid must have " + k.rows() + " rows and " + k.cols() + " columns.");
    }
    Fraction[][] m = new Fraction[k.rows()][k.cols()];
    for (int i = 0; i < g.length; i++) {
      for (int j = 0; j < g[i].length; j++) {
        String where = "Row " + (i + 1) + ", column " + (j + 1);
        if (Input.normalize(g[i][j]).isEmpty()) {
          throw new InputException(where + " is empty.");
        }
        try {
          m[i][j] = Input.fraction(g[i][j], true, true);
        } catch (InputException e) {
          throw new InputException(where + ": " + lowerFirst(e.getMessage()));
        }
      }
    }
    FractionMatrix x = FractionMatrix.of(m);
    switch (key.matrixMode()) {
      case EXACT:
        int wrong = 0;
        for (int i = 0; i < k.rows(); i++) {
          for (int j = 0; j < k.cols(); j++) {
            wrong += x.get(i, j).equals(k.get(i, j)) ? 0 : 1;
          }
        }
        return wrong == 0
            ? Verdict.correct()
            : Verdict.wrong(count(wrong, "entry is wrong.", "entries are wrong."));
      case ROW_EQUIVALENT:
        return EchelonForm.isRowEquivalent(x, k)
            ? Verdict.correct()
            : Verdict.wrong("That matrix is not row equivalent to the given one.");
      default:
        if (!EchelonForm.isRowEchelon(x)) {
          return Verdict.wrong("That matrix is not in row echelon form.");
        }
        return EchelonForm.isRowEquivalent(x, k)
            ? Verdict.correct()
            : Verdict.wrong(
                "That matrix is in row echelon form, but not row equivalent to the given one.");
    }
  }

  private static Verdict expression(AnswerKey key, String raw) {
    if (Input.normalize(raw).isEmpty()) {
      throw new InputException("Enter an answer first.");
    }
    Expression x;
    try {
      x =
          Expression.parse(
              raw.replace('\u2212', '-').replace('\u00D7', '*').replace('\u22C5', '*'));
    } catch (ExpressionException e) {
      throw new InputException(
          "Your expression could not be read at position "
              + (e.position() + 1)
              + ": "
              + e.problem()
              + ".");
    }
    String[] allowed = key.variables();
    for (String v : x.variables()) {
      boolean known = false;
      for (String a : allowed) {
        known |= a.equals(v);
      }
      if (!known) {
        throw new InputException(
            allowed.length == 0
                ? "The answer is a number; " + v + " is not allowed."
                : "Unknown variable " + v + "; use " + join(allowed) + ".");
      }
    }
    return x.equivalentTo(key.expression())
        ? Verdict.correct()
        : Verdict.wrong("That expression is not equal to the answer.");
  }

  private static Verdict ordering(AnswerKey key, Response r) {
    if (!r.isSelection()) {
      throw new InputException(SHAPE);
    }
    int[] order = r.indices();
    int[] correct = key.indices();
    boolean[] seen = new boolean[correct.length];
    boolean valid = order.length == correct.length;
    for (int i = 0; valid && i < order.length; i++) {
      valid = order[i] >= 0 && order[i] < seen.length && !seen[order[i]];
      if (valid) {
        seen[order[i]] = true;
      }
    }
    if (!valid) {
      throw new InputException("Place every item exactly once.");
    }
    int wrong = 0;
    for (int i = 0; i < order.length; i++) {
      wrong += order[i] == correct[i] ? 0 : 1;
    }
    return wrong == 0
        ? Verdict.correct()
        : Verdict.wrong(count(wrong, "item is out of place.", "items are out of place."));
  }

  private static String count(int n, String one, String many) {
    return n == 1 ? "1 " + one : n + " " + many;
  }

  // ASCII only: String.toLowerCase and Character.toLowerCase pull Unicode case tables (~4 KB
  // gzip) into the browser bundle, and every message and keyword here is ASCII.
  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : lowerAscii(s.substring(0, 1)) + s.substring(1);
  }

  private static String lowerAscii(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = c[i] >= 'A' && c[i] <= 'Z' ? (char) (c[i] + ('a' - 'A')) : c[i];
    }
    return new String(c);
  }

  private static String join(String[] names) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      sb.append(i == 0 ? "" : i == names.length - 1 ? " or " : ", ").append(names[i]);
    }
    return sb.toString();
  }
}
