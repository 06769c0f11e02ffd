package org.mathforml.applets.quiz;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.applets.quiz.internal.Input;
import org.mathforml.mathlib.Decimal;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.expr.Expression;
import org.mathforml.mathlib.expr.ExpressionException;

/**
 * A one-line text form of an {@link AnswerKey}, so the site can put a key in a page attribute and
 * the quiz runtime can read it back without a JSON library. Fields are separated by '|', list items
 * by ',', matrix rows by ';'; no spaces except inside an expression:
 *
 * <pre>
 * choice|single|4|2                 4 options, option 2 (0-based) is correct
 * choice|multiple|5|0,3             options 0 and 3 (an empty list: none is correct)
 * truefalse|true
 * numeric|2.5|abs|0.01              |x - 2.5| &lt;= 0.01     (rel: |x - v| &lt;= tol |v|)
 * fraction|-3/4|dm                  flags: d decimals, m mixed numbers accepted, - neither
 * vector|exact|1/2,-3,0
 * vector|approx|0.001|1.5,-2.25     tolerance, then the entries
 * matrix|exact|1,2;3,4              modes: exact, rowequivalent, echelon (ANY_ECHELON_FORM_OF)
 * expression|x,y|2 * x + y          variables (may be empty), then the expression to the end
 * ordering|2,0,1
 * </pre>
 *
 * Fractions are written as {@link Fraction#toString()} ("-3/4", "5") and must be in that form;
 * doubles as {@link Double#toString(double)} and read by {@link Decimal#parse} after a syntax check
 * (no NaN, Infinity or hexadecimal), which gives back the same double (not {@code
 * Double.parseDouble}: it costs ~14 KB gzip in the browser bundle). {@link #read} is strict:
 * anything else throws, so a typo in a page is caught by the site's build rather than marking every
 * answer wrong.
 *
 * <p>{@link #write} is for the build (the JVM): its double printing costs about 12 KB gzip in a
 * TeaVM bundle, so the browser runtime should only call {@link #read}.
 */
public final class Serialized {

  private Serialized() {}

  /** Writes {@code key} in the format above. */
  public static String write(AnswerKey key) {
    StringBuilder sb = new StringBuilder();
    switch (key.kind()) {
      case CHOICE:
        sb.append("choice|").append(key.isMultiple() ? "multiple|" : "single|");
        sb.append(key.choiceCount()).append('|');
        ints(sb, key.indices());
        break;
      case TRUE_FALSE:
        sb.append("truefalse|").append(key.truth());
        break;
      case NUMERIC:
        sb.append("numeric|").append(Double.toString(key.value()));
        sb.append(key.isRelative() ? "|rel|" : "|abs|").append(Double.toString(key.tolerance()));
        break;
      case FRACTION:
        sb.append("fraction|").append(key.fractionValue()).append('|');
        String flags = (key.acceptsDecimals() ? "d" : "") + (key.acceptsMixed() ? "m" : "");
        sb.append(flags.isEmpty() ? "-" : flags);
        break;
      case VECTOR:
        if (key.isExactVector()) {
          sb.append("vector|exact|");
          fractions(sb, key.exactEntries());
        } else {
          sb.append("vector|approx|").append(Double.toString(key.tolerance())).append('|');
          double[] e = key.approximateEntries();
          for (int i = 0; i < e.length; i++) {
            sb.append(i > 0 ? "," : "").append(Double.toString(e[i]));
          }
        }
        break;
      case MATRIX:
        sb.append("matrix|").append(modeName(key.matrixMode())).append('|');
        FractionMatrix m = key.matrix();
        for (int i = 0; i < m.rows(); i++) {
          sb.append(i > 0 ? ";" : "");
          fractions(sb, m.row(i));
        }
        break;
      case EXPRESSION:
        sb.append("expression|");
        String[] vars = key.variables();
        for (int i = 0; i < vars.length; i++) {
          sb.append(i > 0 ? "," : "").append(vars[i]);
        }
        sb.append('|').append(key.expression());
        break;
      default:
        sb.append("ordering|");
        ints(sb, key.indices());
    }
    return sb.toString();
  }

  /**
   * Reads a key written by {@link #write}.
   *
   * @throws IllegalArgumentException naming the problem if the text is not exactly in the format
   */
  public static AnswerKey read(String text) {
    if (text == null) {
      throw bad("null", "no text");
    }
    // One try around one call: TeaVM repeats the catch clauses for every statement of a long try
    // block (it made this method 28 KB of unminified JavaScript).
    try {
      return parse(text);
    } catch (ExpressionException e) {
      throw bad(text, e.getMessage());
    } catch (ArithmeticException e) {
      throw bad(text, e.getMessage());
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      throw m != null && m.startsWith("bad quiz key") ? e : bad(text, m);
    }
  }

