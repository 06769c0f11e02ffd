package org.mathforml.site.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mathforml.site.build.Problems;
import org.mathforml.site.math.CachingKatex;
import org.mathforml.site.math.KatexBackends;
import org.mathforml.site.math.Macros;

/**
 * Golden tests for our Markdown dialect, one spec file per extension. Math examples contain real
 * KaTeX output: regenerate with {@code mvn -pl site test -Dtest=MarkdownSpecTest
 * -Dspec.regenerate=true} (rewrites the expected parts in src/test/resources/spec), never edit them
 * by hand.
 */
class MarkdownSpecTest {
  static final List<String> SPECS =
      List.of("math-spec.md", "directives-spec.md", "check-spec.md", "quiz-spec.md");
  private static CachingKatex katex;
  private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

  @BeforeAll
  static void startKatex() {
    Macros macros = Macros.parse("test", "\\newcommand{\\R}{\\mathbb{R}}", new Problems());
    katex =
        new CachingKatex(
            Path.of("target/katex-cache-test"), macros, KatexBackends.named("auto", macros));
  }

  @AfterAll
  static void stopKatex() throws IOException {
    katex.close();
    SpecRegenerator.finish();
  }

  static List<SpecExample> examples() throws IOException {
    List<SpecExample> all = new ArrayList<>();
    for (String spec : SPECS) {
      all.addAll(SpecExample.read(spec));
    }
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rendersAsSpecified(SpecExample example) {
    Problems problems = new Problems();
    String html = MARKDOWN.render(example.markdown, new PageContext("spec.md", problems, katex));
    String reported =
        problems.sorted().stream()
            .map(p -> p.line() + ": " + p.message() + "\n")
            .collect(Collectors.joining());
    if (SpecRegenerator.enabled()) {
      SpecRegenerator.record(example, html, reported);
      return;
    }
    assertEquals(example.html, html, "HTML of " + example);
    assertEquals(example.problems, reported, "problems of " + example);
  }
}
