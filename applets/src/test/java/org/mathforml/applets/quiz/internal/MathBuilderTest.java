package org.mathforml.applets.quiz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mathforml.applets.quiz.MathText;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.RowOperation;

/** The MathML hooks applets.css draws with, and the spacing fixes of terms. */
class MathBuilderTest {

  private static final String FENCE = "<mo class=\"quiz-math-fence\">";

  private static FractionMatrix twoRows(long... entries) {
    int cols = entries.length / 2;
    long[][] rows = new long[2][cols];
    for (int i = 0; i < entries.length; i++) {
      rows[i / cols][i % cols] = entries[i];
    }
    return FractionMatrix.ofIntegers(rows);
  }

  @Test
  void matricesDrawTheirBracketsAndKeepHiddenFencesForScreenReaders() {
    String ml = new MathBuilder().matrix(twoRows(1, 2, 3, 4, 5, 6), 2).build().mathml();
    assertTrue(
        ml.startsWith("<math><mrow>" + FENCE + "[</mo><mtable class=\"quiz-math-bmatrix\">"));
    assertTrue(ml.endsWith("</mtable>" + FENCE + "]</mo></mrow></math>"), ml);
    assertEquals(2, count(ml, "<mtd class=\"quiz-math-split\"><mn>"), ml); // column 3, both rows
    assertFalse(ml.contains("columnlines"), ml);
    String det = new MathBuilder().determinant(twoRows(1, 2, 3, 4)).build().mathml();
    assertTrue(det.contains(FENCE + "|</mo><mtable class=\"quiz-math-vmatrix\">"), det);
    assertEquals(0, count(det, "quiz-math-split"), det);
  }

  @Test
  void rawFencesAroundATableGetTheSameClasses() {
    String raw =
        "<mrow><mo>[</mo><mtable><mtr><mtd><mi>a</mi></mtd></mtr></mtable><mo>]</mo></mrow>"
            + "<mrow><mo>{</mo><mtable columnalign=\"left\"><mtr><mtd><mn>1</mn></mtd></mtr>"
            + "</mtable></mrow>";
    String ml = new MathBuilder().raw("", "", raw).build().mathml();
    assertTrue(ml.contains(FENCE + "[</mo><mtable class=\"quiz-math-bmatrix\">"), ml);
    assertTrue(ml.contains("</mtable>" + FENCE + "]</mo>"), ml);
    assertTrue(
        ml.contains(
            "<mo class=\"quiz-math-brace\" stretchy=\"false\">{</mo>"
                + "<mtable class=\"quiz-math-cases\" columnalign=\"left\">"),
        ml);
  }

  /** The five replaces classifyFences stands for, in their order. */
  private static String fiveReplaces(String ml) {
    return ml.replace("<mo>[</mo><mtable", FENCE + "[</mo><mtable class=\"quiz-math-bmatrix\"")
        .replace("</mtable><mo>]</mo>", "</mtable>" + FENCE + "]</mo>")
        .replace("<mo>|</mo><mtable", FENCE + "|</mo><mtable class=\"quiz-math-vmatrix\"")
        .replace("</mtable><mo>|</mo>", "</mtable>" + FENCE + "|</mo>")
        .replace(
            "<mo>{</mo><mtable",
            "<mo class=\"quiz-math-brace\" stretchy=\"false\">{</mo><mtable class=\"quiz-math-cases\"");
  }

  @Test
  void fencesAreClassifiedInOnePassAsFiveReplacesWould() {
    String cell = "<mtr><mtd><mn>1</mn></mtd></mtr>";
    String[] cases = {
      "",
      "<mi>x</mi>",
      "<mo>[</mo><mtable>" + cell + "</mtable><mo>]</mo>",
      "<mo>|</mo><mtable>" + cell + "</mtable><mo>|</mo><mo>=</mo><mn>2</mn>",
      "<mrow><mo>{</mo><mtable columnalign=\"left\">" + cell + "</mtable></mrow>",
      "<mo>[</mo><mtable>" + cell + "</mtable><mo>|</mo><mtable>" + cell + "</mtable><mo>|</mo>",
      "<mo>(</mo><mtable>" + cell + "</mtable><mo>)</mo><mtext>mtable</mtext>",
      "mtable<mo>]</mo></mtable><mo>]</mo>",
      new MathBuilder().determinant(twoRows(1, 2, 3, 4)).build().mathml()
    };
    for (String c : cases) {
      assertEquals(fiveReplaces(c), MathBuilder.classifyFences(c), c);
    }
  }

  @Test
  void aRowOperationArrowIsAnMoverWithTheLabelOverANonStretchyArrow() {
    MathText t = new MathBuilder().arrow(RowOperation.addMultiple(1, 0, Fraction.of(5))).build();
    assertEquals(" =[R2 <- R2 + 5 R1]=> ", t.text());
    assertTrue(
        t.mathml()
            .startsWith(
                "<math><mover class=\"quiz-math-xarrow\"><mo stretchy=\"false\">&#x2192;</mo>"
                    + "<mrow><msub><mi>R</mi><mn>2</mn></msub><mo>&#x2190;</mo>"),
        t.mathml());
  }

  @Test
  void wordsOfSeveralLettersAreUprightWithAThinSpaceBeforeAnOperand() {
    assertEquals(
        "<math><mi mathvariant=\"normal\">det</mi><mspace width=\"0.1667em\"/><mi>A</mi></math>",
        new MathBuilder().raw("det A", "\\det A", "<mi>det</mi><mi>A</mi>").build().mathml());
    assertEquals(
        "<math><mi mathvariant=\"normal\">sin</mi><mo>&#x2061;</mo><mi>&#x3B8;</mi></math>",
        new MathBuilder()
            .raw("", "", "<mi>sin</mi><mo>&#x2061;</mo><mi>&#x3B8;</mi>")
            .build()
            .mathml());
  }

  @Test
  void aLeadingMinusIsAPrefixAndNumbersAreNotJuxtaposed() {
    MathText t =
        new MathBuilder()
            .term(Fraction.of(-1), new MathBuilder().id("x"), true)
            .term(Fraction.of(4), new MathBuilder().num(Fraction.of(25)), false)
            .build();
    assertEquals("-x + 4 * 25", t.text());
    assertEquals("-x + 4 \\cdot 25", t.latex());
    assertEquals(
        "<math><mrow><mo>&#x2212;</mo><mi>x</mi></mrow><mo>+</mo><mn>4</mn><mo>&#x22C5;</mo>"
            + "<mn>25</mn></math>",
        t.mathml());
    MathText three =
        new MathBuilder().term(Fraction.of(-3), new MathBuilder().id("y"), true).build();
    assertEquals("-3 y", three.text());
    assertEquals(
        "<math><mrow><mo>&#x2212;</mo><mn>3</mn><mo>&#x2062;</mo><mi>y</mi></mrow></math>",
        three.mathml());
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
