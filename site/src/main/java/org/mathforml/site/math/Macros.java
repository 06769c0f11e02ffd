package org.mathforml.site.math;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mathforml.site.build.Problems;
import org.mathforml.site.math.internal.JsonStrings;

/**
 * The course's shared TeX macros, written once as {@code \newcommand{\R}{\mathbb{R}}} lines in
 * {@code content/macros.tex} and handed to KaTeX for every formula.
 */
public final class Macros {
  private final Map<String, String> definitions;

  private Macros(Map<String, String> definitions) {
    this.definitions = definitions;
  }

  public static Macros none() {
    return new Macros(new LinkedHashMap<>());
  }

  /** Parses {@code \newcommand{\name}[args]{body}} lines; {@code %} starts a comment. */
  public static Macros parse(String path, String text, Problems problems) {
    Map<String, String> defs = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = stripComment(lines[i]).strip();
      if (line.isEmpty()) {
        continue;
      }
      String error = parseLine(line, defs);
      if (error != null) {
        problems.add(path, i + 1, error);
      }
    }
    return new Macros(defs);
  }

  private static String parseLine(String line, Map<String, String> defs) {
    String prefix = "\\newcommand{";
    if (!line.startsWith(prefix)) {
      return "expected \\newcommand{\\name}{definition}";
    }
    int nameEnd = line.indexOf('}', prefix.length());
    if (nameEnd < 0) {
      return "unclosed macro name";
    }
    String name = line.substring(prefix.length(), nameEnd);
    if (!name.matches("\\\\[A-Za-z]+")) {
      return "macro name must be a backslash and letters, not '" + name + "'";
    }
    int at = nameEnd + 1;
    if (at < line.length() && line.charAt(at) == '[') {
      at = line.indexOf(']', at) + 1; // KaTeX infers the argument count from #1, #2, ...
      if (at == 0) {
        return "unclosed [argument count]";
      }
    }
    if (at >= line.length() || line.charAt(at) != '{' || !line.endsWith("}")) {
      return "macro body must be in braces";
    }
    defs.put(name, line.substring(at + 1, line.length() - 1));
    return null;
  }

  private static String stripComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '%' && (i == 0 || line.charAt(i - 1) != '\\')) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  public Map<String, String> definitions() {
    return Map.copyOf(definitions);
  }

  /** The macros as a JSON object, in a stable order (also part of the cache key). */
  public String toJson() {
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<String, String> e : definitions.entrySet()) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append(JsonStrings.quote(e.getKey())).append(':').append(JsonStrings.quote(e.getValue()));
    }
    return out.append('}').toString();
  }
}
