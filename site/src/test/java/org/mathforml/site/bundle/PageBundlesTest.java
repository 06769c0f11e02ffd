package org.mathforml.site.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which bundles a page loads, from the attributes of its rendered body. */
class PageBundlesTest {

  private final PageBundles bundles = new PageBundles();

  private List<String> choose(String body) {
    return bundles.choose(PageBundles.needs(body));
  }

  private static String applet(String name) {
    return "<div data-applet=\"" + name + "\" data-a1=\"2\"></div>";
  }

  private static String quiz(String... generators) {
    StringBuilder sb = new StringBuilder("<section class=\"quiz\" data-quiz=\"q\"><ol>");
    for (String g : generators) {
      sb.append("<li class=\"quiz-question\" data-generator=\"").append(g).append("\"></li>");
    }
    return sb.append("</ol></section>").toString();
  }

  @Test
  void aPageWithoutAppletsOrQuizzesLoadsNothing() {
    assertEquals(List.of(), choose("<p>data-applet is only text here</p>"));
    assertEquals(
        List.of(), choose("<span class=\"quiz-progress\" data-quiz-progress=\"w\"></span>"));
  }

  @Test
  void oneBundleWhenOneHasEverything() {
    assertEquals(List.of("systems"), choose(applet("two-lines") + applet("row-reduction")));
    assertEquals(List.of("vectors"), choose(applet("span") + applet("eigenvectors")));
    assertEquals(List.of("quiz-linear-algebra"), choose(quiz("det-2x2", "eigenvalues-2x2")));
    assertEquals(List.of("quiz-calculus"), choose(quiz("derivative-chain")));
    // a quiz of static questions needs only the runtime: the smallest bundle with it
    String smallest = choose(quiz()).get(0);
    for (String name :
        List.of("quiz-linear-algebra", "quiz-calculus", "row-reduction-quiz", "page-rank-quiz")) {
      assertTrue(bundles.size(smallest) <= bundles.size(name), smallest + " vs " + name);
    }
  }

  @Test
  void guidedProjectsGetTheirCombinedBundle() {
    assertEquals(List.of("page-rank-quiz"), choose(applet("page-rank") + quiz()));
    assertEquals(List.of("perceptron-quiz"), choose(applet("perceptron-regression") + quiz()));
    assertEquals(List.of("row-reduction-quiz"), choose(applet("row-reduction") + quiz()));
  }

  @Test
  void otherwiseOneQuizBundleAndAppletBundles() {
    assertEquals(
        List.of("quiz-linear-algebra", "vectors", "systems"),
        choose(
            applet("span") + applet("vector-operations") + applet("two-lines") + quiz("det-2x2")));
  }

  @Test
  void noBundleCoveringThePageIsAnError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> choose(quiz("det-2x2", "derivative-chain")));
    assertTrue(e.getMessage().contains("[det-2x2, derivative-chain]"), e.getMessage());
    assertTrue(e.getMessage().contains("Bundles.java"), e.getMessage());
    // the perceptron exists only with the quiz runtime, and a second runtime is not allowed
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> choose(applet("perceptron-regression") + quiz("det-2x2")));
    assertTrue(e.getMessage().contains("[perceptron-regression]"), e.getMessage());
  }
}
