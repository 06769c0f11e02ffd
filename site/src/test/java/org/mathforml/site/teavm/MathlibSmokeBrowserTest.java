package org.mathforml.site.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mathforml.applets.smoke.MathlibSmoke;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.StaticServer;

/**
 * Runs the mathlib smoke suite (every public mathlib class, see {@code MathlibSmoke}) compiled by
 * TeaVM, in Chromium, as JavaScript and as Wasm-GC, over http and from file://, and compares every
 * case with the same suite run here on the JVM ({@link SmokeReport} has the tolerance rule). Fails
 * on any case that throws in the browser, on any difference beyond tolerance and on any console
 * error.
 */
@BrowserTest
class MathlibSmokeBrowserTest {

  static final String[] FILES = {
    "mathlib-smoke.js", "mathlib-smoke-wasm.js", "teavm-wasm-gc-runtime.js", "mathforml-engine.js"
  };

  @TempDir static Path dir;
  static StaticServer server;
  static SmokeReport jvm;

  @BeforeAll
  static void setUp() throws IOException {
    for (String file : FILES) {
      try (InputStream in =
          MathlibSmokeBrowserTest.class
              .getClassLoader()
              .getResourceAsStream("META-INF/mathforml/" + file)) {
        if (in == null) {
          throw new IllegalStateException(
              file
                  + " is not on the classpath: build applets first (mvn -pl mathlib,applets,site ...)");
        }
        Files.copy(in, dir.resolve(file));
      }
    }
    page("js.html", "", "<script src=\"mathlib-smoke.js\" defer></script>", "");
    page(
        "js-failing.html",
        "",
        "<script src=\"mathlib-smoke.js\" defer></script>",
        "data-include-failing-case");
    page("wasm.html", "wasm", engineScript(), "");
    page("wasm-failing.html", "wasm", engineScript(), "data-include-failing-case");
    page("engine-js.html", "js", engineScript(), "");
    page("js-csp.html", "", csp("'self'") + "<script src=\"mathlib-smoke.js\" defer></script>", "");
    page(
        "wasm-csp.html",
        "wasm",
        csp("'self' 'unsafe-eval' 'wasm-unsafe-eval'") + engineScript(),
        "");
    server = StaticServer.start(dir);
    jvm = SmokeReport.parse(MathlibSmoke.report(MathlibSmoke.cases()));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  static String csp(String scriptSrc) {
    return "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src " + scriptSrc + "\">";
  }

  static String engineScript() {
    return "<script src=\"mathforml-engine.js\" defer data-js=\"mathlib-smoke.js\""
        + " data-wasm=\"mathlib-smoke-wasm.js\" data-wasm-key=\"mathlib-smoke\""
        + " data-wasm-runtime=\"teavm-wasm-gc-runtime.js\"></script>";
  }

  static void page(String name, String engine, String scripts, String preAttributes)
      throws IOException {
    String html =
        "<!doctype html>\n<html lang=\"en\""
            + (engine.isEmpty() ? "" : " data-mathforml-engine=\"" + engine + "\"")
            + "><head><meta charset=\"utf-8\"><title>mathlib smoke</title>"
            + "<link rel=\"icon\" href=\"data:,\">"
            + scripts
            + "</head><body><pre id=\"smoke\" "
            + preAttributes
            + "></pre></body></html>\n";
    Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
  }

  /** Opens the page, waits for the report and returns it with the engine that ran. */
  static SmokeReport run(Page page, String url, String expectedEngine) {
    page.navigate(url);
    page.waitForSelector(
        "#smoke[data-state]", new Page.WaitForSelectorOptions().setTimeout(60_000));
    assertEquals("done", page.getAttribute("#smoke", "data-state"), page.textContent("#smoke"));
    if (expectedEngine != null) {
      assertEquals(
          expectedEngine,
          page.getAttribute("html", "data-mathforml-engine-active"),
          url + " fallback: " + page.getAttribute("html", "data-mathforml-engine-fallback"));
    }
    return SmokeReport.parse((String) page.evaluate("() => globalThis.mathlibSmokeReport"));
  }

  /** Fails on errors or differences beyond tolerance; prints the differences within tolerance. */
  static void assertSameAsJvm(SmokeReport browser, String label) {
    if (!browser.errors().isEmpty()) {
      fail(label + ": cases threw in the browser: " + browser.errors());
    }
    List<String> beyond = new ArrayList<>();
    for (SmokeReport.Difference d : SmokeReport.compare(jvm, browser)) {
      if (d.withinTolerance()) {
        System.out.println(
            "[smoke " + label + "] " + d.name() + " within tolerance: " + d.detail());
      } else {
        beyond.add(d.name() + ": " + d.detail());
      }
    }
    if (!beyond.isEmpty()) {
      fail(
          label
              + ": "
              + beyond.size()
              + " case(s) differ from the JVM:\n"
              + String.join("\n", beyond));
    }
    assertEquals(jvm.names().size(), browser.names().size());
  }

  @Test
  void javascriptOverHttp(Page page, PageProbe probe) {
    assertSameAsJvm(run(page, server.url("js.html"), null), "js/http");
    probe.assertClean();
  }

  @Test
  void javascriptFromFile(Page page, PageProbe probe) {
    assertSameAsJvm(run(page, dir.resolve("js.html").toUri().toString(), null), "js/file");
    probe.assertClean();
  }

  @Test
  void wasmOverHttp(Page page, PageProbe probe) {
    assertSameAsJvm(run(page, server.url("wasm.html"), "wasm"), "wasm/http");
    probe.assertClean();
  }

  @Test
  void wasmFromFile(Page page, PageProbe probe) {
    assertSameAsJvm(run(page, dir.resolve("wasm.html").toUri().toString(), "wasm"), "wasm/file");
    probe.assertClean();
  }

  @Test
  void fallsBackToJavascriptWithoutWasmGc(Page page, PageProbe probe) {
    page.addInitScript("WebAssembly.validate = function () { return false; };");
    assertSameAsJvm(run(page, server.url("wasm.html"), "js"), "fallback/http");
    probe.assertClean();
  }

  @Test
  void javascriptWhenThePageDoesNotOptIn(Page page, PageProbe probe) {
    assertSameAsJvm(run(page, server.url("engine-js.html"), "js"), "engine-js/http");
    probe.assertClean();
  }

  @Test
  void javascriptUnderStrictCsp(Page page, PageProbe probe) {
    assertSameAsJvm(run(page, server.url("js-csp.html"), null), "js/csp");
    probe.assertClean();
  }

  @Test
  void wasmUnderTheCspItNeeds(Page page, PageProbe probe) {
    assertSameAsJvm(run(page, server.url("wasm-csp.html"), "wasm"), "wasm/csp");
    probe.assertClean();
  }

  @Test
  void aThrowingCaseIsReportedInJavascript(Page page, PageProbe probe) {
    assertFailingCaseReported(run(page, server.url("js-failing.html"), null));
    probe.assertClean();
  }

  @Test
  void aThrowingCaseIsReportedInWasm(Page page, PageProbe probe) {
    assertFailingCaseReported(run(page, server.url("wasm-failing.html"), "wasm"));
    probe.assertClean();
  }

  static void assertFailingCaseReported(SmokeReport report) {
    List<SmokeReport.Entry> errors = report.errors();
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(MathlibSmoke.FAILING_CASE, errors.get(0).name());
    assertTrue(
        errors.get(0).text().contains("ArrayIndexOutOfBoundsException"), errors.get(0).text());
    assertEquals(jvm.names().size() + 1, report.names().size(), "the other cases still ran");
  }
}
