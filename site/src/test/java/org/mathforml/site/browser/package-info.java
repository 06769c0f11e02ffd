/**
 * Reader-level browser tests: JUnit 5 + Playwright for Java driving Debian's headless Chromium.
 *
 * <p>A reader test for real lesson pages looks like this:
 *
 * <pre>{@code
 * @BrowserTest
 * class VectorsLessonReaderTest {
 *   static StaticServer server;
 *
 *   @BeforeAll
 *   static void serve() {
 *     server = StaticServer.start(Path.of("target/site")); // http://127.0.0.1:PORT/mathforml/
 *   }
 *
 *   @AfterAll
 *   static void stop() {
 *     server.close();
 *   }
 *
 *   @Test
 *   void readsLikeAReader(Page page, PageProbe probe) {
 *     page.navigate(server.url("lessons/vectors.html"));
 *     assertThat(page.locator("h1")).hasText("Vectors"); // PlaywrightAssertions, auto-waiting
 *     probe.assertClean(); // no console error, exception, 404, failed or off-machine request
 *     Screenshots.take(page, "vectors");
 *   }
 *
 *   @Test
 *   void offline(Page page, PageProbe probe) {
 *     try (OfflineBundle bundle = OfflineBundle.unzip(Path.of("target/mathforml-offline.zip"))) {
 *       page.navigate(bundle.url("lessons/vectors.html"));
 *       probe.assertClean();
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Switches: {@code -Dchromium.path=...} (or {@code $CHROMIUM_PATH}) picks the browser, default
 * {@code /usr/bin/chromium}; {@code -DskipBrowserTests=true} skips {@link
 * org.mathforml.site.browser.BrowserTest} classes; {@code -Dscreenshots.dir=...} moves the
 * screenshots from {@code target/screenshots}. Playwright objects are not thread-safe: do not run
 * the methods of one browser test class in parallel.
 */
package org.mathforml.site.browser;
