package org.mathforml.site.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Maps request paths to files under the site folder, never outside it. */
final class StaticFiles {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("xml", "application/xml"),
          Map.entry("json", "application/json"),
          Map.entry("zip", "application/zip"),
          Map.entry("txt", "text/plain; charset=utf-8"));

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

  static String contentType(Path file) {
    String name = file.getFileName().toString();
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }
}
