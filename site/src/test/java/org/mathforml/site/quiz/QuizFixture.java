package org.mathforml.site.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary folder laid out like the site for the hand-written quiz page: fixture.html, the
 * strict quiz bundle read from the applets jar (as StaticAssets does) as js/quiz.js, and the real
 * css/site.css and css/applets.css from the repository's templates.
 */
final class QuizFixture {
  static final String PAGE = "fixture.html";
  static final String QUIZ = "quiz-fixture";

  private QuizFixture() {}

  static Path create() {
    try {
      Path dir = Files.createTempDirectory("mathforml-quiz");
      Files.createDirectories(dir.resolve("js"));
      Files.createDirectories(dir.resolve("css"));
      Files.write(dir.resolve(PAGE), resource("quiz/" + PAGE));
      Files.write(dir.resolve("js/quiz.js"), resource("META-INF/mathforml/quiz-strict.js"));
      Path css = repositoryRoot().resolve("templates/assets/css");
      Files.copy(css.resolve("site.css"), dir.resolve("css/site.css"));
      Files.copy(css.resolve("applets.css"), dir.resolve("css/applets.css"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = QuizFixture.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException(name + " is not on the test classpath: build the applets module");
      }
      return in.readAllBytes();
    }
  }

  private static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.isDirectory(here.resolve("templates/assets/css"))) {
      here = here.getParent();
    }
    if (here == null) {
      throw new IllegalStateException("templates/assets/css not found above the working directory");
    }
    return here;
  }

  /** The element id of question n. */
  static String question(int n) {
    return "#" + QUIZ + "-q" + n;
  }
}
