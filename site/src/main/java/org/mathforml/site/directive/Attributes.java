package org.mathforml.site.directive;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses {@code key=value key="a value"} lists from a directive's opening line. */
public final class Attributes {
  private final Map<String, String> values;
  private final String error;

  private Attributes(Map<String, String> values, String error) {
    this.values = values;
    this.error = error;
  }

  public static Attributes parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    int i = 0;
    int n = text.length();
    while (true) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (i >= n) {
        return new Attributes(values, null);
      }
      int keyStart = i;
      while (i < n
          && (Character.isLetterOrDigit(text.charAt(i))
              || text.charAt(i) == '-'
              || text.charAt(i) == '_')) {
        i++;
      }
      if (i == keyStart || i >= n || text.charAt(i) != '=') {
        return new Attributes(values, "expected key=value at '" + text.substring(keyStart) + "'");
      }
      String key = text.substring(keyStart, i++);
      String value;
      if (i < n && text.charAt(i) == '"') {
        int close = text.indexOf('"', i + 1);
        if (close < 0) {
          return new Attributes(values, "unclosed quote in attribute '" + key + "'");
        }
        value = text.substring(i + 1, close);
        i = close + 1;
      } else {
        int start = i;
        while (i < n && text.charAt(i) != ' ') {
          i++;
        }
        value = text.substring(start, i);
      }
      if (values.put(key, value) != null) {
        return new Attributes(values, "attribute '" + key + "' is given twice");
      }
    }
  }

  public Map<String, String> values() {
    return values;
  }

  /** Null when the whole text was read. */
  public String error() {
    return error;
  }
}
