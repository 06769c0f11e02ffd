package org.mathforml.site.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mathforml.site.browser.FixtureFiles;
import org.mathforml.site.math.KatexAssets;

/**
 * A temporary folder laid out like the site for the hand-written quiz page: fixture.html, the
 * strict quiz bundle read from the applets jar (as StaticAssets does) as js/quiz.js, the real
 * css/site.css and css/applets.css from the repository's templates, and KaTeX's stylesheet with the
 * fonts generated math is set in.
 */
final class QuizFixture {
  static final String PAGE = "fixture.html";
  static final String QUIZ = "quiz-fixture";
  static final String[] KATEX_FONTS = {
    "Main-Regular",
    "Main-Bold",
    "Main-Italic",
    "Math-Italic",
    "Size1-Regular",
    "Size2-Regular",
    "Size3-Regular",
    "Size4-Regular",
    "AMS-Regular"
  };

  private QuizFixture() {}

  static Path create() {
    try {
      Path dir = Files.createTempDirectory("mathforml-quiz");
      Files.createDirectories(dir.resolve("js"));
      Files.createDirectories(dir.resolve("css"));
      Files.write(dir.resolve(PAGE), FixtureFiles.resource("quiz/" + PAGE));
      // the page's generators are Course 1's; the file keeps the fixture's own name
      Files.write(
          dir.resolve("js/quiz.js"),
          FixtureFiles.resource("META-INF/mathforml/quiz-linear-algebra-strict.js"));
      Path css = FixtureFiles.stylesheets();
      Files.copy(css.resolve("site.css"), dir.resolve("css/site.css"));
      Files.copy(css.resolve("applets.css"), dir.resolve("css/applets.css"));
      // KaTeX's stylesheet and fonts, as every site page has them: generated math uses the fonts
      Path katex = Files.createDirectories(dir.resolve("katex/fonts"));
      Files.write(katex.resolveSibling("katex.min.css"), KatexAssets.bytes("katex.min.css"));
      for (String font : KATEX_FONTS) {
        String name = "KaTeX_" + font + ".woff2";
        Files.write(katex.resolve(name), KatexAssets.bytes("fonts/" + name));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the strict build of bundle {@code name} as {@code js/NAME.js}. */
  static void writeBundle(Path dir, String name) throws IOException {
    Files.write(
        dir.resolve("js/" + name + ".js"),
        FixtureFiles.resource("META-INF/mathforml/" + name + "-strict.js"));
  }

  /** The element id of question n. */
  static String question(int n) {
    return "#" + QUIZ + "-q" + n;
  }
}
