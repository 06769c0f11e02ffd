package org.mathforml.applets.quiz.internal;

import org.mathforml.applets.quiz.MathText;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.RowOperation;

/**
 * Writes one formula in plain text, LaTeX and presentation MathML at once, so the three forms of a
 * {@link MathText} cannot drift apart. Minus signs are U+2212 in MathML (as a character reference,
 * keeping the output ASCII) and '-' elsewhere. Reference: W3C MathML 3.0, ch. 3. Mutable; one per
 * formula.
 *
 * <p>Chromium stretches operators only with an OpenType MATH font, which KaTeX's fonts are not, so
 * the MathML carries classes for applets.css instead: a matrix's {@code <mtable>} draws its own
 * brackets or bars ({@code quiz-math-bmatrix}, {@code quiz-math-vmatrix}) while the fence {@code
 * <mo>}s stay in the tree for screen readers but out of sight ({@code quiz-math-fence}); the bar of
 * an augmented matrix is a border on the cells after it ({@code quiz-math-split}); a brace before a
 * table takes a fixed-size KaTeX glyph ({@code quiz-math-brace}, {@code quiz-math-cases}); a
 * labelled arrow is an {@code <mover>} whose arrow CSS draws as wide as its label ({@code
 * quiz-math-xarrow}). {@link #build()} gives fences written with {@link #raw} the same classes.
 */
public final class MathBuilder {

  private static final String MINUS = "&#x2212;";
  private static final String FENCE = "<mo class=\"quiz-math-fence\">";

  // Sized so that most formulas never grow them: in TeaVM every growth is a new typed array and
  // a copy character by character, as is every string concatenation, so the methods below append
  // their pieces rather than concatenating them first.
  private final StringBuilder text = new StringBuilder(32);
  private final StringBuilder latex = new StringBuilder(64);
  private final StringBuilder ml = new StringBuilder(256);

  /** Appends the three forms as given (MathML must be well-formed content of an mrow). */
  public MathBuilder raw(String t, String l, String m) {
    text.append(t);
    latex.append(l);
    ml.append(m);
    return this;
  }

  /** An identifier such as x or A. */
  public MathBuilder id(String name) {
    text.append(name);
    latex.append(name);
    ml.append("<mi>").append(name).append("</mi>");
    return this;
  }

  /** An identifier with a numeric subscript: R_1, x_2. */
  public MathBuilder sub(String name, int index) {
    text.append(name).append(index);
    latex.append(name).append("_{").append(index).append('}');
    ml.append("<msub><mi>").append(name).append("</mi><mn>").append(index).append("</mn></msub>");
    return this;
  }

  /** A bold vector symbol with subscript: r_1 in bold. */
  public MathBuilder boldSub(String name, int index) {
    text.append(name).append(index);
    latex.append("\\mathbf{").append(name).append("}_{").append(index).append('}');
    ml.append("<msub><mi mathvariant=\"bold\">").append(name).append("</mi><mn>").append(index);
    ml.append("</mn></msub>");
    return this;
  }

  /** A words-only part: "no solution". */
  public MathBuilder words(String s) {
    text.append(s);
    latex.append("\\text{").append(s).append('}');
    ml.append("<mtext>").append(s).append("</mtext>");
    return this;
  }

  /**
   * A binary relation or operator with spaces: "=", "+", "-", "*" (a centred dot), "," (a wide
   * separator), "assign" (a left arrow) or "swap" (a double arrow).
   */
  public MathBuilder op(String o) {
    if (o.equals("-")) {
      return raw(" - ", " - ", "<mo>" + MINUS + "</mo>");
    }
    if (o.equals("*")) {
      return raw(" * ", " \\cdot ", "<mo>&#x22C5;</mo>");
    }
    if (o.equals("assign")) {
      return raw(" <- ", " \\leftarrow ", "<mo>&#x2190;</mo>");
    }
    if (o.equals("swap")) {
      return raw(" <-" + "> ", " \\leftrightarrow ", "<mo>&#x2194;</mo>");
    }
    if (o.equals(",")) {
      return raw(", ", ",\\quad ", "<mo>,</mo><mspace width=\"1em\"/>");
    }
    text.append(' ').append(o).append(' ');
    latex.append(' ').append(o).append(' ');
    ml.append("<mo>").append(o).append("</mo>");
    return this;
  }

  /** A number: "3", "-3/4". */
  public MathBuilder num(Fraction f) {
    // As Fraction's toString and toLatex write it, with the digits printed once for three forms.
    boolean negative = f.signum() < 0;
    String digits = digits(f.numerator());
    String denominator = f.isInteger() ? null : digits(f.denominator());
    text.append(digits);
    if (denominator == null) {
      latex.append(digits);
    } else {
      text.append('/').append(denominator);
      latex
          .append(negative ? "-\\frac{" : "\\frac{")
          .append(digits, negative ? 1 : 0, digits.length());
      latex.append("}{").append(denominator).append('}');
    }
    appendMathml(ml, negative, digits, denominator);
    return this;
  }

