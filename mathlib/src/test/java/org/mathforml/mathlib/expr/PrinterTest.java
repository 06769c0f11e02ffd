package org.mathforml.mathlib.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** LaTeX and MathML output, written out by hand as a textbook would typeset each input. */
class PrinterTest {

  private static final String MATH = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\">";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "3x                | 3x",
        "2 sin(x)          | 2\\sin(x)",
        "x^2               | x^{2}",
        "x^2 + 1           | x^{2} + 1",
        "1/x               | \\frac{1}{x}",
        "(x+1)/(x-1)       | \\frac{x + 1}{x - 1}",
        "sqrt(x + 1)       | \\sqrt{x + 1}",
        "exp(x)            | e^{x}",
        "e^(2x)            | e^{2x}",
        "ln(x)             | \\ln(x)",
        "log10(x)          | \\log_{10}(x)",
        "abs(x)            | \"\\left|x\\right|\"",
        "(x+1)(x-1)        | (x + 1)(x - 1)",
        "2 * 3             | 2 \\cdot 3",
        "x * 2             | x \\cdot 2",
        "2 * (1/3)         | 2 \\cdot \\frac{1}{3}",
        "x * -y            | x(-y)",
        "(x - 9)(-10x)     | (x - 9)(-10x)",
        "x + -3y           | x + (-3y)",
        "x - -3y           | x - (-3y)",
        "-(-3x)            | -(-3x)",
        "x - (y - z)       | x - (y - z)",
        "x + -y            | x + (-y)",
        "-(x + 1)          | -(x + 1)",
        "-x^2              | -x^{2}",
        "(-x)^2            | (-x)^{2}",
        "(2x)^3            | (2x)^{3}",
        "2^3^2             | 2^{3^{2}}",
        "x^(1/2)           | x^{\\frac{1}{2}}",
        "sin(x)^2          | \\sin^{2}(x)",
        "sin(1/x)          | \\sin\\left(\\frac{1}{x}\\right)",
        "2 pi x            | 2\\pi x",
        "theta + x1 + rate | \\theta + x_{1} + \\mathit{rate}",
        "-1/x              | -\\frac{1}{x}",
        "a b               | a b",
      })
  void latex(String text, String latex) {
    assertEquals(latex, Expression.parse(text).toLatex());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3x       | <mrow><mn>3</mn><mo>&#x2062;</mo><mi>x</mi></mrow>",
        "x^2      | <msup><mi>x</mi><mn>2</mn></msup>",
        "1/x      | <mfrac><mn>1</mn><mi>x</mi></mfrac>",
        "sqrt(x)  | <msqrt><mi>x</mi></msqrt>",
        "x - 1    | <mrow><mi>x</mi><mo>&#x2212;</mo><mn>1</mn></mrow>",
        "2 * 3    | <mrow><mn>2</mn><mo>&#x22C5;</mo><mn>3</mn></mrow>",
        "pi       | <mi>&#x3C0;</mi>",
        "alpha    | <mi>&#x3b1;</mi>",
        "x2       | <msub><mi>x</mi><mn>2</mn></msub>",
        "exp(x)   | <msup><mi>e</mi><mi>x</mi></msup>",
        "sin(x)   |"
            + " <mrow><mi>sin</mi><mo>&#x2061;</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow></mrow>",
        "(x+1)^2  |"
            + " <msup><mrow><mo>(</mo><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><mo>)</mo></mrow><mn>2</mn></msup>",
        "-1/x     | <mrow><mo>&#x2212;</mo><mfrac><mn>1</mn><mi>x</mi></mfrac></mrow>",
        "x(-2y)   |"
            + " <mrow><mi>x</mi><mo>&#x2062;</mo><mrow><mo>(</mo><mrow><mrow><mo>&#x2212;</mo><mn>2</mn></mrow><mo>&#x2062;</mo><mi>y</mi></mrow><mo>)</mo></mrow></mrow>",
      })
  void mathMl(String text, String body) {
    assertEquals(MATH + body + "</math>", Expression.parse(text).toMathML());
  }

  @Test
  void mathMlIsWellFormedXmlForRandomExpressions() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Random rnd = new Random(3);
    for (int k = 0; k < 300; k++) {
      Expression e = Expression.parse(ExpressionTestSupport.randomExpression(rnd, 4));
      String xml = e.toMathML();
      Document doc =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      assertEquals("math", doc.getDocumentElement().getLocalName());
      assertEquals(1, doc.getDocumentElement().getChildNodes().getLength(), xml);
      assertTrue(balancedBraces(e.toLatex()), e.toLatex());
    }
  }

  private static boolean balancedBraces(String latex) {
    int depth = 0;
    for (char c : latex.toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
