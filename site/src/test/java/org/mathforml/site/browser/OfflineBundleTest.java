package org.mathforml.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unzipping the offline download (no browser). */
class OfflineBundleTest {
  @TempDir Path temp;

  @Test
  void findsIndexAtTheTop() throws IOException {
    Path zip = zip("index.html", "a/b.html");
    try (OfflineBundle bundle = OfflineBundle.unzip(zip)) {
      assertTrue(bundle.indexUrl().startsWith("file:///"), bundle.indexUrl());
      assertTrue(bundle.indexUrl().endsWith("/index.html"), bundle.indexUrl());
      assertTrue(Files.isRegularFile(Paths.get(java.net.URI.create(bundle.url("a/b.html")))));
    }
  }

  @Test
  void findsIndexInTheSingleTopFolderAndCleansUp() throws IOException {
    Path zip = zip("site/index.html", "site/css/x.css");
    Path root;
    try (OfflineBundle bundle = OfflineBundle.unzip(zip)) {
      root = bundle.root();
      assertEquals("site", root.getFileName().toString());
      assertTrue(Files.isRegularFile(root.resolve("css/x.css")));
    }
    assertFalse(Files.exists(root));
  }

  @Test
  void rejectsZipSlip() throws IOException {
    Path zip = zip("index.html", "../evil.html");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OfflineBundle.unzip(zip));
    assertTrue(e.getMessage().contains("../evil.html"), e.getMessage());
  }

  @Test
  void rejectsZipWithoutIndex() throws IOException {
    Path zip = zip("a/index.html", "b/index.html");
    assertThrows(IllegalArgumentException.class, () -> OfflineBundle.unzip(zip));
  }

  @Test
  void refusesUrlsOutsideTheBundle() throws IOException {
    try (OfflineBundle bundle = OfflineBundle.unzip(zip("index.html"))) {
      assertThrows(IllegalArgumentException.class, () -> bundle.url("../outside.html"));
    }
  }

  private Path zip(String... names) throws IOException {
    Path zip = Files.createTempFile(temp, "bundle", ".zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream zout = new ZipOutputStream(out)) {
      for (String name : names) {
        zout.putNextEntry(new ZipEntry(name));
        zout.write(("<p>" + name + "</p>").getBytes(StandardCharsets.UTF_8));
        zout.closeEntry();
      }
    }
    return zip;
  }
}
