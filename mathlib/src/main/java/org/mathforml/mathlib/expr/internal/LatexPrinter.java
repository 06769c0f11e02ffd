package org.mathforml.mathlib.expr.internal;

/**
 * Prints a tree as textbook LaTeX: \frac for division, x^{2}, \sqrt{x}, \sin(x), \ln(x), e^{x} for
 * exp, implicit products ("3x", "2\sin(x)", "(x + 1)(x - 1)") and only the parentheses a reader
 * needs (see {@link Layout}). For KaTeX or MathJax.
 */
public final class LatexPrinter implements NodeVisitor<String> {

  private static final LatexPrinter INSTANCE = new LatexPrinter();

  private LatexPrinter() {}

  /** The LaTeX for {@code root}, without $ delimiters. */
  public static String print(Node root) {
    return root.accept(INSTANCE);
  }

  @Override
  public String visitNumber(Node.Number node) {
    String text = node.text();
    int e = text.indexOf('E');
    if (e < 0) {
      return text;
    }
    return text.substring(0, e) + " \\times 10^{" + text.substring(e + 1) + "}";
  }

  @Override
  public String visitVariable(Node.Variable node) {
    String name = node.name();
    int split = Layout.digitsStart(name);
    String letters = name.substring(0, split);
    String shown;
    int greek = Layout.greekIndex(letters);
    if (greek >= 0) {
      shown = letters.equals("omicron") ? "o" : "\\" + letters;
    } else if (letters.length() == 1) {
      shown = letters;
    } else {
      shown = "\\mathit{" + escape(letters) + "}";
    }
    return split < name.length() ? shown + "_{" + name.substring(split) + "}" : shown;
  }

  @Override
  public String visitConstant(Node.Constant node) {
    return node.constant() == Constants.PI ? "\\pi" : "e";
  }

  @Override
  public String visitNegate(Node.Negate node) {
    return "-" + wrap(node.operand(), Layout.wrapNegated(node.operand()));
  }

  @Override
  public String visitBinary(Node.Binary node) {
    Node a = node.left();
    Node b = node.right();
    switch (node.operator()) {
      case ADD:
        return a.accept(this) + " + " + wrap(b, Layout.wrapAfterPlus(b));
      case SUBTRACT:
        return a.accept(this) + " - " + wrap(b, Layout.wrapAfterMinus(b));
      case MULTIPLY:
        String left = wrap(a, Layout.wrapLeftFactor(a));
        String right = wrap(b, Layout.wrapRightFactor(b));
        if (!Layout.implicit(a, b)) {
          return left + " \\cdot " + right;
        }
        boolean space = isLetter(left.charAt(left.length() - 1)) && isLetter(right.charAt(0));
        return left + (space ? " " : "") + right;
      case DIVIDE:
        Node positive = Layout.withoutLeadingMinus(a);
        if (positive != null) {
          return "-\\frac{" + positive.accept(this) + "}{" + b.accept(this) + "}";
        }
        return "\\frac{" + a.accept(this) + "}{" + b.accept(this) + "}";
      default:
        if (Layout.functionPower(a, b)) {
          Node.Call call = (Node.Call) a;
          return name(call.function()) + "^{" + b.accept(this) + "}" + argument(call);
        }
        return wrap(a, Layout.wrapBase(a)) + "^{" + b.accept(this) + "}";
    }
  }

  @Override
  public String visitCall(Node.Call node) {
    String arg = node.argument().accept(this);
    switch (node.function()) {
      case EXP:
        return "e^{" + arg + "}";
      case SQRT:
        return "\\sqrt{" + arg + "}";
      case ABS:
        return "\\left|" + arg + "\\right|";
      default:
        return name(node.function()) + argument(node);
    }
  }

  private String argument(Node.Call call) {
    String arg = call.argument().accept(this);
    return arg.indexOf("\\frac") >= 0 ? "\\left(" + arg + "\\right)" : "(" + arg + ")";
  }

  private static String name(Functions f) {
    switch (f) {
      case LOG10:
        return "\\log_{10}";
      case SIGN:
        return "\\operatorname{sign}";
      default:
        return "\\" + f.functionName();
    }
  }

  private String wrap(Node node, boolean parenthesize) {
    String text = node.accept(this);
    if (!parenthesize) {
      return text;
    }
    return text.indexOf("\\frac") >= 0 ? "\\left(" + text + "\\right)" : "(" + text + ")";
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  // Identifiers are letters, digits and '_'; only '_' is special in LaTeX.
  private static String escape(String letters) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      sb.append(c == '_' ? "\\_" : String.valueOf(c));
    }
    return sb.toString();
  }
}
