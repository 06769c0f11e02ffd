package org.mathforml.site.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

/**
 * Proves the browser-test helpers on the fixture site in {@code browser/fixture/}: read over http
 * under a sub-path (like GitHub Pages) and from file:// after unzipping (like the offline
 * download).
 */
@BrowserTest
class BrowserInfrastructureTest {
  @TempDir static Path temp;
  private static StaticServer server;
  private static OfflineBundle bundle;

  @BeforeAll
  static void serveFixture() throws IOException, URISyntaxException {
    Path fixture = fixtureDirectory();
    server = StaticServer.start(fixture);
    Path zip = temp.resolve("offline.zip");
    zipUnderFolder(fixture, "mathforml", zip);
    bundle = OfflineBundle.unzip(zip);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (bundle != null) {
      bundle.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "file"})
  void scriptsRunAndRelativeLinksWork(String origin, Page page, PageProbe probe) {
    page.navigate(url(origin, "index.html"));
    assertThat(page.locator("#js-output")).hasText("Written by JavaScript: 6 \u00d7 7 = 42");

    page.locator("#to-sub").click();
    assertThat(page).hasURL(Pattern.compile(".*/sub/page\\.html$"));
    assertThat(page.locator("h1")).hasText("Sub page");
    assertThat(page.locator("#js-output")).hasText("Written by JavaScript: 6 \u00d7 7 = 42");

    page.locator("#to-home").click();
    assertThat(page).hasURL(Pattern.compile(".*/index\\.html$"));
    assertThat(page.locator("h1")).hasText("Home");

    if (origin.equals("http")) {
      assertTrue(page.url().startsWith(server.baseUrl()), page.url());
    }
    probe.assertClean();
    Screenshots.take(page, "fixture-home-" + origin);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "file"})
  void externalRequestIsBlockedAndReported(String origin, Page page, PageProbe probe) {
    page.navigate(url(origin, "external.html"));

    assertEquals(List.of("GET https://example.com/tracker.png (image)"), probe.blockedRequests());
    assertEquals(0, page.evalOnSelector("#external", "img => img.naturalWidth"));
    AssertionFailedError failure = assertThrows(AssertionFailedError.class, probe::assertClean);
    assertTrue(
        failure
            .getMessage()
            .contains("request leaving the machine: GET https://example.com/tracker.png"),
        failure.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "file"})
  void consoleErrorsAndUncaughtErrorsAreCaught(String origin, Page page, PageProbe probe) {
    page.navigate(url(origin, "errors.html"));
    page.waitForCondition(() -> !probe.pageErrors().isEmpty());

    assertTrue(
        probe.consoleErrors().stream()
            .anyMatch(e -> e.contains("fixture: deliberate console error")),
        probe.consoleErrors().toString());
    assertTrue(
        probe.pageErrors().stream().anyMatch(e -> e.contains("fixture: deliberate uncaught error")),
        probe.pageErrors().toString());
    assertThrows(AssertionFailedError.class, probe::assertClean);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "file"})
  void brokenLocalLinksAreReported(String origin, Page page, PageProbe probe) {
    page.navigate(url(origin, "broken.html"));

    String problems = String.join("\n", probe.problems());
    assertTrue(problems.contains("assets/missing.js"), problems);
    assertTrue(problems.contains("/assets/site.css"), problems);
    if (origin.equals("http")) {
      assertTrue(
          probe.httpErrors().contains("404 GET " + server.url("assets/missing.js")),
          probe.httpErrors().toString());
    }
    assertEquals(List.of(), probe.blockedRequests());
    assertThrows(AssertionFailedError.class, probe::assertClean);
  }

  @Test
  void screenshotsForEveryDeviceAndColourScheme(TestBrowser browser) throws IOException {
    List<Path> files =
        Screenshots.takeAll(
            browser, server.url("index.html"), "fixture", s -> s.probe().assertClean());

    assertEquals(
        List.of(
            "fixture-desktop-light.png",
            "fixture-desktop-dark.png",
            "fixture-phone-light.png",
            "fixture-phone-dark.png"),
        files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toList()));
    for (Path file : files) {
      assertTrue(isPng(file), file + " is not a PNG");
    }
    assertEquals(1280, pngWidth(files.get(0)));
    assertEquals(390 * 2, pngWidth(files.get(2)), "phone shots are at device scale factor 2");
    assertFalse(
        Arrays.equals(Files.readAllBytes(files.get(0)), Files.readAllBytes(files.get(1))),
        "dark mode looks different from light mode");
  }

  @Test
  void sessionsAreIsolatedFromEachOther(TestBrowser browser, Page page) {
    page.navigate(server.url("index.html"));
    page.evaluate("localStorage.setItem('seen', 'yes')");
    try (BrowserSession other = browser.newSession(Device.PHONE, ColorScheme.DARK)) {
      other.open(server.url("index.html"));
      assertEquals(null, other.page().evaluate("localStorage.getItem('seen')"));
      assertEquals(390, other.page().evaluate("window.innerWidth"));
      assertEquals(
          true, other.page().evaluate("matchMedia('(prefers-color-scheme: dark)').matches"));
      assertEquals(true, other.page().evaluate("matchMedia('(pointer: coarse)').matches"));
    }
    assertEquals("yes", page.evaluate("localStorage.getItem('seen')"));
  }

  @Test
  void aCleanPageRequestsOnlyUnderTheSubPath(Page page, PageProbe probe) throws Exception {
    try (StaticServer own = StaticServer.start(fixtureDirectory())) {
      page.navigate(own.url("index.html"));
      probe.assertClean();
      assertNotEquals(List.of(), own.requestLog());
      for (String line : own.requestLog()) {
        assertTrue(line.startsWith("200 GET /mathforml/"), line);
      }
    }
  }

  private static String url(String origin, String relativePath) {
    return origin.equals("http") ? server.url(relativePath) : bundle.url(relativePath);
  }

  static Path fixtureDirectory() throws URISyntaxException {
    return Paths.get(
            BrowserInfrastructureTest.class.getResource("/browser/fixture/index.html").toURI())
        .getParent();
  }

  /** Zips {@code dir} so that its files sit under {@code folder/} in the archive. */
  static void zipUnderFolder(Path dir, String folder, Path zip) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream zout = new ZipOutputStream(out)) {
      for (Path file : files) {
        String name = folder + "/" + dir.relativize(file).toString().replace('\\', '/');
        zout.putNextEntry(new ZipEntry(name));
        Files.copy(file, zout);
        zout.closeEntry();
      }
    }
  }

  private static boolean isPng(Path file) throws IOException {
    byte[] head = Arrays.copyOf(Files.readAllBytes(file), 8);
    return Arrays.equals(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
  }

  /** Width from the IHDR chunk, which always starts at byte 16. */
  private static int pngWidth(Path file) throws IOException {
    return ByteBuffer.wrap(Files.readAllBytes(file), 16, 4).getInt();
  }
}
