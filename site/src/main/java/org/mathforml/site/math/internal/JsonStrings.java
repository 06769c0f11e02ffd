package org.mathforml.site.math.internal;

/** JSON string quoting, just enough for the KaTeX sidecar protocol. */
public final class JsonStrings {
  private JsonStrings() {}

  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Decodes a JSON string literal that starts at {@code from}; the rest of the text is ignored. */
  public static String unquote(String text, int from) {
    if (text.charAt(from) != '"') {
      throw new IllegalArgumentException("not a JSON string: " + text);
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = from + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
    throw new IllegalArgumentException("unterminated JSON string: " + text);
  }
}
