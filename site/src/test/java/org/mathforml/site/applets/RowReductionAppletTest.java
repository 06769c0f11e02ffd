package org.mathforml.site.applets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.exact.EchelonForm;
import org.mathforml.mathlib.exact.Elimination;
import org.mathforml.mathlib.exact.FractionVector;
import org.mathforml.mathlib.exact.ParametricSolution;
import org.mathforml.mathlib.exact.Rank;
import org.mathforml.mathlib.exact.Reduction;
import org.mathforml.mathlib.exact.RowOperation;
import org.mathforml.mathlib.exact.Step;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.PageProbe;
import org.mathforml.site.browser.Screenshots;
import org.mathforml.site.browser.TestBrowser;

/**
 * The row-reduction trainer (strict applet bundle) on a hand-written page with five mounts: driven
 * with the keyboard and the mouse, every matrix, state, rank and solution compared with mathlib
 * after each operation; undo, start over, refusals, the replay of mathlib's steps, file://.
 */
@BrowserTest
class RowReductionAppletTest extends AppletPageTest {
  static final String PAGE = "row-reduction.html";
  static final FractionMatrix UNIQUE = FractionMatrix.parse("[2 1 -1 8; -3 -1 2 -11; -2 1 2 -3]");

  @BeforeAll
  static void serve() {
    // the hand-written page loads js/applets.js: it gets the bundle the site gives row-reduction
    Path dir =
        AppletFixture.withPage(AppletFixture.create(true, new String[0][]), "applets/" + PAGE);
    AppletFixture.withBundle(dir, "js/applets.js", "row-reduction");
    serve(dir, "row-reduction");
  }

  @Test
  void keyboardAloneAppliesAddSwapAndUndo(Page page, PageProbe probe) {
    page.navigate(http());
    Locator applet = live(page, "unique");
    FractionMatrix expected = UNIQUE;
    assertMatches(applet, expected, UNIQUE, 3);

    // Add 3/2 times R1 to R2: defaults are add, Ri = R2, Rj = R1; Enter in k submits.
    Locator k = applet.locator("input[name='factor']");
    k.focus();
    page.keyboard().press("Control+A");
    page.keyboard().type("3/2");
    page.keyboard().press("Enter");
    expected = RowOperation.addMultiple(1, 0, Fraction.of(3, 2)).apply(expected);
    assertMatches(applet, expected, UNIQUE, 3);
    assertThat(applet.locator(".applet-form-message")).hasText("Applied: Add 3/2 times R1 to R2.");
    assertThat(applet.locator(".applet-history li")).hasCount(1);

    // Swap R1 and R3: arrow keys on the selects, Tab past the hidden k field, Enter on Apply.
    applet.locator("select[name='op']").focus();
    page.keyboard().press("ArrowDown");
    assertThat(applet.locator("select[name='op']")).hasValue("swap");
    assertThat(k).isHidden();
    applet.locator("select[name='target']").focus();
    page.keyboard().press("ArrowUp");
    page.keyboard().press("Tab");
    assertThat(applet.locator("select[name='source']")).isFocused();
    page.keyboard().press("ArrowDown");
    page.keyboard().press("ArrowDown");
    assertThat(applet.locator("select[name='source']")).hasValue("2");
    page.keyboard().press("Tab");
    assertThat(applet.locator("button[name='apply']")).isFocused();
    page.keyboard().press("Enter");
    FractionMatrix beforeSwap = expected;
    expected = RowOperation.swap(0, 2).apply(expected);
    assertMatches(applet, expected, UNIQUE, 3);
    assertThat(applet.locator(".applet-history li").nth(1)).containsText("Swap R1 and R3");

    page.keyboard().press("Tab");
    assertThat(applet.locator("button[name='undo']")).isFocused();
    page.keyboard().press("Enter");
    assertMatches(applet, beforeSwap, UNIQUE, 3);
    assertThat(applet.locator(".applet-form-message")).hasText("Undone: Swap R1 and R3.");
    assertThat(applet.locator(".applet-history li")).hasCount(1);
    probe.assertClean();
  }

