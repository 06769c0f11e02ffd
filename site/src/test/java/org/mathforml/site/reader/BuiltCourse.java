package org.mathforml.site.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mathforml.site.build.BuildOptions;
import org.mathforml.site.build.FixtureProject;
import org.mathforml.site.build.SiteBuilder;

/** The real course, built once per test run with the strict applet bundle (real exceptions). */
final class BuiltCourse {
  private static Path site;

  private BuiltCourse() {}

  static synchronized Path site() {
    if (site == null) {
      try {
        Path work = Files.createTempDirectory("mathforml-reader");
        Path project = FixtureProject.course(work.resolve("project"));
        SiteBuilder builder =
            new SiteBuilder(
                BuildOptions.forProject(project)
                    .output(work.resolve("site"))
                    .katexCache(FixtureProject.katexCache())
                    .strictApplets(true));
        try {
          site = builder.build().output();
        } finally {
          builder.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return site;
  }

  static Path zip() {
    return site().resolve(SiteBuilder.ZIP_NAME);
  }
}
