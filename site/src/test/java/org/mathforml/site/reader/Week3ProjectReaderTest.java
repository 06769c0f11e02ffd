package org.mathforml.site.reader;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.mathforml.applets.catalog.AppletCatalog;
import org.mathforml.applets.catalog.DataSyntax;
import org.mathforml.applets.components.Num;
import org.mathforml.applets.perceptronregression.Perceptron;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.Screenshots;
import org.mathforml.site.browser.TestBrowser;

/**
 * The Week 3 guided project (a one-neuron network for house prices) as readers get it: both applets
 * and the plot over http and from file:// without console errors, the size-only neuron trained 103
 * steps and compared with the same training on the JVM, one quiz step answered wrong and right, and
 * screenshots.
 */
@BrowserTest
class Week3ProjectReaderTest extends CourseReaderTest {
  static final String PAGE = "linear-algebra/week-3/project-perceptron-regression.html";

  @Test
  void appletsAndPlotMountOverHttpAndFromFile(Page page, PageProbe probe) {
    for (String url : new String[] {server.url(PAGE), offline.url(PAGE)}) {
      page.navigate(url);
      assertEquals(2, page.locator("figure.applet").count(), url);
      assertEquals(2, page.locator("figure.applet .applet-fallback svg").count(), url);
      assertThat(page.locator("[data-applet-state=live]")).hasCount(2);
      assertEquals(1, page.locator("figure.plot svg").count(), url);
      assertThat(page.locator("section.quiz .quiz-question").first())
          .hasAttribute("data-quiz-state", "live");
      probe.assertClean();
    }
  }

  @Test
  void theNeuronTrainsLikeTheJvm(Page page, PageProbe probe) {
    page.navigate(server.url(PAGE));
    Locator applet = page.locator("[data-applet=perceptron-regression][data-inputs='1']");
    assertThat(applet).hasAttribute("data-applet-state", "live");
    Locator readout = applet.locator(".applet-readout");
    double[][] rows = DataSyntax.parse(AppletCatalog.HOUSES);
    double[][] x = new double[rows.length][1];
    double[] y = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      x[i][0] = rows[i][0];
      y[i] = rows[i][2];
    }
    Perceptron p = new Perceptron(x, y);
    applet.locator("button[data-action=step]").focus();
    for (int i = 0; i < 3; i++) {
      page.keyboard().press("Enter");
      p.step(0.1);
    }
    assertThat(readout).hasAttribute("data-b", Num.short2(p.bias()));
    applet.locator("button[data-action=train]").click();
    for (int i = 0; i < 100; i++) {
      p.step(0.1);
    }
    assertThat(readout).hasAttribute("data-epoch", "103");
    assertThat(readout).hasAttribute("data-w1", Num.short2(p.weight(0)));
    assertThat(readout).hasAttribute("data-b", Num.short2(p.bias()));
    assertThat(readout).hasAttribute("data-loss", Num.short2(p.loss()));
    // The page says the first step sets b to about 26.45.
    Perceptron first = new Perceptron(x, y);
    first.step(0.1);
    assertEquals("26.45", Num.short2(first.bias()));
    probe.assertClean();
  }

  @Test
  void aQuizStepRejectsAWrongStepAndAcceptsTheRightOne(Page page, PageProbe probe) {
    page.navigate(server.url(PAGE));
    Locator q = page.locator("section.quiz .quiz-question").nth(2);
    q.scrollIntoViewIfNeeded();
    assertThat(q).hasAttribute("data-quiz-state", "live");
    Locator input = q.locator("input.quiz-input");
    input.fill("-0.758");
    input.press("Enter");
    assertThat(q.locator(".quiz-feedback")).containsText("Not yet.");
    input.fill("4.758");
    input.press("Enter");
    assertThat(q.locator(".quiz-feedback")).containsText("Correct.");
    probe.assertClean();
  }

  @Test
  void screenshots(TestBrowser browser) {
    Screenshots.takeAll(
        browser,
        server.url(PAGE),
        "week3-project",
        session -> {
          assertThat(session.page().locator("figure.applet.applet-live").first()).isVisible();
          session.probe().assertClean();
        });
  }
}