  @Test
  void mouseFollowsMathlibsStepsToTheReducedFormWithTheSolution(Page page, PageProbe probe) {
    page.navigate(http());
    Locator applet = live(page, "unique");
    Reduction r = augmentedReduction(UNIQUE);
    assertThat(readout(applet)).hasAttribute("data-state", "working");
    assertThat(readout(applet)).containsText("reach row echelon form first");
    for (Step s : r.steps()) {
      apply(applet, s.operation());
      assertMatches(applet, s.matrix(), UNIQUE, 3);
    }
    assertThat(readout(applet)).hasAttribute("data-state", "reduced");
    assertThat(readout(applet)).containsText("Reduced row echelon form reached");
    ParametricSolution solution = solve(UNIQUE);
    assertThat(readout(applet)).hasAttribute("data-kind", "unique");
    assertThat(readout(applet)).hasAttribute("data-solution", solution.toString());
    assertThat(readout(applet).locator(".applet-readout-solution"))
        .hasText("One solution: x = 2, y = 3, z = \u22121.");
    // Pivots: outlined and named in text, on the diagonal of the identity part.
    assertThat(applet.locator("td.applet-pivot")).hasCount(3);
    assertThat(applet.locator("td.applet-pivot[data-row='3'][data-col='3']"))
        .containsText("(pivot)");
    assertThat(applet.locator(".applet-history li")).hasCount(r.steps().size());

    applet.locator("button[name='reset']").click();
    assertMatches(applet, UNIQUE, UNIQUE, 3);
    assertThat(applet.locator(".applet-history li")).hasText(new String[] {"None yet."});
    probe.assertClean();
  }

  @Test
  void operationsThatLoseInformationAreRefusedAloud(Page page, PageProbe probe) {
    page.navigate(http());
    Locator applet = live(page, "unique");
    Locator message = applet.locator(".applet-form-message");
    assertThat(message).hasAttribute("aria-live", "polite");

    choose(applet, "scale", 0, 0, "0");
    assertThat(message).containsText("scaling R1 by 0 wipes out the row and loses information");
    assertThat(message).hasAttribute("data-refused", "true");

    choose(applet, "add", 1, 1, "-1");
    assertThat(message).containsText("adding a multiple of R2 to itself is not a row operation");

    choose(applet, "swap", 2, 2, null);
    assertThat(message).containsText("swapping R3 with itself changes nothing");

    choose(applet, "add", 1, 0, "two");
    assertThat(message).containsText("k must be a number");
    assertThat(applet.locator("input[name='factor']")).hasAttribute("aria-invalid", "true");

    assertMatches(applet, UNIQUE, UNIQUE, 3);
    assertThat(readout(applet)).hasAttribute("data-steps", "0");

    choose(applet, "scale", 0, 0, "1/2");
    assertThat(message).not().hasAttribute("data-refused", "true");
    assertMatches(applet, RowOperation.scale(0, Fraction.of(1, 2)).apply(UNIQUE), UNIQUE, 3);
    probe.assertClean();
  }

