package org.mathforml.applets.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.expr.Expression;

class CheckerTest {

  private static Verdict check(AnswerKey key, Response r) {
    Verdict v = Checker.check(key, r);
    assertFalse(v.message().isEmpty());
    return v;
  }

  private static void accepts(AnswerKey key, Response r) {
    Verdict v = check(key, r);
    assertTrue(v.isCorrect(), "expected correct, got: " + v.message());
    assertEquals(Verdict.CORRECT, v.message());
  }

  private static Verdict rejects(AnswerKey key, Response r) {
    Verdict v = check(key, r);
    assertFalse(v.isCorrect(), "expected a rejection");
    return v;
  }

  private static void unreadable(AnswerKey key, Response r, String messagePart) {
    Verdict v = rejects(key, r);
    assertFalse(v.isReadable(), "expected unreadable: " + v.message());
    assertTrue(v.message().contains(messagePart), v.message());
  }

  private static void wrong(AnswerKey key, Response r, String messagePart) {
    Verdict v = rejects(key, r);
    assertTrue(v.isReadable(), "expected a readable wrong answer: " + v.message());
    assertTrue(v.message().contains(messagePart), v.message());
  }

  // --- choice -------------------------------------------------------------------------------

  @Test
  void singleChoice() {
    AnswerKey k = AnswerKey.singleChoice(4, 2);
    accepts(k, Response.selected(2));
    wrong(k, Response.selected(1), "not the right choice");
    unreadable(k, Response.selected(), "Select an option");
    unreadable(k, Response.selected(1, 2), "only one");
    unreadable(k, Response.selected(4), "wrong form");
    unreadable(k, Response.selected(-1), "wrong form");
    unreadable(k, Response.text("2"), "wrong form");
  }

  @Test
  void multipleChoice() {
    AnswerKey k = AnswerKey.multipleChoice(5, 3, 0);
    accepts(k, Response.selected(0, 3));
    accepts(k, Response.selected(3, 0));
    wrong(k, Response.selected(0), "not every correct option");
    wrong(k, Response.selected(0, 1, 3), "is wrong");
    wrong(k, Response.selected(1), "is wrong");
    unreadable(k, Response.selected(0, 0, 3), "wrong form");
    unreadable(k, Response.selected(), "at least one");
  }

  @Test
  void choiceKeysAreValidated() {
    assertIllegal(() -> AnswerKey.singleChoice(1, 0));
    assertIllegal(() -> AnswerKey.singleChoice(3, 3));
    assertIllegal(() -> AnswerKey.multipleChoice(3, 1, 1));
    assertIllegal(() -> AnswerKey.multipleChoice(3, -1));
  }

  // --- true/false ---------------------------------------------------------------------------

  @Test
  void trueFalse() {
    AnswerKey k = AnswerKey.trueFalse(false);
    accepts(k, Response.truth(false));
    accepts(k, Response.text(" False "));
    accepts(k, Response.selected(1));
    wrong(k, Response.truth(true), "not right");
    wrong(k, Response.selected(0), "not right");
    unreadable(k, Response.text("maybe"), "true or false");
    unreadable(k, Response.text(""), "true or false");
  }

  // --- numeric ------------------------------------------------------------------------------

  @Test
  void numericAbsolute() {
    AnswerKey k = AnswerKey.numeric(-0.75, 0.005);
    accepts(k, Response.text("-0.75"));
    accepts(k, Response.text("\u22120.75")); // Unicode minus, as copied from rendered math
    accepts(k, Response.text("  -0.752 "));
    accepts(k, Response.text("-3/4"));
    accepts(k, Response.text("-7.5e-1"));
    wrong(k, Response.text("-0.76"), "Close, but outside the tolerance");
    wrong(k, Response.text("0.75"), "not the right value");
    unreadable(k, Response.text(""), "Enter an answer");
    unreadable(k, Response.text("   "), "Enter an answer");
    unreadable(k, Response.text("abc"), "not a number");
    unreadable(k, Response.text("NaN"), "not a number");
    unreadable(k, Response.text("Infinity"), "not a number");
    unreadable(k, Response.text("0x1p3"), "not a number");
    unreadable(k, Response.text("1.5f"), "not a number");
    unreadable(k, Response.text("1e400"), "too large");
    unreadable(k, Response.text("-0,75"), "decimal point");
    unreadable(k, Response.text("3/0"), "3/0 is not a number");
    unreadable(k, Response.text("1..5"), "not a number");
  }

