package org.mathforml.mathlib.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.w3c.dom.Document;

class FormatAndVectorTest {

  private static final FractionMatrix M = FractionMatrix.parse("[1 -1/2; 3 0]");

  @Test
  void latexForMatricesAndAugmentedMatrices() {
    assertEquals(
        "\\begin{bmatrix}1 & -\\frac{1}{2} \\\\ 3 & 0\\end{bmatrix}", MatrixFormat.latex(M));
    assertEquals(
        "\\left[\\begin{array}{c|c}1 & -\\frac{1}{2} \\\\ 3 & 0\\end{array}\\right]",
        MatrixFormat.augmentedLatex(M, 1));
    assertEquals(
        "\\left[\\begin{array}{cc|c}1 & -\\frac{1}{2} & 5 \\\\ 3 & 0 & 6" + "\\end{array}\\right]",
        MatrixFormat.augmentedLatex(M, FractionMatrix.parse("[5; 6]")));
    assertThrows(IllegalArgumentException.class, () -> MatrixFormat.augmentedLatex(M, 0));
    assertThrows(IllegalArgumentException.class, () -> MatrixFormat.augmentedLatex(M, 2));
  }

  @Test
  void mathmlForMatrices() throws Exception {
    String expected =
        "<math><mrow><mo>[</mo><mtable>"
            + "<mtr><mtd><mn>1</mn></mtd><mtd><mrow><mo>-</mo><mfrac><mn>1</mn><mn>2</mn></mfrac>"
            + "</mrow></mtd></mtr><mtr><mtd><mn>3</mn></mtd><mtd><mn>0</mn></mtd></mtr>"
            + "</mtable><mo>]</mo></mrow></math>";
    assertEquals(expected, MatrixFormat.mathml(M));
    String augmented = MatrixFormat.augmentedMathml(FractionMatrix.parse("[1 2 3; 4 5 6]"), 2);
    assertTrue(
        augmented.startsWith("<math><mrow><mo>[</mo><mtable columnlines=\"none solid\">"),
        augmented);
    // Both must be well-formed XML with a <math> root.
    for (String xml : new String[] {expected, augmented}) {
      Document d =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      assertEquals("math", d.getDocumentElement().getNodeName());
    }
    assertEquals(
        "<mrow><mo>-</mo><mn>9223372036854775808</mn></mrow>",
        org.mathforml.mathlib.exact.internal.Tex.mathml(Fraction.of(Long.MIN_VALUE)));
  }

  @Test
  void vectorArithmeticAndText() {
    FractionVector a = FractionVector.ofIntegers(1, 2, 3);
    FractionVector b = FractionVector.of(Fraction.of(1, 2), Fraction.ZERO, Fraction.of(-1));
    assertEquals(FractionVector.of(Fraction.of(3, 2), Fraction.of(2), Fraction.of(2)), a.add(b));
    assertEquals(
        FractionVector.of(Fraction.of(1, 2), Fraction.of(2), Fraction.of(4)), a.subtract(b));
    assertEquals(FractionVector.ofIntegers(-2, -4, -6), a.scale(Fraction.of(-2)));
    assertEquals(Fraction.of(-5, 2), a.dot(b));
    assertEquals("(1/2, 0, -1)", b.toString());
    assertEquals("(\\frac{1}{2}, 0, -1)", b.toLatexTuple());
    assertEquals("\\begin{bmatrix}\\frac{1}{2} \\\\ 0 \\\\ -1\\end{bmatrix}", b.toLatex());
    assertTrue(FractionVector.zero(2).isZero());
    assertEquals(FractionVector.ofIntegers(1, 3), FractionVector.column(M, 0));
    assertEquals(
        FractionVector.of(Fraction.of(0), Fraction.of(3)),
        FractionVector.times(M, FractionVector.ofIntegers(1, 2)));
  }

  @Test
  void invalidVectorsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> FractionVector.of());
    assertThrows(IllegalArgumentException.class, () -> FractionVector.ofIntegers());
    assertThrows(IllegalArgumentException.class, () -> FractionVector.of(Fraction.ONE, null));
    assertThrows(IllegalArgumentException.class, () -> FractionVector.zero(0));
    FractionVector two = FractionVector.ofIntegers(1, 2);
    assertThrows(IllegalArgumentException.class, () -> two.add(FractionVector.ofIntegers(1, 2, 3)));
    assertThrows(IllegalArgumentException.class, () -> two.dot(FractionVector.ofIntegers(1)));
    assertThrows(IndexOutOfBoundsException.class, () -> two.get(2));
  }
}
