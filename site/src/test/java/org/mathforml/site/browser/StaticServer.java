package org.mathforml.site.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mathforml.site.serve.StaticFiles;

/**
 * Serves a directory read-only over http on 127.0.0.1 (ephemeral port) under a sub-path, the way
 * GitHub Pages serves a project site: {@code http://127.0.0.1:PORT/mathforml/...}. Links that only
 * work at the server root ({@code href="/css/x.css"}) therefore break here as they would there.
 *
 * <p>Behaviour: GET and HEAD only; {@code index.html} for directory URLs; a directory URL without
 * its trailing slash is redirected (301) to the slashed one, like GitHub Pages; everything else,
 * including any path outside the sub-path, {@code ..} segments and symlinks leading out of the
 * root, is a 404. No extension guessing ({@code /page} does not serve {@code page.html}), so that
 * the http and file:// views of a site agree. Responses carry {@code Cache-Control: no-store} and
 * {@code X-Content-Type-Options: nosniff}, so a wrong content type breaks the page in tests.
 */
public final class StaticServer implements AutoCloseable {
  /** The sub-path used when none is given; matches the project's GitHub Pages name. */
  public static final String DEFAULT_BASE_PATH = "/mathforml/";

  private final HttpServer server;
  private final ExecutorService executor;
  private final Path root;
  private final String basePath;
  private final List<String> requestLog = new CopyOnWriteArrayList<>();

  private StaticServer(HttpServer server, ExecutorService executor, Path root, String basePath) {
    this.server = server;
    this.executor = executor;
    this.root = root;
    this.basePath = basePath;
  }

  /** Serves {@code root} under {@link #DEFAULT_BASE_PATH}. */
  public static StaticServer start(Path root) {
    return start(root, DEFAULT_BASE_PATH);
  }

  /**
   * Serves {@code root} under {@code basePath}.
   *
   * @param basePath starts and ends with '/', e.g. {@code /mathforml/}; {@code /} serves at the
   *     root
   */
  public static StaticServer start(Path root, String basePath) {
    if (!basePath.startsWith("/") || !basePath.endsWith("/") || basePath.contains("..")) {
      throw new IllegalArgumentException("basePath must look like /name/: " + basePath);
    }
    try {
      Path realRoot = root.toRealPath();
      if (!Files.isDirectory(realRoot)) {
        throw new IllegalArgumentException("Not a directory: " + root);
      }
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
      ExecutorService executor =
          Executors.newFixedThreadPool(
              4,
              r -> {
                Thread t = new Thread(r, "static-server");
                t.setDaemon(true);
                return t;
              });
      StaticServer staticServer = new StaticServer(server, executor, realRoot, basePath);
      server.createContext("/", staticServer::handle);
      server.setExecutor(executor);
      server.start();
      return staticServer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The site's root URL, e.g. {@code http://127.0.0.1:41234/mathforml/}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port() + basePath;
  }

  /** {@link #baseUrl()} plus a relative path such as {@code lessons/vectors.html}. */
  public String url(String relativePath) {
    String relative = relativePath.startsWith("/") ? relativePath.substring(1) : relativePath;
    return baseUrl() + relative;
  }

  /** Every request served so far, as {@code "<status> <method> <raw path>"}. */
  public List<String> requestLog() {
    return List.copyOf(requestLog);
  }

  /** The MIME type served for a file name; {@code application/octet-stream} if unknown. */
  public static String contentType(String fileName) {
    return StaticFiles.contentType(fileName); // the same table as the dev server
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String rawPath = exchange.getRequestURI().getRawPath();
      int status = respond(exchange, method);
      requestLog.add(status + " " + method + " " + rawPath);
    }
  }

  private int respond(HttpExchange exchange, String method) throws IOException {
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      return sendText(exchange, 405, "Method not allowed");
    }
    String path = exchange.getRequestURI().getPath(); // percent-decoded
    if (path == null) {
      return sendText(exchange, 400, "Bad request");
    }
    if (path.equals(basePath.substring(0, basePath.length() - 1)) && basePath.length() > 1) {
      return redirect(exchange, basePath);
    }
    if (!path.startsWith(basePath)) {
      return sendText(exchange, 404, "Not found");
    }
    Path file = resolve(path.substring(basePath.length()));
    if (file == null) {
      return sendText(exchange, 404, "Not found");
    }
    if (Files.isDirectory(file)) {
      if (!path.endsWith("/")) {
        return redirect(exchange, exchange.getRequestURI().getRawPath() + "/");
      }
      file = file.resolve("index.html");
    }
    if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root)) {
      return sendText(exchange, 404, "Not found");
    }
    exchange.getResponseHeaders().set("Content-Type", contentType(file.getFileName().toString()));
    long size = Files.size(file);
    if (method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
      exchange.sendResponseHeaders(200, -1);
    } else {
      exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
      try (OutputStream out = exchange.getResponseBody()) {
        Files.copy(file, out);
      }
    }
    return 200;
  }

  /** Maps a decoded path below the base path to a file under the root, or null if not allowed. */
  private Path resolve(String relative) {
    if (relative.indexOf('\0') >= 0 || relative.indexOf('\\') >= 0) {
      return null;
    }
    for (String segment : relative.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        return null;
      }
    }
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root) || !Files.exists(file)) {
      return null;
    }
    return file;
  }

  private static int redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(301, -1);
    return 301;
  }

  private static int sendText(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = (status + " " + text + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      return status;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
    return status;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
