package org.mathforml.site.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Locates KaTeX's files inside the webjar on the classpath. */
public final class KatexAssets {
  private static final String POM = "META-INF/maven/org.webjars.npm/katex/pom.properties";
  private static final String VERSION = readVersion();

  private KatexAssets() {}

  public static String version() {
    return VERSION;
  }

  /** Classpath folder holding katex.min.js, katex.min.css and fonts/. */
  public static String distFolder() {
    return "META-INF/resources/webjars/katex/" + VERSION + "/dist/";
  }

  public static String read(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  public static byte[] bytes(String name) {
    try (InputStream in = open(distFolder() + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String name) {
    try (InputStream in = open("org/mathforml/site/math/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String path) throws IOException {
    InputStream in = KatexAssets.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IOException("missing on the classpath: " + path);
    }
    return in;
  }

  private static String readVersion() {
    try (InputStream in = open(POM)) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("the KaTeX webjar is not on the classpath", e);
    }
  }
}
