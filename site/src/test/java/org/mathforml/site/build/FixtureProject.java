package org.mathforml.site.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A project folder for a test: the fixture's content/ plus the real templates/ and
 * jbake.properties, so fixture sites are built end to end exactly as the course is.
 */
public final class FixtureProject {
  private FixtureProject() {}

  /** The repository root (the folder above the site module). */
  public static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isRegularFile(here.resolve("jbake.properties")) ? here : here.getParent();
  }

  public static Path create(String fixture, Path into) throws IOException {
    copyTree(Path.of("src/test/resources/fixtures", fixture, "content"), into.resolve("content"));
    copyTree(repositoryRoot().resolve("templates"), into.resolve("templates"));
    Files.copy(repositoryRoot().resolve("jbake.properties"), into.resolve("jbake.properties"));
    return into;
  }

  /** The real course: content/, templates/ and jbake.properties of the repository. */
  public static Path course(Path into) throws IOException {
    copyTree(repositoryRoot().resolve("content"), into.resolve("content"));
    copyTree(repositoryRoot().resolve("templates"), into.resolve("templates"));
    Files.copy(repositoryRoot().resolve("jbake.properties"), into.resolve("jbake.properties"));
    return into;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** A shared formula cache for tests, so only the first run of a formula starts KaTeX. */
  public static Path katexCache() {
    return Path.of("target/katex-cache-test").toAbsolutePath();
  }
}