  private static AnswerKey parse(String text) {
    List<String> f = split(text, '|', 3);
    String kind = f.get(0);
    if (kind.equals("choice")) {
      expect(text, f, 4);
      boolean multiple = flag(text, f.get(1), "multiple", "single");
      int count = integer(text, f.get(2));
      int[] idx = ints(text, f.get(3));
      return multiple ? AnswerKey.multipleChoice(count, idx) : single(text, count, idx);
    }
    if (kind.equals("truefalse")) {
      expect(text, f, 2);
      return AnswerKey.trueFalse(flag(text, f.get(1), "true", "false"));
    }
    if (kind.equals("numeric")) {
      expect(text, f, 4);
      double v = real(text, f.get(1));
      double tol = real(text, f.get(3));
      return flag(text, f.get(2), "rel", "abs")
          ? AnswerKey.numericRelative(v, tol)
          : AnswerKey.numeric(v, tol);
    }
    if (kind.equals("fraction")) {
      expect(text, f, 3);
      String flags = f.get(2);
      if (!(flags.equals("-") || flags.equals("d") || flags.equals("m") || flags.equals("dm"))) {
        throw bad(text, "fraction flags must be -, d, m or dm");
      }
      return AnswerKey.fraction(
          fraction(text, f.get(1)), flags.indexOf('d') >= 0, flags.indexOf('m') >= 0);
    }
    if (kind.equals("vector")) {
      if (f.size() > 1 && f.get(1).equals("exact")) {
        expect(text, f, 3);
        return AnswerKey.vector(fractions(text, f.get(2)));
      }
      expect(text, f, 4);
      flag(text, f.get(1), "approx", "approx");
      List<String> items = split(f.get(3), ',', 1);
      double[] e = new double[items.size()];
      for (int i = 0; i < e.length; i++) {
        e[i] = real(text, items.get(i));
      }
      return AnswerKey.vector(e, real(text, f.get(2)));
    }
    if (kind.equals("matrix")) {
      expect(text, f, 3);
      List<String> rows = split(f.get(2), ';', 1);
      Fraction[][] m = new Fraction[rows.size()][];
      for (int i = 0; i < m.length; i++) {
        m[i] = fractions(text, rows.get(i));
      }
      return AnswerKey.matrix(FractionMatrix.of(m), mode(text, f.get(1)));
    }
    if (kind.equals("expression")) {
      int first = text.indexOf('|');
      int second = text.indexOf('|', first + 1);
      if (second < 0) {
        throw bad(text, "expected expression|variables|expression");
      }
      String vars = text.substring(first + 1, second);
      String[] names = vars.isEmpty() ? new String[0] : split(vars, ',', 1).toArray(new String[0]);
      return AnswerKey.expression(Expression.parse(text.substring(second + 1)), names);
    }
    if (kind.equals("ordering")) {
      expect(text, f, 2);
      return AnswerKey.ordering(ints(text, f.get(1)));
    }
    throw bad(text, "unknown kind '" + kind + "'");
  }

  private static AnswerKey single(String text, int count, int[] idx) {
    if (idx.length != 1) {
      throw bad(text, "a single choice has exactly one correct option");
    }
    return AnswerKey.singleChoice(count, idx[0]);
  }

  static String modeName(AnswerKey.MatrixMode mode) {
    switch (mode) {
      case EXACT:
        return "exact";
      case ROW_EQUIVALENT:
        return "rowequivalent";
      default:
        return "echelon";
    }
  }

  private static AnswerKey.MatrixMode mode(String text, String name) {
    if (name.equals("exact")) {
      return AnswerKey.MatrixMode.EXACT;
    }
    if (name.equals("rowequivalent")) {
      return AnswerKey.MatrixMode.ROW_EQUIVALENT;
    }
    if (name.equals("echelon")) {
      return AnswerKey.MatrixMode.ANY_ECHELON_FORM_OF;
    }
    throw bad(text, "unknown matrix mode '" + name + "'");
  }

  private static void ints(StringBuilder sb, int[] values) {
    for (int i = 0; i < values.length; i++) {
      sb.append(i > 0 ? "," : "").append(values[i]);
    }
  }

  private static void fractions(StringBuilder sb, Fraction[] values) {
    for (int i = 0; i < values.length; i++) {
      sb.append(i > 0 ? "," : "").append(values[i]);
    }
  }

  private static int[] ints(String text, String field) {
    if (field.isEmpty()) {
      return new int[0];
    }
    List<String> items = split(field, ',', 1);
    int[] out = new int[items.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = integer(text, items.get(i));
    }
    return out;
  }

  private static int integer(String text, String s) {
    boolean ok = !s.isEmpty() && s.length() <= 9;
    for (int i = 0; ok && i < s.length(); i++) {
      char c = s.charAt(i);
      ok = c >= '0' && c <= '9' && !(i == 0 && c == '0' && s.length() > 1);
    }
    if (!ok) {
      throw bad(text, "'" + s + "' is not a small non-negative integer");
    }
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n = n * 10 + s.charAt(i) - '0';
    }
    return n;
  }

  private static Fraction[] fractions(String text, String field) {
    List<String> items = split(field, ',', 1);
    Fraction[] out = new Fraction[items.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fraction(text, items.get(i));
    }
    return out;
  }

  private static Fraction fraction(String text, String s) {
    Fraction f;
    try {
      f = Fraction.parse(s);
    } catch (IllegalArgumentException e) {
      throw bad(text, "'" + s + "' is not a fraction");
    }
    if (!f.toString().equals(s)) {
      throw bad(text, "'" + s + "' is not written as " + f);
    }
    return f;
  }

  private static double real(String text, String s) {
    if (!Input.isDecimal(s)) {
      throw bad(text, "'" + s + "' is not a decimal number");
    }
    return Decimal.parse(s);
  }

  private static boolean flag(String text, String s, String yes, String no) {
    if (s.equals(yes)) {
      return true;
    }
    if (s.equals(no)) {
      return false;
    }
    throw bad(text, "expected " + yes + (yes.equals(no) ? "" : " or " + no) + ", got '" + s + "'");
  }

  private static void expect(String text, List<String> fields, int n) {
    if (fields.size() != n) {
      throw bad(text, "expected " + n + " fields separated by '|', got " + fields.size());
    }
  }

  // Splits at every sep; fields shorter than minLength are refused (no empty list items).
  private static List<String> split(String s, char sep, int minLength) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == sep) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    if (sep != '|') {
      for (String item : out) {
        if (item.length() < minLength) {
          throw bad(s, "empty item in a list");
        }
      }
    }
    return out;
  }

  private static IllegalArgumentException bad(String text, String why) {
    return new IllegalArgumentException("bad quiz key \"" + text + "\": " + why);
  }
}
