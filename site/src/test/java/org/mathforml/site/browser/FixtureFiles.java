package org.mathforml.site.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.mathforml.site.build.FixtureProject;

/**
 * What the hand-written browser-test pages are made of: resources on the test classpath (pages, the
 * bundles in the applets jar) and the repository's stylesheets.
 */
public final class FixtureFiles {

  private FixtureFiles() {}

  /** A test-classpath resource, e.g. {@code META-INF/mathforml/systems-strict.js}. */
  public static byte[] resource(String name) throws IOException {
    try (InputStream in = FixtureFiles.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException(name + " is not on the test classpath: build the applets module");
      }
      return in.readAllBytes();
    }
  }

  /** templates/assets/css of the repository. */
  public static Path stylesheets() {
    return FixtureProject.repositoryRoot().resolve("templates/assets/css");
  }
}
