package org.mathforml.site.applets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathforml.applets.catalog.AppletCatalog;
import org.mathforml.applets.catalog.DataSyntax;
import org.mathforml.applets.components.Num;
import org.mathforml.applets.perceptronregression.Perceptron;
import org.mathforml.mathlib.ml.LinearRegression;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;

/**
 * {@code perceptron-regression} in Chromium (strict bundle), one input and two inputs on one page:
 * Step with the keyboard, Train 100 steps with the mouse, the learning-rate slider and Reset; the
 * readout's weights compared with the same training run on the JVM ({@link Perceptron}), and the
 * end of training with mathlib's least squares.
 */
@BrowserTest
class PerceptronRegressionBrowserTest extends AppletPageTest {
  static final double[][] ROWS = DataSyntax.parse(AppletCatalog.HOUSES);

  @BeforeAll
  static void serve() {
    serve(
        "perceptron-regression",
        "data-inputs=\"1\"></div><div data-applet=\"perceptron-regression\""
            + " data-inputs=\"2\" data-rate=\"0.5\"");
  }

  static Perceptron jvm(int inputs) {
    double[][] x = new double[ROWS.length][inputs];
    double[] y = new double[ROWS.length];
    for (int i = 0; i < ROWS.length; i++) {
      for (int j = 0; j < inputs; j++) {
        x[i][j] = ROWS[i][j];
      }
      y[i] = ROWS[i][2];
    }
    return new Perceptron(x, y);
  }

  static void assertSame(Locator readout, Perceptron p) {
    assertThat(readout).hasAttribute("data-epoch", Integer.toString(p.epoch()));
    assertThat(readout).hasAttribute("data-w1", Num.short2(p.weight(0)));
    assertThat(readout).hasAttribute("data-w2", p.inputs() == 2 ? Num.short2(p.weight(1)) : "");
    assertThat(readout).hasAttribute("data-b", Num.short2(p.bias()));
    assertThat(readout).hasAttribute("data-loss", Num.short2(p.loss()));
    assertThat(readout).hasAttribute("data-intercept", Num.short2(p.intercept()));
  }

  @Test
  void keyboardAndMouseTrainLikeTheJvm(Page page, PageProbe probe) {
    page.navigate(http());
    Locator one = page.locator("[data-applet=perceptron-regression]").nth(0);
    Locator two = page.locator("[data-applet=perceptron-regression]").nth(1);
    assertThat(one).hasAttribute("data-applet-state", "live");
    assertThat(two).hasAttribute("data-applet-state", "live");
    Locator readout = one.locator(".applet-readout");
    Perceptron p = jvm(1);
    assertSame(readout, p);

    // Keyboard: Step three times with Enter.
    one.locator("button[data-action=step]").focus();
    for (int i = 0; i < 3; i++) {
      page.keyboard().press("Enter");
      p.step(0.1);
    }
    assertSame(readout, p);

    // Mouse: Train 100 steps.
    one.locator("button[data-action=train]").click();
    for (int i = 0; i < 100; i++) {
      p.step(0.1);
    }
    assertSame(readout, p);

    // Keyboard on the slider: one step right is 0.11.
    Locator rate = one.locator("input[name=rate]");
    rate.focus();
    page.keyboard().press("ArrowRight");
    assertThat(readout).hasAttribute("data-rate", "0.11");
    one.locator("button[data-action=step]").click();
    p.step(0.11);
    assertSame(readout, p);

    // Converged: the line is mathlib's least-squares line.
    one.locator("button[data-action=train]").click();
    one.locator("button[data-action=train]").click();
    for (int i = 0; i < 200; i++) {
      p.step(0.11);
    }
    assertSame(readout, p);
    double[] size = new double[ROWS.length];
    double[] price = new double[ROWS.length];
    for (int i = 0; i < ROWS.length; i++) {
      size[i] = ROWS[i][0];
      price[i] = ROWS[i][2];
    }
    LinearRegression exact = LinearRegression.fit(size, price);
    assertThat(readout).hasAttribute("data-slope1", Num.short2(exact.slope()));
    assertThat(readout).hasAttribute("data-intercept", Num.short2(exact.intercept()));

    // Reset with the keyboard.
    one.locator("button[data-action=reset]").focus();
    page.keyboard().press("Space");
    p.reset();
    assertSame(readout, p);
    probe.assertClean();
  }

  @Test
  void twoInputsReachTheLeastSquaresPlane(Page page, PageProbe probe) {
    page.navigate(http());
    Locator two = page.locator("[data-applet=perceptron-regression]").nth(1);
    assertThat(two).hasAttribute("data-applet-state", "live");
    Locator readout = two.locator(".applet-readout");
    Perceptron p = jvm(2);
    for (int k = 0; k < 3; k++) {
      two.locator("button[data-action=train]").click();
    }
    for (int i = 0; i < 300; i++) {
      p.step(0.5);
    }
    assertSame(readout, p);
    double[][] x = new double[ROWS.length][2];
    double[] y = new double[ROWS.length];
    for (int i = 0; i < ROWS.length; i++) {
      x[i][0] = ROWS[i][0];
      x[i][1] = ROWS[i][1];
      y[i] = ROWS[i][2];
    }
    LinearRegression exact = LinearRegression.fit(x, y);
    assertThat(readout).hasAttribute("data-slope1", Num.short2(exact.weights()[0]));
    assertThat(readout).hasAttribute("data-slope2", Num.short2(exact.weights()[1]));
    assertThat(readout).hasAttribute("data-intercept", Num.short2(exact.intercept()));
    assertEquals(30, two.locator(".applet-perceptron-point").count());
    probe.assertClean();
  }
}