  /** A number as a factor of a product: negative numbers in parentheses, "(-3)". */
  public MathBuilder factor(Fraction f) {
    if (f.signum() >= 0 && f.isInteger()) {
      return num(f);
    }
    raw("(", "\\left(", "<mrow><mo>(</mo>").num(f);
    return raw(")", "\\right)", "<mo>)</mo></mrow>");
  }

  /**
   * A term c*symbol of a sum: the first term keeps its sign ("-x", "3x"); later terms bring their
   * own operator (" - 3x", " + x"). Coefficients 1 and -1 are not written. A symbol that starts
   * with a digit gets a centred dot ("4 * 25"), not juxtaposition, which would read as 425. A
   * leading minus is a prefix operator in its own mrow, so it is not spaced like a binary one.
   */
  public MathBuilder term(Fraction c, MathBuilder symbol, boolean first) {
    Fraction shown = c;
    if (!first) {
      op(c.signum() < 0 ? "-" : "+");
      shown = c.abs();
    }
    boolean prefix = shown.signum() < 0;
    if (prefix) {
      raw("-", "-", "<mrow><mo>" + MINUS + "</mo>");
      shown = shown.negate();
    }
    if (!shown.equals(Fraction.ONE)) {
      num(shown);
      char lead = symbol.text.length() > 0 ? symbol.text.charAt(0) : 'x';
      if (lead >= '0' && lead <= '9') {
        op("*");
      } else {
        raw(" ", "", "<mo>&#x2062;</mo>");
      }
    }
    append(symbol);
    return prefix ? raw("", "", "</mrow>") : this;
  }

  /** Appends another builder's content. */
  public MathBuilder append(MathBuilder other) {
    text.append(other.text);
    latex.append(other.latex);
    ml.append(other.ml);
    return this;
  }

  /** A matrix in brackets; a bar before column {@code split} when it is in 1..cols-1. */
  public MathBuilder matrix(FractionMatrix m, int split) {
    return table(m, split, false);
  }

  /** A determinant: the matrix between vertical bars. */
  public MathBuilder determinant(FractionMatrix m) {
    return table(m, -1, true);
  }

  private MathBuilder table(FractionMatrix m, int split, boolean bars) {
    boolean augmented = split > 0 && split < m.cols();
    text.append(bars ? "|" : "[");
    if (bars) {
      latex.append("\\begin{vmatrix}");
    } else if (augmented) {
      latex.append("\\left[\\begin{array}{");
      for (int j = 0; j < m.cols(); j++) {
        latex.append(j == split ? "|c" : "c");
      }
      latex.append('}');
    } else {
      latex.append("\\begin{bmatrix}");
    }
    ml.append("<mrow>").append(FENCE).append(bars ? "|" : "[").append("</mo><mtable class=\"");
    ml.append(bars ? "quiz-math-vmatrix" : "quiz-math-bmatrix").append("\">");
    for (int i = 0; i < m.rows(); i++) {
      text.append(i > 0 ? "; " : "");
      latex.append(i > 0 ? " \\\\ " : "");
      ml.append("<mtr>");
      for (int j = 0; j < m.cols(); j++) {
        text.append(j == 0 ? "" : j == split && augmented ? " | " : " ");
        latex.append(j > 0 ? " & " : "");
        ml.append(augmented && j == split ? "<mtd class=\"quiz-math-split\">" : "<mtd>");
        num(m.get(i, j));
        ml.append("</mtd>");
      }
      ml.append("</mtr>");
    }
    text.append(bars ? "|" : "]");
    if (bars) {
      latex.append("\\end{vmatrix}");
    } else {
      latex.append(augmented ? "\\end{array}\\right]" : "\\end{bmatrix}");
    }
    ml.append("</mtable>").append(FENCE).append(bars ? "|" : "]").append("</mo></mrow>");
    return this;
  }

  /** A tuple "(1, -2, 3)". */
  public MathBuilder tuple(Fraction[] v) {
    raw("(", "(", "<mo>(</mo>");
    for (int i = 0; i < v.length; i++) {
      if (i > 0) {
        raw(", ", ", ", "<mo>,</mo>");
      }
      num(v[i]);
    }
    return raw(")", ")", "<mo>)</mo>");
  }

  /** A row operation: "R2 <- R2 - 3 R1", "R1 <-> R2", "R1 <- 1/2 R1". */
  public MathBuilder rowOperation(RowOperation o) {
    sub("R", o.target() + 1);
    if (o.kind() == RowOperation.Kind.SWAP) {
      return op("swap").sub("R", o.source() + 1);
    }
    op("assign");
    if (o.kind() == RowOperation.Kind.SCALE) {
      return term(o.factor(), new MathBuilder().sub("R", o.target() + 1), true);
    }
    sub("R", o.target() + 1);
    return term(o.factor(), new MathBuilder().sub("R", o.source() + 1), false);
  }

  /** An arrow labelled with the row operation, as in a chain of reductions. */
  public MathBuilder arrow(RowOperation o) {
    MathBuilder label = new MathBuilder().rowOperation(o);
    text.append(" =[").append(label.text).append("]=> ");
    latex.append(" \\xrightarrow{").append(label.latex).append("} ");
    ml.append("<mover class=\"quiz-math-xarrow\"><mo stretchy=\"false\">&#x2192;</mo><mrow>");
    ml.append(label.ml).append("</mrow></mover>");
    return this;
  }

