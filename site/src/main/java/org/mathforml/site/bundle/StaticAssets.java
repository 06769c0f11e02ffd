package org.mathforml.site.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.mathforml.site.math.KatexAssets;

/**
 * Files the site serves itself (never from a CDN): KaTeX's CSS and fonts, the applet and quiz
 * bundles.
 */
public final class StaticAssets {
  /** KaTeX's fonts; only WOFF2 is shipped, every browser that runs the applets reads it. */
  static final String[] FONTS = {
    "AMS-Regular",
    "Caligraphic-Bold",
    "Caligraphic-Regular",
    "Fraktur-Bold",
    "Fraktur-Regular",
    "Main-Bold",
    "Main-BoldItalic",
    "Main-Italic",
    "Main-Regular",
    "Math-BoldItalic",
    "Math-Italic",
    "SansSerif-Bold",
    "SansSerif-Italic",
    "SansSerif-Regular",
    "Script-Regular",
    "Size1-Regular",
    "Size2-Regular",
    "Size3-Regular",
    "Size4-Regular",
    "Typewriter-Regular"
  };

  private StaticAssets() {}

  /** Writes KaTeX's files and the browser bundles named in {@code bundles}. */
  public static void copy(Path site, boolean strictApplets, Set<String> bundles)
      throws IOException {
    Path katex = Files.createDirectories(site.resolve("katex/fonts"));
    Files.writeString(
        site.resolve("katex/katex.min.css"),
        woff2Only(KatexAssets.read("katex.min.css")),
        StandardCharsets.UTF_8);
    for (String font : FONTS) {
      Files.write(
          katex.resolve("KaTeX_" + font + ".woff2"),
          KatexAssets.bytes("fonts/KaTeX_" + font + ".woff2"));
    }
    Files.createDirectories(site.resolve("js"));
    for (String b : bundles) {
      Files.write(
          site.resolve("js/" + b + ".js"), bundle(b + (strictApplets ? "-strict.js" : ".js")));
    }
  }

  /** A bundle file read from the applets jar. */
  public static byte[] bundle(String file) {
    String resource = "META-INF/mathforml/" + file;
    try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(
            "the bundle " + resource + " is not on the classpath: build the applets module");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Drops the WOFF and TTF alternatives from each @font-face, so no request can miss. */
  static String woff2Only(String css) {
    return css.replaceAll(",url\\(fonts/[^)]+\\.woff\\) format\\(\"woff\"\\)", "")
        .replaceAll(",url\\(fonts/[^)]+\\.ttf\\) format\\(\"truetype\"\\)", "");
  }
}
