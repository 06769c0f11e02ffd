package org.mathforml.site.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Maps request paths to files under the site folder, never outside it. */
public final class StaticFiles {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("htm", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("mjs", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("map", "application/json"),
          Map.entry("xml", "application/xml"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("woff", "font/woff"),
          Map.entry("ttf", "font/ttf"),
          Map.entry("wasm", "application/wasm"),
          Map.entry("zip", "application/zip"));

  private StaticFiles() {}

  /** The file for a request path, {@code index.html} for folders; null when there is none. */
  static Path resolve(Path root, String requestPath) {
    String decoded = URLDecoder.decode(requestPath, StandardCharsets.UTF_8);
    Path base = root.toAbsolutePath().normalize();
    Path file = base.resolve(decoded.replaceFirst("^/+", "")).normalize();
    if (!file.startsWith(base)) {
      return null;
    }
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    return Files.isRegularFile(file) ? file : null;
  }

  /** The Content-Type for a file name, by its extension; also used by the browser tests' server. */
  public static String contentType(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }
}
