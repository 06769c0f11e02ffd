package org.mathforml.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tiny sites built end to end: what a good one produces, and how each kind of bad input fails. */
class FixtureSiteTest {
  private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

  @TempDir Path temp;

  private BuildReport build(String fixture, Path output) throws IOException {
    Path project = FixtureProject.create(fixture, temp.resolve("project"));
    SiteBuilder builder =
        new SiteBuilder(
            BuildOptions.forProject(project)
                .output(output)
                .katexCache(FixtureProject.katexCache()));
    try {
      return builder.build();
    } finally {
      builder.close();
    }
  }

  @Test
  void goodSiteHasEveryPageAssetAndBundle() throws IOException {
    Path out = temp.resolve("site");
    build("good", out);
    for (String file :
        List.of(
            "index.html",
            "404.html",
            "sitemap.xml",
            "favicon.ico",
            "favicon.svg",
            "demo/index.html",
            "demo/week.html",
            "demo/lesson.html",
            "demo/jbake-header.html",
            "demo/quiz.html",
            "katex/katex.min.css",
            "katex/fonts/KaTeX_Main-Regular.woff2",
            "js/systems.js",
            "js/quiz-linear-algebra.js",
            "js/site.js",
            "css/site.css",
            "css/applets.css",
            SiteBuilder.ZIP_NAME)) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file + " is missing");
    }
    String lesson = Files.readString(out.resolve("demo/lesson.html"));
    assertTrue(
        lesson.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\">"),
        "MathML for inline math");
    assertTrue(lesson.contains("a price of $5."), "escaped dollar stays a dollar");
    assertTrue(lesson.contains("<figure class=\"plot\" id=\"plot-1\"><svg"), "build-time plot");
    assertTrue(lesson.contains("data-applet=\"two-lines\" data-a1=\"2\""), "applet mount");
    assertTrue(lesson.contains("class=\"applet-fallback\"><svg"), "static fallback for the applet");
    assertFalse(lesson.contains("::: check"), "check blocks are not shown");
    assertTrue(
        Files.readString(out.resolve("demo/jbake-header.html")).contains("class=\"katex\""),
        "JBake-style headers work too");
    String quiz = Files.readString(out.resolve("demo/quiz.html"));
    assertTrue(
        quiz.contains("<section class=\"quiz\" id=\"quiz-demo-quiz\" data-quiz=\"demo-quiz\""),
        "quiz markup");
    assertTrue(quiz.contains("data-key=\"fraction|-3|d\""), "the proved key");
    assertTrue(quiz.contains("data-generator=\"det-2x2\" data-seed=\"7\""), "generated question");
    assertTrue(quiz.contains("<span class=\"nav-kind\">Quiz</span> Demo quiz"), "navigation label");
    assertTrue(
        quiz.contains("<script src=\"../js/quiz-linear-algebra.js\" defer>"),
        "quiz pages load the quiz bundle with their generators");
    assertFalse(quiz.contains("js/systems.js"), "and not an applet bundle they do not use");
    String week = Files.readString(out.resolve("demo/week.html"));
    assertTrue(
        week.contains(
            "<span class=\"quiz-progress\" data-quiz-progress=\"demo-quiz\">Not started</span>"),
        "progress badge on the week page");
    assertFalse(
        week.contains("js/quiz"), "the week page fills its badges with site.js, not the runtime");
    assertTrue(week.contains("js/site.js"), "site.js fills the badges");
    String plain = Files.readString(out.resolve("demo/jbake-header.html"));
    assertFalse(
        plain.contains("js/systems.js") || plain.contains("js/quiz"),
        "pages without applets or quizzes load no bundle");
    assertTrue(
        Files.readString(out.resolve("demo/lesson.html"))
            .contains("<script src=\"../js/systems.js\" defer>"),
        "pages with an applet load the bundle that has it");
    String sitemap = Files.readString(out.resolve("sitemap.xml"));
    assertTrue(
        sitemap.contains("demo/lesson.html</loc>") && sitemap.contains("demo/week.html</loc>"),
        sitemap);
    String css = Files.readString(out.resolve("katex/katex.min.css"));
    assertFalse(css.contains(".ttf") || css.contains(".woff)"), "only WOFF2 fonts are referenced");
  }

  @Test
  void everyLinkIsRelativeSoTheSiteWorksUnderASubpathAndFromFiles() throws IOException {
    Path out = temp.resolve("site");
    build("good", out);
    List<String> absolute = new ArrayList<>();
    try (var walk = Files.walk(out)) {
      for (Path page :
          walk.filter(p -> p.toString().endsWith(".html") && !p.endsWith("404.html")).toList()) {
        Matcher m = LINK.matcher(Files.readString(page));
        while (m.find()) {
          String url = m.group(1);
          boolean external = url.startsWith("https://github.com/");
          if (url.startsWith("/") || (url.contains("://") && !external)) {
            absolute.add(out.relativize(page) + ": " + url);
          }
          if (!url.contains("://") && !url.startsWith("#") && !url.startsWith("/")) {
            Path target = page.getParent().resolve(url.replaceAll("#.*$", "")).normalize();
            assertTrue(Files.exists(target), out.relativize(page) + " links to missing " + url);
          }
        }
      }
    }
    assertEquals(List.of(), absolute);
  }

  @Test
  void offlineZipHoldsTheWholeSite() throws IOException {
    Path out = temp.resolve("site");
    build("good", out);
    try (ZipFile zip = new ZipFile(out.resolve(SiteBuilder.ZIP_NAME).toFile())) {
      assertTrue(zip.getEntry("mathforml/index.html") != null);
      assertTrue(zip.getEntry("mathforml/demo/lesson.html") != null);
      assertTrue(zip.getEntry("mathforml/katex/fonts/KaTeX_Math-Italic.woff2") != null);
      assertTrue(
          zip.getEntry("mathforml/" + SiteBuilder.ZIP_NAME) == null,
          "the zip does not contain itself");
    }
  }

  @Test
  void templatesCannotCreateJavaObjects() throws IOException {
    Path project = FixtureProject.create("good", temp.resolve("project"));
    Path week = project.resolve("templates/week.ftl");
    Files.writeString(
        week,
        "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}\n"
            + Files.readString(week));
    SiteBuilder builder =
        new SiteBuilder(
            BuildOptions.forProject(project)
                .output(temp.resolve("site"))
                .katexCache(FixtureProject.katexCache()));
    try {
      BuildFailedException e = assertThrows(BuildFailedException.class, builder::build);
      assertTrue(
          e.getMessage()
              .contains("Instantiating freemarker.template.utility.Execute is not allowed"),
          e.getMessage());
    } finally {
      builder.close();
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      bad-latex             | content/demo/lesson.md:13: KaTeX parse error: Undefined control sequence: \\notacommand
      bad-front-matter      | content/demo/lesson.md:5: 'week' must be a whole number from 1, not 'one'
      bad-front-matter      | content/demo/lesson.md:7: unknown front matter key 'titel' (known: course, order, status, summary, title, type, week)
      unknown-directive     | content/demo/lesson.md:11: unknown directive 'sidebar' (known: note, tip, warning, definition, theorem, example, applet, plot, quiz, check)
      bad-applet-attribute  | content/demo/lesson.md:9: attribute "b1" of applet "two-lines" must be a number, got "one"
      bad-applet-links      | content/demo/lesson.md:11: attribute "links" of applet "page-rank" must be links such as "A>B C; B>C; C>A" (a page, '>' and the pages it links to), got "A>B C; B>C; C>A C; D>C": page C links to itself
      bad-applet-data       | content/demo/lesson.md:11: attribute "data" of applet "perceptron-regression" must be houses such as "86 4 237; 52 1 175; 94 4 276" (size rooms price), got "86 4 237; 52 1; 94 4 276": house 2 must be three whole numbers "size rooms price", got "52 1"
      wrong-check           | content/demo/lesson.md:12: check failed: det [2 1; 1 -1] = 4 (mathlib computes -3)
      quiz-wrong-key        | content/demo/quiz.md:13: the answer 'fraction 3' disagrees with 'check: det [2 1; 1 -1]' (mathlib computes -3)
      quiz-duplicate-choice | content/demo/quiz.md:15: duplicate choice '$x = 1$' (also on line 13)
      quiz-no-correct-choice | content/demo/quiz.md:13: no choice is marked correct: mark the right one(s) with '- [x]'
      quiz-unknown-generator | content/demo/quiz.md:11: unknown generator 'det-4x4' (known: det-2x2, det-3x3-nonzero, system-2x2-solve, system-2x2-classify, rows-dependent-3x3, rank-3x3, row-echelon-3x3, elimination-3x3-solve, matrix-vector-product, matrix-product-2x2, inverse-2x2, vector-angle, det-product, det-inverse, eigenvalues-2x2, eigenvector-check, derivative-polynomial, derivative-chain, welch-t, z-test-mean, one-sample-t)
      quiz-no-bundle        | content/demo/quiz.md:9: no bundle has the question generators [det-2x2, derivative-chain] together; add one to applets/src/main/java/org/mathforml/applets/bundles/Bundles.java
      quiz-bad-answer       | content/demo/quiz.md:13: a numeric answer reads 'numeric 2.5 tol 0.01' (absolute) or 'numeric 2.5 rel 0.001' (relative)
      quiz-unknown-kind     | content/demo/quiz.md:13: unknown answer kind 'complex' (known: true, false, numeric, fraction, vector, matrix, expression; choices are a '- [x]' list, orderings an 'order:' list)
      """)
  void badInputFailsWithFileAndLineAndKeepsTheLastGoodSite(String fixture, String expected)
      throws IOException {
    Path out = temp.resolve("site");
    Files.createDirectories(out);
    Files.writeString(out.resolve("index.html"), "the last good site");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> build(fixture, out));
    List<String> problems = e.problems().stream().map(BuildProblem::toString).toList();
    assertTrue(problems.contains(expected), "expected " + expected + " in " + problems);
    assertEquals("the last good site", Files.readString(out.resolve("index.html")));
    try (var files = Files.list(out)) {
      assertEquals(1, files.count(), "nothing was added to the published folder");
    }
    try (var siblings = Files.list(temp)) {
      assertTrue(
          siblings.noneMatch(p -> p.getFileName().toString().contains("staging")),
          "staging removed");
    }
  }
}
