package org.mathforml.mathlib.expr.internal;

/**
 * Prints a tree as presentation MathML (mi, mn, mo, mrow, mfrac, msup, msub, msqrt), with the same
 * parentheses and implicit products as the LaTeX printer (see {@link Layout}), so a quiz can show
 * math without KaTeX. Non-ASCII symbols are numeric character references, so the output is plain
 * ASCII and valid in HTML and XML. Reference: W3C, "Mathematical Markup Language (MathML) Version
 * 3.0", ch. 3.
 */
public final class MathMlPrinter implements NodeVisitor<String> {

  private static final MathMlPrinter INSTANCE = new MathMlPrinter();
  private static final String MINUS = "<mo>&#x2212;</mo>";
  private static final String INVISIBLE_TIMES = "<mo>&#x2062;</mo>";
  private static final String DOT = "<mo>&#x22C5;</mo>";
  private static final String APPLY = "<mo>&#x2061;</mo>";

  private MathMlPrinter() {}

  /** The complete {@code <math>} element for {@code root}. */
  public static String print(Node root) {
    return "<math xmlns=\"http://www.w3.org/1998/Math/MathML\">"
        + root.accept(INSTANCE)
        + "</math>";
  }

  @Override
  public String visitNumber(Node.Number node) {
    return "<mn>" + node.text() + "</mn>";
  }

  @Override
  public String visitVariable(Node.Variable node) {
    String name = node.name();
    int split = Layout.digitsStart(name);
    String letters = name.substring(0, split);
    int greek = Layout.greekIndex(letters);
    String mi =
        greek >= 0
            ? "<mi>&#x" + Integer.toHexString(Layout.greekChar(greek)) + ";</mi>"
            : "<mi>" + letters + "</mi>";
    if (split == name.length()) {
      return mi;
    }
    return "<msub>" + mi + "<mn>" + name.substring(split) + "</mn></msub>";
  }

  @Override
  public String visitConstant(Node.Constant node) {
    return node.constant() == Constants.PI ? "<mi>&#x3C0;</mi>" : "<mi>e</mi>";
  }

  @Override
  public String visitNegate(Node.Negate node) {
    return row(MINUS + wrap(node.operand(), Layout.wrapNegated(node.operand())));
  }

  @Override
  public String visitBinary(Node.Binary node) {
    Node a = node.left();
    Node b = node.right();
    switch (node.operator()) {
      case ADD:
        return row(a.accept(this) + "<mo>+</mo>" + wrap(b, Layout.wrapAfterPlus(b)));
      case SUBTRACT:
        return row(a.accept(this) + MINUS + wrap(b, Layout.wrapAfterMinus(b)));
      case MULTIPLY:
        String times = Layout.implicit(a, b) ? INVISIBLE_TIMES : DOT;
        return row(wrap(a, Layout.wrapLeftFactor(a)) + times + wrap(b, Layout.wrapRightFactor(b)));
      case DIVIDE:
        Node positive = Layout.withoutLeadingMinus(a);
        if (positive != null) {
          return row(MINUS + "<mfrac>" + positive.accept(this) + b.accept(this) + "</mfrac>");
        }
        return "<mfrac>" + a.accept(this) + b.accept(this) + "</mfrac>";
      default:
        if (Layout.functionPower(a, b)) {
          Node.Call call = (Node.Call) a;
          return row(
              "<msup>"
                  + name(call.function())
                  + b.accept(this)
                  + "</msup>"
                  + APPLY
                  + parens(call.argument().accept(this)));
        }
        return "<msup>" + wrap(a, Layout.wrapBase(a)) + b.accept(this) + "</msup>";
    }
  }

  @Override
  public String visitCall(Node.Call node) {
    String arg = node.argument().accept(this);
    switch (node.function()) {
      case EXP:
        return "<msup><mi>e</mi>" + arg + "</msup>";
      case SQRT:
        return "<msqrt>" + arg + "</msqrt>";
      case ABS:
        return row("<mo>|</mo>" + arg + "<mo>|</mo>");
      default:
        return row(name(node.function()) + APPLY + parens(arg));
    }
  }

  private static String name(Functions f) {
    if (f == Functions.LOG10) {
      return "<msub><mi>log</mi><mn>10</mn></msub>";
    }
    return "<mi>" + f.functionName() + "</mi>";
  }

  private String wrap(Node node, boolean parenthesize) {
    String text = node.accept(this);
    return parenthesize ? parens(text) : text;
  }

  private static String parens(String content) {
    return row("<mo>(</mo>" + content + "<mo>)</mo>");
  }

  private static String row(String content) {
    return "<mrow>" + content + "</mrow>";
  }
}
