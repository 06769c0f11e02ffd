package org.mathforml.site.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The whole site in one zip whose index.html works from file:// with no network. */
public final class OfflineZip {
  private OfflineZip() {}

  /** Zips every file under {@code site} except the zip itself, in a stable order. */
  public static void write(Path site, Path zip) throws IOException {
    List<Path> files;
    try (var walk = Files.walk(site)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !p.equals(zip)).sorted().toList();
    }
    Path tmp = Files.createTempFile("mathforml", ".zip");
    try (OutputStream out = Files.newOutputStream(tmp);
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (Path f : files) {
        ZipEntry entry =
            new ZipEntry("mathforml/" + site.relativize(f).toString().replace('\\', '/'));
        entry.setLastModifiedTime(FileTime.fromMillis(0)); // same input, same zip
        z.putNextEntry(entry);
        Files.copy(f, z);
        z.closeEntry();
      }
    }
    Files.move(tmp, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
