package org.mathforml.site.teavm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed mathlib smoke report ({@code name TAB status TAB text} per line, see {@code
 * MathlibSmoke}) and the comparison of two of them.
 *
 * <p>Comparison rule: the text outside {@code ~number} tokens must be identical (exact results:
 * fractions, integers, booleans, LaTeX, Java's own toString output). Each {@code ~number} pair must
 * agree within {@link #RELATIVE_TOLERANCE} of the larger magnitude, or within {@link
 * #ABSOLUTE_TOLERANCE} for values that are round-off noise around zero.
 */
final class SmokeReport {

  /**
   * Relative tolerance for doubles. Basic arithmetic and sqrt are correctly rounded on all three
   * platforms, so differences come only from transcendental functions (exp, log, sin, pow, tanh,
   * hypot...), which V8 and the JVM implement differently (each within 1-2 ulp); iterative
   * algorithms (training, Newton, Jacobi sweeps) can amplify an ulp by a few orders of magnitude,
   * still far below 1e-12.
   */
  static final double RELATIVE_TOLERANCE = 1e-12;

  /**
   * Absolute floor: the inputs of the smoke cases are O(1), so a value below 1e-13 is round-off
   * (e.g. the real part -5.6e-17 of an eigenvalue of a rotation, computed through acos and cos),
   * whose relative error is meaningless.
   */
  static final double ABSOLUTE_TOLERANCE = 1e-13;

  private static final Pattern NUMBER =
      Pattern.compile("~(-?(?:NaN|Infinity|[0-9.]+(?:e-?[0-9]+)?))");

  record Entry(String name, String status, String text) {}

  private final Map<String, Entry> entries;

  private SmokeReport(Map<String, Entry> entries) {
    this.entries = entries;
  }

  static SmokeReport parse(String report) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (String line : report.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      if (parts.length != 3) {
        throw new IllegalArgumentException("not a smoke report line: " + line);
      }
      Entry e = new Entry(unescape(parts[0]), parts[1], unescape(parts[2]));
      if (entries.put(e.name(), e) != null) {
        throw new IllegalArgumentException("duplicate case " + e.name());
      }
    }
    return new SmokeReport(entries);
  }

  List<String> names() {
    return new ArrayList<>(entries.keySet());
  }

  Entry get(String name) {
    return entries.get(name);
  }

  /** Cases whose status is not ok. */
  List<Entry> errors() {
    List<Entry> errors = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (!e.status().equals("ok")) {
        errors.add(e);
      }
    }
    return errors;
  }

  /** Outcome of comparing one case. */
  record Difference(String name, boolean withinTolerance, String detail) {}

  /**
   * Every case whose text differs from {@code expected} in any way: {@code withinTolerance} is true
   * when only {@code ~number} tokens differ and all within the tolerances.
   */
  static List<Difference> compare(SmokeReport expected, SmokeReport actual) {
    List<Difference> out = new ArrayList<>();
    if (!expected.names().equals(actual.names())) {
      out.add(
          new Difference(
              "(case list)",
              false,
              "expected " + expected.names() + "\nbut got " + actual.names()));
      return out;
    }
    for (String name : expected.names()) {
      Entry e = expected.get(name);
      Entry a = actual.get(name);
      if (!e.status().equals(a.status())) {
        out.add(new Difference(name, false, e.status() + " vs " + a.status() + ": " + a.text()));
      } else if (!e.text().equals(a.text())) {
        String detail = compareText(e.text(), a.text());
        out.add(new Difference(name, detail.startsWith("numbers"), detail));
      }
    }
    return out;
  }

  /** "numbers ..." if only tokens differ within tolerance, else a description of the mismatch. */
  static String compareText(String expected, String actual) {
    Matcher me = NUMBER.matcher(expected);
    Matcher ma = NUMBER.matcher(actual);
    String restE = NUMBER.matcher(expected).replaceAll("~#");
    String restA = NUMBER.matcher(actual).replaceAll("~#");
    if (!restE.equals(restA)) {
      return "text differs:\n  expected " + expected + "\n  actual   " + actual;
    }
    double worst = 0;
    int differing = 0;
    StringBuilder examples = new StringBuilder();
    while (me.find() && ma.find()) {
      double x = Double.parseDouble(me.group(1));
      double y = Double.parseDouble(ma.group(1));
      if (me.group(1).equals(ma.group(1))) {
        continue;
      }
      differing++;
      double diff = Math.abs(x - y);
      double rel = diff / Math.max(Math.abs(x), Math.abs(y));
      if (examples.length() < 300) {
        examples.append(' ').append(me.group(1)).append(" vs ").append(ma.group(1));
      }
      if (!(diff <= ABSOLUTE_TOLERANCE || rel <= RELATIVE_TOLERANCE)) {
        return "number beyond tolerance: "
            + me.group(1)
            + " vs "
            + ma.group(1)
            + " (rel "
            + rel
            + ")";
      }
      worst = Math.max(worst, rel);
    }
    return "numbers: " + differing + " differ, worst relative " + worst + ";" + examples;
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        sb.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}
