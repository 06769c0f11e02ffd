package org.mathforml.applets.bundles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Build step (applets/pom.xml, after the TeaVM runs): TeaVM defines each bundle's global function
 * but does not call it, so this appends the call to {@code NAME.js} and {@code NAME-strict.js}. One
 * {@code <script src>} is then all a page needs (no inline script, so a CSP of {@code script-src
 * 'self'} works). Runs on the plain JVM without TeaVM's classes on the classpath.
 */
public final class SelfStart {

  private SelfStart() {}

  /** Arguments: the bundle folder, then bundle names. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    for (int i = 1; i < args.length; i++) {
      for (String file : new String[] {args[i] + ".js", args[i] + "-strict.js"}) {
        Path js = dir.resolve(file);
        if (!Files.exists(js)) {
          throw new IOException("no bundle " + js + ": is it built by applets/pom.xml?");
        }
        String tail = tail(global(args[i]));
        if (!Files.readString(js, StandardCharsets.UTF_8).endsWith(tail)) {
          Files.writeString(js, tail, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
      }
    }
  }

  /** The call appended to a bundle, safe when the global is missing (e.g. a failed load). */
  static String tail(String global) {
    return "\n;(function(g){if(g&&typeof g."
        + global
        + "===\"function\")g."
        + global
        + "();})(typeof self!==\"undefined\"?self:this);\n";
  }

  /** The global function of bundle {@code name}: "mathforml" + the name in CamelCase. */
  public static String global(String name) {
    StringBuilder sb = new StringBuilder("mathforml");
    boolean upper = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '-') {
        upper = true;
      } else {
        sb.append(upper && c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        upper = false;
      }
    }
    return sb.toString();
  }
}
