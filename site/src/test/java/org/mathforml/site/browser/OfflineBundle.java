package org.mathforml.site.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The offline download of the site, unpacked the way a reader would: into a fresh temporary
 * directory, then opened from {@code file://}.
 *
 * <p>{@code index.html} is looked for at the top of the zip, or else inside its single top-level
 * folder (the common {@code mathforml/index.html} layout). Entries that would land outside the
 * temporary directory ("zip slip") are rejected. {@link #close()} deletes the directory.
 */
public final class OfflineBundle implements AutoCloseable {
  private final Path directory;
  private final Path siteRoot;

  private OfflineBundle(Path directory, Path siteRoot) {
    this.directory = directory;
    this.siteRoot = siteRoot;
  }

  /**
   * Unzips {@code zip} into a new temporary directory.
   *
   * @throws IllegalArgumentException if the zip has no {@code index.html} where expected or has an
   *     entry escaping the directory
   */
  public static OfflineBundle unzip(Path zip) {
    try {
      Path directory = Files.createTempDirectory("mathforml-offline-");
      try {
        extract(zip, directory);
        return new OfflineBundle(directory, findSiteRoot(zip, directory));
      } catch (RuntimeException | IOException e) {
        deleteRecursively(directory);
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not unzip " + zip, e);
    }
  }

  /**
   * Shortcut: unzips {@code zip} and returns the {@code file://} URL of its {@code index.html}. The
   * temporary directory is deleted when the JVM exits; use {@link #unzip} to control that.
   */
  public static String indexUrlOf(Path zip) {
    OfflineBundle bundle = unzip(zip);
    Runtime.getRuntime().addShutdownHook(new Thread(bundle::close));
    return bundle.indexUrl();
  }

  /** The folder holding {@code index.html}. */
  public Path root() {
    return siteRoot;
  }

  /** {@code file:///tmp/mathforml-offline-.../index.html}. */
  public String indexUrl() {
    return url("index.html");
  }

  /** The {@code file://} URL of a file inside the site, e.g. {@code lessons/vectors.html}. */
  public String url(String relativePath) {
    Path file = siteRoot.resolve(relativePath).normalize();
    if (!file.startsWith(siteRoot)) {
      throw new IllegalArgumentException("Outside the bundle: " + relativePath);
    }
    return file.toUri().toString();
  }

  private static void extract(Path zip, Path directory) throws IOException {
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream zin = new ZipInputStream(in)) {
      for (ZipEntry entry = zin.getNextEntry(); entry != null; entry = zin.getNextEntry()) {
        Path target = directory.resolve(entry.getName()).normalize();
        if (!target.startsWith(directory) || target.equals(directory)) {
          throw new IllegalArgumentException("Zip entry escapes its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(zin, target);
        }
      }
    }
  }

  private static Path findSiteRoot(Path zip, Path directory) throws IOException {
    if (Files.isRegularFile(directory.resolve("index.html"))) {
      return directory;
    }
    List<Path> top;
    try (Stream<Path> children = Files.list(directory)) {
      top = children.collect(Collectors.toList());
    }
    if (top.size() == 1
        && Files.isDirectory(top.get(0))
        && Files.isRegularFile(top.get(0).resolve("index.html"))) {
      return top.get(0);
    }
    throw new IllegalArgumentException(
        "No index.html at the top of " + zip + " or in its single top-level folder; found " + top);
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the temporary directory. */
  @Override
  public void close() {
    deleteRecursively(directory);
  }
}
