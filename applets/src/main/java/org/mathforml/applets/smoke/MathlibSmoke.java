package org.mathforml.applets.smoke;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The mathlib smoke suite: an ordered list of named cases that together call every public class of
 * mathlib on fixed inputs ({@code MathlibSmokeCoverageTest} fails if a class is missing). It is
 * plain Java: the JVM runs it directly, and TeaVM compiles it (through {@link SmokeMain}) to
 * JavaScript and Wasm-GC, so the browser tests can check that all three give the same strings.
 *
 * <p>Report format, one line per case: {@code name TAB status TAB text}, status {@code ok} (text is
 * the case's result) or {@code error} (text is the exception's class and message); tabs, newlines
 * and backslashes in the text are escaped as {@code \t}, {@code \n}, {@code \\}.
 */
public final class MathlibSmoke {

  /** Name of the deliberately failing case that the browser test may ask for. */
  public static final String FAILING_CASE = "harness.deliberateFailure";

  private MathlibSmoke() {}

  /** Every case, in report order. */
  public static List<SmokeCase> cases() {
    List<SmokeCase> cases = new ArrayList<>();
    CoreCases.addTo(cases);
    ExactCases.addTo(cases);
    NumericCases.addTo(cases);
    ExprCalculusCases.addTo(cases);
    OptimizeMlCases.addTo(cases);
    ProbabilityCases.addTo(cases);
    return Collections.unmodifiableList(cases);
  }

  /**
   * A case that always throws (an array index out of bounds, which TeaVM's strict mode turns into
   * an ArrayIndexOutOfBoundsException in JavaScript and Wasm): proves that a failing case is
   * reported and the others still run. (Not an int division by zero: strict TeaVM 0.15 JavaScript
   * returns 0 for {@code 7 / 0}.)
   */
  public static SmokeCase failingCase() {
    return new SmokeCase(
        FAILING_CASE,
        () -> {
          int[] two = new int[2];
          return Integer.toString(two[Integer.parseInt("2")]);
        });
  }

  /** Runs the cases in order, each on its own, and returns the report text. */
  public static String report(List<SmokeCase> cases) {
    StringBuilder sb = new StringBuilder();
    for (SmokeCase c : cases) {
      String status;
      String text;
      try {
        text = c.run();
        status = "ok";
      } catch (Throwable e) { // report and go on: one broken class must not hide the others
        status = "error";
        text = describe(e);
      }
      sb.append(escape(c.name())).append('\t').append(status).append('\t');
      sb.append(escape(text)).append('\n');
    }
    return sb.toString();
  }

  /**
   * The exception's type and message. Class names are not kept by TeaVM's minified output
   * (getClass().getName() gives null there), so the usual types are named by instanceof.
   */
  public static String describe(Throwable e) {
    String type = e.getClass().getName();
    if (type == null || type.length() < 4) {
      type = typeOf(e);
    }
    return type + ": " + e.getMessage();
  }

  private static String typeOf(Throwable e) {
    if (e instanceof ArrayIndexOutOfBoundsException) {
      return "java.lang.ArrayIndexOutOfBoundsException";
    }
    if (e instanceof IndexOutOfBoundsException) {
      return "java.lang.IndexOutOfBoundsException";
    }
    if (e instanceof ArithmeticException) {
      return "java.lang.ArithmeticException";
    }
    if (e instanceof NumberFormatException) {
      return "java.lang.NumberFormatException";
    }
    if (e instanceof IllegalArgumentException) {
      return "java.lang.IllegalArgumentException";
    }
    if (e instanceof IllegalStateException) {
      return "java.lang.IllegalStateException";
    }
    if (e instanceof NullPointerException) {
      return "java.lang.NullPointerException";
    }
    if (e instanceof ClassCastException) {
      return "java.lang.ClassCastException";
    }
    if (e instanceof UnsupportedOperationException) {
      return "java.lang.UnsupportedOperationException";
    }
    if (e instanceof RuntimeException) {
      return "java.lang.RuntimeException";
    }
    if (e instanceof Error) {
      return "java.lang.Error";
    }
    return "java.lang.Throwable";
  }

  static String escape(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\') {
        sb.append("\\\\");
      } else if (ch == '\n') {
        sb.append("\\n");
      } else if (ch == '\t') {
        sb.append("\\t");
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}