  @Test
  void replayShowsMathlibsOwnStepsWithNextAndPrevious(Page page, PageProbe probe) {
    page.navigate(http());
    Locator applet = live(page, "four");
    FractionMatrix four = FractionMatrix.parse("[1 2 0 1 15; 2 1 1 0 17; 0 1 2 1 20; 1 0 1 2 20]");
    Reduction r = augmentedReduction(four);
    Locator toggle = applet.locator("button[name='replay']");
    Locator panel = applet.locator(".applet-replay-panel");
    assertThat(toggle).hasAttribute("aria-expanded", "false");
    assertThat(panel).isHidden();
    toggle.focus();
    page.keyboard().press("Enter");
    assertThat(toggle).hasAttribute("aria-expanded", "true");
    assertThat(panel).isVisible();
    assertThat(panel).hasAttribute("data-step", "0");
    assertThat(panel).hasAttribute("data-steps", Integer.toString(r.steps().size()));
    assertThat(panel.locator("table")).hasAttribute("data-matrix", four.toString());
    Locator next = panel.locator("button[name='next']");
    for (int i = 0; i < r.steps().size(); i++) {
      next.click();
      Step s = r.steps().get(i);
      assertThat(panel).hasAttribute("data-step", Integer.toString(i + 1));
      assertThat(panel.locator("table")).hasAttribute("data-matrix", s.matrix().toString());
      assertThat(panel.locator(".applet-replay-status"))
          .containsText("Step " + (i + 1) + " of " + r.steps().size());
    }
    assertThat(panel.locator(".applet-replay-status"))
        .containsText("Reduced row echelon form reached");
    // The changed row flashes, unless the reader asked for reduced motion.
    String animation =
        "getComputedStyle(document.querySelector('#four .applet-replay-panel"
            + " tr.applet-changed td')).animationName";
    assertEquals("applet-row-changed", page.evaluate(animation));
    page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
    assertEquals("none", page.evaluate(animation));
    assertThat(next).hasAttribute("aria-disabled", "true");
    next.focus();
    page.keyboard().press("Enter"); // at the end: stays, and the button keeps focus
    assertThat(next).isFocused();
    assertThat(panel).hasAttribute("data-step", Integer.toString(r.steps().size()));
    Locator previous = panel.locator("button[name='previous']");
    previous.focus();
    page.keyboard().press("Enter");
    page.keyboard().press("Enter");
    int back = r.steps().size() - 2;
    assertThat(panel).hasAttribute("data-step", Integer.toString(back));
    assertThat(panel.locator("table"))
        .hasAttribute("data-matrix", r.steps().get(back - 1).matrix().toString());
    // The replay never touches the reader's own matrix.
    assertThat(readout(applet)).hasAttribute("data-matrix", four.toString());
    // The plain mount has no replay (replay=false).
    assertThat(live(page, "plain").locator("button[name='replay']")).hasCount(0);
    probe.assertClean();
  }

  @Test
  void noSolutionInfinitelyManyAndAPlainMatrixAgreeWithMathlib(Page page, PageProbe probe) {
    page.navigate(http());
    FractionMatrix none = FractionMatrix.parse("[1 1 1 2; 1 -1 2 1; 2 0 3 5]");
    Locator a = live(page, "none");
    for (Step s : Elimination.toEchelon(none).steps()) {
      apply(a, s.operation());
      assertMatches(a, s.matrix(), none, 3);
    }
    assertThat(readout(a)).hasAttribute("data-state", "echelon");
    assertThat(readout(a)).hasAttribute("data-kind", "none");
    assertThat(readout(a)).hasAttribute("data-rank", "2");
    assertThat(readout(a)).hasAttribute("data-rank-augmented", "3");
    assertThat(readout(a).locator(".applet-readout-solution")).containsText("No solution");

    FractionMatrix many = FractionMatrix.parse("[1 1 1 3; 1 -1 2 1; 2 0 3 4]");
    Locator b = live(page, "infinite");
    for (Step s : augmentedReduction(many).steps()) {
      apply(b, s.operation());
      assertMatches(b, s.matrix(), many, 3);
    }
    assertThat(readout(b)).hasAttribute("data-kind", "infinite");
    assertThat(readout(b)).hasAttribute("data-solution", solve(many).toString());
    assertThat(readout(b).locator(".applet-readout-solution"))
        .containsText("Infinitely many solutions (1 free variable)");

    FractionMatrix plain = FractionMatrix.parse("[0 2 4; 1 1 1; 2 4 6]");
    Locator c = live(page, "plain");
    assertThat(c.locator("td.applet-pivot")).hasCount(0);
    for (Step s : Elimination.toReduced(plain).steps()) {
      apply(c, s.operation());
      assertMatches(c, s.matrix(), plain, -1);
    }
    assertThat(readout(c)).hasAttribute("data-kind", "");
    assertThat(readout(c)).hasAttribute("data-state", "reduced");
    assertThat(readout(c)).containsText("Rank: " + Rank.of(plain));
    assertThat(c.locator(".applet-readout-solution")).hasCount(0);
    probe.assertClean();
  }

