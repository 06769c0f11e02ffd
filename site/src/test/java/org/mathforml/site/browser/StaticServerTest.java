package org.mathforml.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fixture server, checked with plain HTTP (no browser). */
class StaticServerTest {
  @TempDir static Path outside;
  private static StaticServer server;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void start() throws Exception {
    server = StaticServer.start(BrowserInfrastructureTest.fixtureDirectory());
    Files.writeString(outside.resolve("secret.txt"), "secret");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @CsvSource({
    "index.html, text/html; charset=utf-8",
    "assets/site.css, text/css; charset=utf-8",
    "assets/app.js, text/javascript; charset=utf-8",
    "assets/logo.svg, image/svg+xml",
    "favicon.ico, image/x-icon"
  })
  void servesFilesWithTheirContentType(String path, String contentType) throws Exception {
    HttpResponse<byte[]> response = get(server.url(path));
    assertEquals(200, response.statusCode());
    assertEquals(contentType, response.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  @ParameterizedTest
  @CsvSource({
    "x.woff2, font/woff2",
    "x.png, image/png",
    "x.xml, application/xml",
    "x.json, application/json",
    "X.SVG, image/svg+xml",
    "x.unknown, application/octet-stream",
    "noextension, application/octet-stream"
  })
  void knowsTheContentTypesASiteUses(String name, String contentType) {
    assertEquals(contentType, StaticServer.contentType(name));
  }

  @Test
  void directoryUrlsServeIndexAndBareOnesRedirect() throws Exception {
    HttpResponse<byte[]> index = get(server.baseUrl());
    assertEquals(200, index.statusCode());
    assertTrue(new String(index.body(), StandardCharsets.UTF_8).contains("<h1>Home</h1>"));

    HttpResponse<byte[]> bare = get(server.baseUrl().replaceAll("/$", ""));
    assertEquals(301, bare.statusCode());
    assertEquals("/mathforml/", bare.headers().firstValue("Location").orElse(""));

    HttpResponse<byte[]> sub = get(server.url("sub"));
    assertEquals(301, sub.statusCode());
    assertEquals("/mathforml/sub/", sub.headers().firstValue("Location").orElse(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/index.html", "/assets/site.css", "/mathformlx/index.html"})
  void nothingOutsideTheSubPath(String path) throws Exception {
    assertEquals(404, get("http://127.0.0.1:" + server.port() + path).statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"missing.html", "sub/missing.html", "sub/page"})
  void missingFilesAre404(String path) throws Exception {
    assertEquals(404, get(server.url(path)).statusCode());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/mathforml/../mathforml/index.html",
        "/mathforml/sub/../index.html",
        "/mathforml/%2e%2e/secret.txt",
        "/mathforml/..%2fsecret.txt",
        "/mathforml/%2fetc%2fpasswd",
        "/mathforml//etc/passwd",
        "/mathforml/..\\secret.txt"
      })
  void noDirectoryTraversal(String rawPath) throws IOException {
    // A raw socket, so that no client library normalises the path first.
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      String statusLine = response.substring(0, response.indexOf("\r\n"));
      assertTrue(statusLine.matches("HTTP/1\\.1 40[04] .*"), rawPath + " -> " + statusLine);
      assertTrue(!response.contains("secret") && !response.contains("root:"), response);
    }
  }

  @Test
  void headAndOtherMethods() throws Exception {
    HttpResponse<byte[]> head =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(server.url("index.html")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, head.statusCode());
    assertEquals(0, head.body().length);

    HttpResponse<byte[]> post =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(server.url("index.html")))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(405, post.statusCode());
  }

  private static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