  @Test
  void numericRelative() {
    AnswerKey k = AnswerKey.numericRelative(2000, 0.01);
    accepts(k, Response.text("1985"));
    accepts(k, Response.text("2.01e3"));
    wrong(k, Response.text("2100"), "Close");
    wrong(k, Response.text("200"), "not the right value");
    assertIllegal(() -> AnswerKey.numericRelative(0, 0.01));
    assertIllegal(() -> AnswerKey.numeric(Double.NaN, 0.01));
    assertIllegal(() -> AnswerKey.numeric(1, -1));
    assertIllegal(() -> AnswerKey.numeric(Double.POSITIVE_INFINITY, 1));
  }

  @Test
  void numericZeroToleranceIsExact() {
    AnswerKey k = AnswerKey.numeric(0.5, 0);
    accepts(k, Response.text("1/2"));
    wrong(k, Response.text("0.5000001"), "not the right value");
  }

  // --- fraction -----------------------------------------------------------------------------

  @Test
  void fractionWithDecimalsAndMixedNumbers() {
    AnswerKey k = AnswerKey.fraction(Fraction.of(-3, 2), true, true);
    accepts(k, Response.text("-3/2"));
    accepts(k, Response.text("-6/4"));
    accepts(k, Response.text("-1 1/2"));
    accepts(k, Response.text("\u22121.5"));
    accepts(k, Response.text(" -3 / 2 "));
    wrong(k, Response.text("3/2"), "Check the sign");
    wrong(k, Response.text("-1 1/3"), "not the right value");
    unreadable(k, Response.text("3/0"), "3/0 is not a number");
    unreadable(k, Response.text("1 3/2"), "not a number");
    unreadable(k, Response.text("x"), "not a number");
    unreadable(k, Response.text("99999999999999999999"), "too large");
  }

  @Test
  void fractionOnly() {
    AnswerKey k = AnswerKey.fraction(Fraction.of(3, 4), false, false);
    accepts(k, Response.text("3/4"));
    unreadable(k, Response.text("0.75"), "not a decimal");
    unreadable(k, Response.text("1 1/2"), "not a mixed number");
    unreadable(k, Response.text("1.5e3"), "exponent");
    wrong(k, Response.text("4/3"), "not the right value");
  }

  @Test
  void fractionMessagesNeverGiveTheAnswer() {
    AnswerKey k = AnswerKey.fraction(Fraction.of(1, 3), true, false);
    Verdict v = rejects(k, Response.text("0.33"));
    assertTrue(v.message().contains("cannot be exact"), v.message());
    for (String typed : new String[] {"0.33", "1/4", "", "abc", "1/0", "1 1/3"}) {
      String m = Checker.check(k, Response.text(typed)).message();
      assertFalse(m.contains("1/3") && !typed.contains("1/3"), m);
    }
  }

  // --- vector -------------------------------------------------------------------------------

  @Test
  void exactVector() {
    AnswerKey k = AnswerKey.vector(Fraction.of(1, 2), Fraction.of(-3), Fraction.ZERO);
    accepts(k, Response.cells("1/2", "-3", "0"));
    accepts(k, Response.cells("0.5", "\u22123", " 0 "));
    accepts(k, Response.text("(1/2, -3, 0)"));
    accepts(k, Response.text("[0.5; -3; 0]"));
    accepts(k, Response.text("1/2 -3 0"));
    accepts(k, Response.grid(new String[][] {{"1/2"}, {"-3"}, {"0"}}));
    wrong(k, Response.cells("1/2", "3", "0"), "1 entry is wrong");
    wrong(k, Response.cells("-3", "1/2", "1"), "3 entries are wrong");
    unreadable(k, Response.cells("1/2", "", "0"), "Entry 2 is empty");
    unreadable(k, Response.cells("1/2", "-3"), "Enter 3 entries");
    unreadable(k, Response.text("(1/2, , 0)"), "Entry 2 is empty");
    unreadable(k, Response.cells("1/2", "x", "0"), "Entry 2: \"x\" is not a number");
    unreadable(k, Response.cells("1/0", "1", "0"), "1/0 is not a number");
    unreadable(k, Response.text(""), "Enter an answer");
  }

  @Test
  void approximateVector() {
    AnswerKey k = AnswerKey.vector(new double[] {1.5, -2.25}, 0.01);
    accepts(k, Response.text("1.5, -2.25"));
    accepts(k, Response.cells("1.505", "-9/4"));
    wrong(k, Response.cells("1.5", "-2.3"), "1 entry is wrong");
    assertIllegal(() -> AnswerKey.vector(new double[] {Double.NaN}, 0.1));
    assertIllegal(() -> AnswerKey.vector(new double[0], 0.1));
  }

  // --- matrix -------------------------------------------------------------------------------

  private static final FractionMatrix A = FractionMatrix.parse("[1 2 3; 2 4 7; 1 1 1]");

