package org.mathforml.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Configuration and the "no request leaves the machine" rule, without launching a browser. */
class TestBrowserTest {

  @Test
  void missingChromiumFailsWithAnActionableMessage() {
    String previous = System.getProperty(TestBrowser.PATH_PROPERTY);
    System.setProperty(TestBrowser.PATH_PROPERTY, "/nonexistent/chromium");
    try {
      assertEquals(Paths.get("/nonexistent/chromium"), TestBrowser.chromiumPath());
      IllegalStateException e = assertThrows(IllegalStateException.class, TestBrowser::launch);
      assertTrue(e.getMessage().contains("/nonexistent/chromium"), e.getMessage());
      assertTrue(e.getMessage().contains("apt-get install chromium"), e.getMessage());
      assertTrue(e.getMessage().contains("-DskipBrowserTests=true"), e.getMessage());
    } finally {
      if (previous == null) {
        System.clearProperty(TestBrowser.PATH_PROPERTY);
      } else {
        System.setProperty(TestBrowser.PATH_PROPERTY, previous);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/mathforml/index.html",
        "http://localhost/x.css",
        "https://localhost:8443/",
        "ws://127.0.0.1:9000/live",
        "http://[::1]:8000/",
        "file:///tmp/site/index.html",
        "data:image/png;base64,AAAA",
        "blob:http://127.0.0.1:8080/0b0e9b4e-1111-2222-3333-444455556666",
        "about:blank"
      })
  void localUrls(String url) {
    assertTrue(PageProbe.isLocal(url), url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/tracker.png",
        "http://cdn.jsdelivr.net/npm/katex/dist/katex.min.css",
        "https://fonts.googleapis.com/css2?family=Inter",
        "http://localhost.example.com/",
        "http://127.0.0.1.nip.io/",
        "wss://example.com/socket",
        "ftp://127.0.0.1/",
        "//example.com/x.js",
        "not a url"
      })
  void urlsThatLeaveTheMachine(String url) {
    assertFalse(PageProbe.isLocal(url), url);
  }
}