  /** Returns the formula. */
  public MathText build() {
    String body = classifyFences(ml.toString());
    body = upright(body);
    String math =
        new StringBuilder(body.length() + 13)
            .append("<math>")
            .append(body)
            .append("</math>")
            .toString();
    return MathText.of(text.toString(), latex.toString(), math);
  }

  /**
   * Gives fences around a table written with {@link #raw} the classes {@link #table} writes: an
   * {@code <mo>} of "[", "|" or "{" right before {@code <mtable}, and one of "]" or "|" right after
   * {@code </mtable>}. The same output as five {@code String.replace} calls in that order, in one
   * pass from one "mtable" to the next: TeaVM's replace copies character by character, and the five
   * of them took about 40% of a warm generator's time in the browser (more on a first draw).
   */
  static String classifyFences(String ml) {
    StringBuilder out = null;
    int from = 0;
    int at = ml.indexOf("mtable");
    while (at >= 0) {
      String by = null;
      int start = 0;
      int end = 0;
      if (at >= from + 11
          && ml.charAt(at - 1) == '<'
          && ml.startsWith("<mo>", at - 11)
          && ml.startsWith("</mo>", at - 6)) {
        char f = ml.charAt(at - 7);
        start = at - 11;
        end = at + 6;
        if (f == '[') {
          by = FENCE + "[</mo><mtable class=\"quiz-math-bmatrix\"";
        } else if (f == '|') {
          by = FENCE + "|</mo><mtable class=\"quiz-math-vmatrix\"";
        } else if (f == '{') {
          by =
              "<mo class=\"quiz-math-brace\" stretchy=\"false\">{</mo><mtable class=\"quiz-math-cases\"";
        }
      } else if (at >= 2
          && ml.startsWith("</", at - 2)
          && ml.startsWith("><mo>", at + 6)
          && ml.startsWith("</mo>", at + 12)) {
        char f = ml.charAt(at + 11);
        start = at - 2;
        end = at + 17;
        // a bar between two tables belongs to the second one ("<mo>|</mo><mtable" is replaced
        // first)
        if (f == ']' || f == '|' && !ml.startsWith("<mtable", end)) {
          by = f == ']' ? "</mtable>" + FENCE + "]</mo>" : "</mtable>" + FENCE + "|</mo>";
        }
      }
      if (by != null) {
        out = out == null ? new StringBuilder(ml.length() + 128) : out;
        out.append(ml, from, start).append(by);
        from = end;
      }
      at = ml.indexOf("mtable", at + 6);
    }
    return out == null ? ml : out.append(ml, from, ml.length()).toString();
  }

  /**
   * Marks identifiers of several letters ("det") {@code mathvariant="normal"}, as MathML draws them
   * anyway (the page's CSS sets every other {@code <mi>} in KaTeX's italic math font), with a thin
   * space after one that is not followed by an operator, like TeX's {@code \det A}.
   */
  static String upright(String ml) {
    StringBuilder out = null;
    int from = 0;
    int at = ml.indexOf("<mi>");
    while (at >= 0) {
      int end = ml.indexOf("</mi>", at);
      if (end < 0) {
        break;
      }
      if (letters(ml, at + 4, end) > 1) {
        out = out == null ? new StringBuilder(ml.length() + 64) : out;
        out.append(ml, from, at + 3).append(" mathvariant=\"normal\">");
        out.append(ml, at + 4, end + 5);
        if (!ml.startsWith("<mo", end + 5) && !ml.startsWith("</", end + 5)) {
          out.append("<mspace width=\"0.1667em\"/>");
        }
        from = end + 5;
      }
      at = ml.indexOf("<mi>", end);
    }
    return out == null ? ml : out.append(ml, from, ml.length()).toString();
  }

  /** Characters from start to end, a character reference counting as one. */
  private static int letters(String s, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      if (s.charAt(i) == '&') {
        int semi = s.indexOf(';', i);
        i = semi > i && semi < end ? semi : i;
      }
      n++;
    }
    return n;
  }

  /**
   * Long.toString(n), through Integer.toString when n fits: TeaVM's longs are BigInts, which make
   * Long.toString several times slower.
   */
  private static String digits(long n) {
    return n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE
        ? Integer.toString((int) n)
        : Long.toString(n);
  }

  /**
   * The MathML of a number, "<mn>3</mn>", a negative one as an mrow with a minus: digits as
   * Long.toString writes them (with a '-' when negative), denominator null if none.
   */
  private static void appendMathml(
      StringBuilder sb, boolean negative, String digits, String denominator) {
    if (negative) {
      sb.append("<mrow><mo>" + MINUS + "</mo>");
    }
    sb.append(denominator == null ? "<mn>" : "<mfrac><mn>");
    sb.append(digits, negative ? 1 : 0, digits.length()).append("</mn>");
    if (denominator != null) {
      sb.append("<mn>").append(denominator).append("</mn></mfrac>");
    }
    if (negative) {
      sb.append("</mrow>");
    }
  }
}