  @Test
  void exactMatrix() {
    AnswerKey k = AnswerKey.matrix(A, AnswerKey.MatrixMode.EXACT);
    accepts(k, grid("1 2 3", "2 4 7", "1 1 1"));
    wrong(k, grid("1 2 1", "2 4 1", "3 7 1"), "entries are wrong"); // the transpose
    unreadable(k, grid("1 2 3", "2 4 7"), "3 rows and 3 columns");
    unreadable(
        k,
        Response.grid(new String[][] {{"1", "2", "3"}, {"2", "", "7"}, {"1", "1", "1"}}),
        "Row 2, column 2 is empty");
    unreadable(
        k,
        Response.grid(new String[][] {{"1", "2", "3"}, {"2", "4", "7"}, {"1", "1", "?"}}),
        "Row 3, column 3: \"?\" is not a number");
  }

  @Test
  void rowEquivalentMatrix() {
    AnswerKey k = AnswerKey.matrix(A, AnswerKey.MatrixMode.ROW_EQUIVALENT);
    accepts(k, grid("1 2 3", "0 0 1", "1 1 1")); // R2 <- R2 - 2 R1
    accepts(k, grid("1 0 0", "0 1 0", "0 0 1")); // A is invertible
    wrong(k, grid("1 2 3", "2 4 6", "1 1 1"), "not row equivalent");
  }

  @Test
  void anyEchelonForm() {
    AnswerKey k = AnswerKey.matrix(A, AnswerKey.MatrixMode.ANY_ECHELON_FORM_OF);
    accepts(k, grid("1 2 3", "0 -1 -2", "0 0 1"));
    accepts(k, grid("1 0 0", "0 1 0", "0 0 1"));
    accepts(k, grid("2 4 7", "0 -1 -5/2", "0 0 -1/2"));
    wrong(k, grid("1 2 3", "0 0 1", "1 1 1"), "not in row echelon form");
    wrong(k, grid("1 2 3", "0 1 2", "0 0 0"), "not row equivalent");
  }

  private static Response grid(String... rows) {
    String[][] g = new String[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      g[i] = rows[i].trim().split(" +");
    }
    return Response.grid(g);
  }

  // --- expression ---------------------------------------------------------------------------

  @Test
  void expressionEquivalence() {
    AnswerKey k = AnswerKey.expression(Expression.parse("2x+2"), "x");
    accepts(k, Response.text("2(x+1)"));
    accepts(k, Response.text("2*x + 2"));
    accepts(k, Response.text("x + x + 2"));
    wrong(k, Response.text("2x+1"), "not equal");
    wrong(k, Response.text("2x-2"), "not equal");
    unreadable(k, Response.text("2x+"), "could not be read at position 4");
    unreadable(k, Response.text("2x + )"), "could not be read at position 6");
    unreadable(k, Response.text("2y+2"), "Unknown variable y; use x");
    unreadable(k, Response.text(""), "Enter an answer");
  }

  @Test
  void powersAndProducts() {
    AnswerKey k = AnswerKey.expression(Expression.parse("x^2"), "x");
    accepts(k, Response.text("x*x"));
    accepts(k, Response.text("x \u00D7 x"));
    wrong(k, Response.text("2x"), "not equal");
    AnswerKey two = AnswerKey.expression(Expression.parse("x^2 + 2x y"), "x", "y");
    accepts(two, Response.text("x(x + 2y)"));
    unreadable(two, Response.text("x + z"), "use x or y");
    assertIllegal(() -> AnswerKey.expression(Expression.parse("x + y"), "x"));
  }

  // --- ordering -----------------------------------------------------------------------------

  @Test
  void ordering() {
    AnswerKey k = AnswerKey.ordering(2, 0, 1);
    accepts(k, Response.selected(2, 0, 1));
    wrong(k, Response.selected(2, 1, 0), "2 items are out of place");
    unreadable(k, Response.selected(2, 0), "exactly once");
    unreadable(k, Response.selected(2, 2, 1), "exactly once");
    assertIllegal(() -> AnswerKey.ordering(0));
    assertIllegal(() -> AnswerKey.ordering(0, 2));
  }

  @Test
  void hugeNumbersGiveAMessageNotAnException() {
    AnswerKey k = AnswerKey.matrix(A, AnswerKey.MatrixMode.ROW_EQUIVALENT);
    String big = "9223372036854775807";
    Verdict v =
        Checker.check(
            k, Response.grid(new String[][] {{big, big, "3"}, {"2", big, "7"}, {"1", "1", big}}));
    assertFalse(v.isCorrect());
    assertFalse(v.isReadable(), v.message());
  }

  private static void assertIllegal(Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException expected) {
      return;
    }
    throw new AssertionError("expected IllegalArgumentException");
  }
}
