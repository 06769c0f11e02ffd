package org.mathforml.site.math;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * An on-disk cache in front of KaTeX. The key covers the KaTeX version, the macros and the options,
 * so changing any of them misses the cache. The backend starts only on the first miss, so a warm
 * build never starts Node or GraalJS.
 */
public final class CachingKatex implements Katex {
  /** Bump when katex-render.js changes the options it passes to KaTeX. */
  private static final String OPTIONS_VERSION = "1";

  private final Path dir;
  private final String keyPrefix;
  private final Supplier<Katex> backendFactory;
  private Katex backend;
  private int hits;
  private int misses;

  public CachingKatex(Path dir, Macros macros, Supplier<Katex> backendFactory) {
    this(dir, macros, KatexAssets.version(), backendFactory);
  }

  CachingKatex(Path dir, Macros macros, String katexVersion, Supplier<Katex> backendFactory) {
    this.dir = dir;
    this.keyPrefix = katexVersion + "\0" + OPTIONS_VERSION + "\0" + macros.toJson() + "\0";
    this.backendFactory = backendFactory;
  }

  @Override
  public synchronized String render(String tex, boolean display) throws KatexException {
    Path file = fileFor(tex, display);
    if (Files.isRegularFile(file)) {
      try {
        String html = Files.readString(file, StandardCharsets.UTF_8);
        hits++;
        return html;
      } catch (IOException e) {
        // fall through and render again
      }
    }
    misses++;
    if (backend == null) {
      backend = backendFactory.get();
    }
    String html = backend.render(tex, display);
    store(file, html);
    return html;
  }

  public synchronized int hits() {
    return hits;
  }

  public synchronized int misses() {
    return misses;
  }

  Path fileFor(String tex, boolean display) {
    String hash = sha256(keyPrefix + (display ? "D" : "I") + "\0" + tex);
    return dir.resolve(hash.substring(0, 2)).resolve(hash + ".html");
  }

  private static void store(Path file, String html) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "tmp", ".part");
      Files.writeString(tmp, html, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the KaTeX cache at " + file, e);
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public synchronized void close() {
    if (backend != null) {
      backend.close();
      backend = null;
    }
  }
}
