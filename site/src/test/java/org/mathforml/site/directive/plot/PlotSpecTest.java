package org.mathforml.site.directive.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mathforml.site.directive.Attributes;

/**
 * Runs every example of {@code plot/plot-spec.md} (commonmark-java's spec.txt, for plots): drawings
 * are compared byte for byte with {@code plot/expected/*.svg}, rejections by message and body line.
 *
 * <p>The expected SVGs are output of the renderer, regenerated (never edited) with {@code mvn -pl
 * site test -Dtest='org.mathforml.site.directive.plot.*Test' -Dplot.regenerate=true}; {@code
 * -Dplot.expected.dir=...} overrides where they are written (default {@value #EXPECTED_DIR},
 * relative to the module). Every run also writes {@code target/plot-preview.html}, all examples in
 * a light and a dark column, to look at.
 */
class PlotSpecTest {

  static final String SPEC = "/plot/plot-spec.md";
  static final String EXPECTED_DIR = "src/test/resources/plot/expected";
  private static final String FENCE = "````````````````````````````````";
  private static final boolean REGENERATE = Boolean.getBoolean("plot.regenerate");
  private static final Map<String, PlotSpec> PREVIEW = new java.util.LinkedHashMap<>();

  /** One example: its position in the spec, the block's lines and the expected line. */
  record Example(int specLine, List<String> block, String expected) {
    @Override
    public String toString() {
      return "line " + specLine + ": " + expected;
    }
  }

  static Stream<Example> examples() {
    List<String> lines = read(SPEC).lines().toList();
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).equals(FENCE + " example")) {
        continue;
      }
      int start = i + 1;
      int dot = lines.subList(start, lines.size()).indexOf(".") + start;
      int end = lines.subList(start, lines.size()).indexOf(FENCE) + start;
      if (dot < start || end < dot || end != dot + 2) {
        throw new IllegalStateException(SPEC + ":" + (i + 1) + ": malformed example");
      }
      examples.add(new Example(i + 1, lines.subList(start, dot), lines.get(dot + 1)));
      i = end;
    }
    return examples.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Example example) throws IOException, PlotException {
    List<String> block = example.block();
    String fence = block.get(0);
    assertTrue(fence.startsWith("::: plot"), "an example starts with '::: plot'");
    assertEquals(":::", block.get(block.size() - 1), "an example ends with ':::'");
    Attributes attributes = Attributes.parse(fence.substring("::: plot".length()));
    assertNull(attributes.error(), "fence line");
    Map<String, String> values = attributes.values();
    List<String> body = block.subList(1, block.size() - 1);

    String expected = example.expected();
    if (expected.startsWith("error ")) {
      PlotException e = assertThrows(PlotException.class, () -> PlotSpec.parse(values, body));
      String where =
          expected.startsWith("error attributes: ")
              ? "attributes"
              : expected.substring("error line ".length(), expected.indexOf(':'));
      int line = where.equals("attributes") ? -1 : Integer.parseInt(where);
      assertEquals(expected.substring(expected.indexOf(": ") + 2), e.getMessage());
      assertEquals(line, e.bodyLine(), "bodyLine() of: " + e.getMessage());
      return;
    }
    assertTrue(expected.startsWith("expected/") && expected.endsWith(".svg"), expected);
    String name = expected.substring("expected/".length(), expected.length() - ".svg".length());
    PlotSpec spec = PlotSpec.parse(values, body);
    String svg = PlotRenderer.toSvg(spec, "plot-" + name);
    PREVIEW.put(name, spec);
    if (REGENERATE) {
      Path dir = Path.of(System.getProperty("plot.expected.dir", EXPECTED_DIR));
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".svg"), svg + "\n", StandardCharsets.UTF_8);
      return;
    }
    String golden = read("/plot/" + expected);
    String actual = svg + "\n";
    if (!golden.equals(actual)) {
      int at = 0;
      while (at < Math.min(golden.length(), actual.length())
          && golden.charAt(at) == actual.charAt(at)) {
        at++;
      }
      fail(
          "SVG differs from plot/"
              + expected
              + " at character "
              + at
              + "; if the change"
              + " is intended, regenerate with -Dplot.regenerate=true and look at"
              + " target/plot-preview.html\nexpected: ..."
              + excerpt(golden, at)
              + "\n  actual: ..."
              + excerpt(actual, at));
    }
  }

  /** Writes every drawn example in a light and a dark column, to look at in a browser. */
  @AfterAll
  static void writePreview() throws IOException {
    StringBuilder html =
        new StringBuilder(
            "<!doctype html><meta charset=utf-8>"
                + "<title>plot preview</title><style>"
                + "body{margin:0;display:grid;grid-template-columns:1fr 1fr;font:14px sans-serif}"
                + "section{padding:12px} h2{font-size:13px;margin:16px 0 4px}"
                + ".light{--bg:#fdfdfb;--fg:#1d2330;--muted:#5b6270;--border:#d8dce3;"
                + "--series-1:#2a62c9;--series-2:#c2410c;--series-3:#15803d;--series-4:#7e22ce;"
                + "background:var(--bg);color:var(--fg)}"
                + ".dark{--bg:#15181f;--fg:#e6e8ee;--muted:#a3aab8;--border:#363c48;"
                + "--series-1:#8fb4ff;--series-2:#fb923c;--series-3:#4ade80;--series-4:#d8b4fe;"
                + "background:var(--bg);color:var(--fg)}</style>");
    for (String theme : new String[] {"light", "dark"}) {
      html.append("<section class=").append(theme).append('>');
      for (Map.Entry<String, PlotSpec> example : PREVIEW.entrySet()) {
        html.append("<h2>")
            .append(example.getKey())
            .append("</h2>")
            .append(PlotRenderer.toSvg(example.getValue(), theme + "-" + example.getKey()));
      }
      html.append("</section>");
    }
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("plot-preview.html"), html, StandardCharsets.UTF_8);
  }

  private static String excerpt(String text, int at) {
    return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
  }

  static String read(String resource) {
    try (InputStream in = PlotSpecTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
