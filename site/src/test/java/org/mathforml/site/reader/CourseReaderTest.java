package org.mathforml.site.reader;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.mathforml.site.browser.OfflineBundle;
import org.mathforml.site.browser.StaticServer;

/**
 * The real course as readers get it: served over http under a GitHub-Pages-like subpath, and
 * unzipped from the offline bundle for file:// reading.
 */
abstract class CourseReaderTest {
  static StaticServer server;
  static OfflineBundle offline;

  @BeforeAll
  static void serve() {
    server = StaticServer.start(BuiltCourse.site());
    offline = OfflineBundle.unzip(BuiltCourse.zip());
  }

  @AfterAll
  static void stop() {
    server.close();
    offline.close();
  }
}