  @Test
  void worksFromFileAndLooksRightOnDesktopAndPhone(
      Page page, PageProbe probe, TestBrowser browser) {
    page.navigate(file());
    Locator applet = live(page, "unique");
    choose(applet, "add", 2, 0, "1");
    assertMatches(applet, RowOperation.addMultiple(2, 0, Fraction.ONE).apply(UNIQUE), UNIQUE, 3);
    probe.assertClean();
    List<Path> shots =
        Screenshots.takeAll(
            browser,
            http(),
            "row-reduction-fixture",
            s -> {
              assertThat(s.page().locator("figure.applet.applet-live")).hasCount(5);
              Object overflow =
                  s.page()
                      .evaluate(
                          "document.documentElement.scrollWidth > document.documentElement.clientWidth");
              assertEquals(Boolean.FALSE, overflow, "no sideways scrolling of the page");
              s.probe().assertClean();
            });
    assertEquals(4, shots.size());
  }

  // ---- helpers ---------------------------------------------------------------------------

  private static Locator live(Page page, String figureId) {
    Locator figure = page.locator("figure#" + figureId);
    assertThat(figure).hasClass(Pattern.compile("\\bapplet-live\\b"));
    return figure;
  }

  private static Locator readout(Locator applet) {
    return applet.locator(".applet-readout");
  }

  /** Picks an operation with the mouse (select menus, the k field) and clicks Apply. */
  private static void choose(Locator applet, String op, int target, int source, String k) {
    applet.locator("select[name='op']").selectOption(op);
    applet.locator("select[name='target']").selectOption(Integer.toString(target));
    if (!op.equals("scale")) {
      applet.locator("select[name='source']").selectOption(Integer.toString(source));
    }
    if (k != null) {
      applet.locator("input[name='factor']").fill(k);
    }
    applet.locator("button[name='apply']").click();
  }

  private static void apply(Locator applet, RowOperation op) {
    switch (op.kind()) {
      case SWAP -> choose(applet, "swap", op.target(), op.source(), null);
      case SCALE -> choose(applet, "scale", op.target(), op.target(), op.factor().toString());
      default -> choose(applet, "add", op.target(), op.source(), op.factor().toString());
    }
  }

  /**
   * The table, the readout's matrix, state and rank must be what mathlib says for this matrix;
   * split is the number of unknowns, or -1 for a plain matrix.
   */
  private static void assertMatches(
      Locator applet, FractionMatrix expected, FractionMatrix start, int split) {
    Locator readout = readout(applet);
    assertThat(applet.locator(".applet-rr-work table"))
        .hasAttribute("data-matrix", expected.toString());
    assertThat(readout).hasAttribute("data-matrix", expected.toString());
    String state =
        EchelonForm.isReducedRowEchelon(expected)
            ? "reduced"
            : EchelonForm.isRowEchelon(expected) ? "echelon" : "working";
    assertThat(readout).hasAttribute("data-state", state);
    FractionMatrix coefficients = split < 0 ? start : left(start, split);
    assertThat(readout).hasAttribute("data-rank", Integer.toString(Rank.of(coefficients)));
    // Entries as shown: cell (i, j) holds the fraction, with a typographic minus.
    Fraction last = expected.get(expected.rows() - 1, expected.cols() - 1);
    assertThat(
            applet.locator(
                ".applet-rr-work td[data-row='"
                    + expected.rows()
                    + "'][data-col='"
                    + expected.cols()
                    + "'] .applet-entry"))
        .hasText(last.signum() < 0 ? "\u2212" + last.abs() : last.toString());
    int pivots = 0;
    if (!state.equals("working")) {
      for (int i = 0; i < expected.rows(); i++) {
        pivots += EchelonForm.leadingColumn(expected, i) >= 0 ? 1 : 0;
      }
    }
    assertThat(applet.locator(".applet-rr-work td.applet-pivot")).hasCount(pivots);
    assertTrue(expected.rows() > 0);
  }

  private static FractionMatrix left(FractionMatrix m, int cols) {
    Fraction[][] a = new Fraction[m.rows()][cols];
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0; j < cols; j++) {
        a[i][j] = m.get(i, j);
      }
    }
    return FractionMatrix.of(a);
  }

  private static ParametricSolution solve(FractionMatrix augmented) {
    int n = augmented.cols() - 1;
    Fraction[] b = new Fraction[augmented.rows()];
    for (int i = 0; i < b.length; i++) {
      b[i] = augmented.get(i, n);
    }
    return ParametricSolution.solve(left(augmented, n), FractionVector.of(b));
  }

  private static Reduction augmentedReduction(FractionMatrix augmented) {
    return solve(augmented).reduction();
  }
}
