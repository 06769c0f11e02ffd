package org.mathforml.site.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.mathforml.site.build.BuildFailedException;
import org.mathforml.site.build.BuildOptions;
import org.mathforml.site.build.SiteBuilder;

/**
 * Local preview: serves the built site on 127.0.0.1, rebuilds in this warm JVM when content or
 * templates change, and tells open pages to reload (server-sent events). Build errors appear in the
 * page as well as in the terminal. The reload script is added to HTML as it is served, so the built
 * files stay exactly what GitHub Pages gets.
 */
public final class DevServer {
  static final String RELOAD_PATH = "/__livereload";
  private static final String RELOAD_SCRIPT = "<script src=\"" + RELOAD_PATH + ".js\"></script>";

  private final BuildOptions options;
  private final int port;
  private final SiteBuilder builder;
  private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private Thread watcher;

  public DevServer(BuildOptions options, int port) {
    this.options = options.zip(false);
    this.port = port;
    this.builder = new SiteBuilder(this.options);
  }

  /** Builds, serves and rebuilds on every change until the process stops. */
  public void run() throws IOException, InterruptedException {
    start();
    System.out.println(
        "Serving http://127.0.0.1:"
            + port()
            + "/ (edits to content/ and templates/ reload the page; Ctrl+C stops)");
    watcher.join();
  }

  /** Builds once, then serves and watches in the background; returns at once. */
  public synchronized void start() throws IOException {
    rebuild("start");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
    Watcher changes =
        new Watcher(
            List.of(
                options.projectRoot().resolve("content"),
                options.projectRoot().resolve("templates")));
    watcher =
        new Thread(
            () -> {
              try {
                changes.run(changed -> rebuild(changed.toString()));
              } catch (IOException e) {
                System.err.println("Watching stopped: " + e.getMessage());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "mathforml-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** The port actually bound (useful when 0 asked for any free port). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops serving and watching. */
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
    }
    if (watcher != null) {
      watcher.interrupt();
    }
    builder.close();
  }

  private void rebuild(String reason) {
    long start = System.nanoTime();
    try {
      builder.build();
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.out.println("Rebuilt in " + ms + " ms (" + reason + ")");
      broadcast("reload", "");
    } catch (BuildFailedException e) {
      System.err.println(e.getMessage());
      broadcast("problems", e.getMessage());
    } catch (RuntimeException e) {
      System.err.println("Build crashed: " + e);
      broadcast("problems", "Build crashed: " + e);
    }
  }

  private void broadcast(String event, String text) {
    StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
    for (String line : text.split("\n", -1)) {
      message.append("data: ").append(line).append('\n');
    }
    byte[] bytes = message.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    for (OutputStream out : listeners) {
      try {
        out.write(bytes);
        out.flush();
      } catch (IOException e) {
        listeners.remove(out);
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.equals(RELOAD_PATH)) {
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      exchange.sendResponseHeaders(200, 0);
      listeners.add(exchange.getResponseBody());
      return; // kept open; written to by broadcast()
    }
    if (path.equals(RELOAD_PATH + ".js")) {
      send(
          exchange, 200, "text/javascript", LiveReloadScript.TEXT.getBytes(StandardCharsets.UTF_8));
      return;
    }
    Path file = StaticFiles.resolve(options.output(), path);
    if (file == null) {
      Path notFound = options.output().resolve("404.html");
      byte[] body =
          Files.exists(notFound)
              ? Files.readAllBytes(notFound)
              : "Not found".getBytes(StandardCharsets.UTF_8);
      send(exchange, 404, "text/html; charset=utf-8", body);
      return;
    }
    byte[] body = Files.readAllBytes(file);
    String type = StaticFiles.contentType(file.getFileName().toString());
    if (type.startsWith("text/html")) {
      String html = new String(body, StandardCharsets.UTF_8);
      int end = html.lastIndexOf("</body>");
      html =
          end < 0
              ? html + RELOAD_SCRIPT
              : html.substring(0, end) + RELOAD_SCRIPT + html.substring(end);
      body = html.getBytes(StandardCharsets.UTF_8);
    }
    send(exchange, 200, type, body);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
