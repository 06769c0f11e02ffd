package org.mathforml.site.directive.applet;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRankFallbackTest {

  @Test
  void drawsTheWebWithMathlibsRanks() {
    String html =
        PageRankFallback.render(
            Map.of("links", "A>B C; B>C; C>A; D>C", "damping", "0.85"), "applet-1");
    assertTrue(html.startsWith("<svg"), html);
    // Stationary vector (659/1769, 27713/141520, 2789/7076, 3/80), ranked C, A, B, D.
    assertTrue(html.contains("ranks C (0.3941), A (0.3725), B (0.1958) and D (0.0375)."), html);
  }

  @Test
  void malformedLinksFailWithTheAppletsMessage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PageRankFallback.render(Map.of("links", "A>A", "damping", "0.85"), "applet-1"));
    assertTrue(e.getMessage().contains("page A links to itself"), e.getMessage());
  }
}
