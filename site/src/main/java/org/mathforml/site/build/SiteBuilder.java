package org.mathforml.site.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mathforml.site.bundle.OfflineZip;
import org.mathforml.site.bundle.StaticAssets;
import org.mathforml.site.jbake.JBakeAdapter;
import org.mathforml.site.markdown.MarkdownRenderer;
import org.mathforml.site.math.CachingKatex;
import org.mathforml.site.math.Katex;
import org.mathforml.site.math.KatexBackends;
import org.mathforml.site.math.Macros;

/**
 * The build, as a short pipeline: read macros, bake (parse lesson, expand directives, render math,
 * render page), add static assets, bundle the offline zip, publish. The site is built in a staging
 * folder and swapped in only when everything succeeded, so a failed build leaves the last good site
 * untouched.
 */
public final class SiteBuilder {
  public static final String ZIP_NAME = "mathforml-offline.zip";
  private static final String MACROS = "templates/macros.tex";

  private final BuildOptions options;
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private CachingKatex katex;
  private String macrosJson;

  public SiteBuilder(BuildOptions options) {
    this.options = options;
  }

  /** Builds the whole site; throws {@link BuildFailedException} listing every problem. */
  public synchronized BuildReport build() {
    long start = System.nanoTime();
    StageTimes times = new StageTimes();
    Problems macroProblems = new Problems();
    Macros macros = readMacros(macroProblems);
    macroProblems.throwIfAny();
    Katex math = katexFor(macros);
    BuildSession session = new BuildSession(options.projectRoot(), markdown, math, times);
    Path output = options.output().toAbsolutePath().normalize();
    Path staging = output.resolveSibling("." + output.getFileName() + ".staging");
    try {
      deleteTree(staging);
      Files.createDirectories(staging);
      long bakeStart = System.nanoTime();
      List<String> jbakeErrors = JBakeAdapter.bake(options.projectRoot(), staging, session);
      times.add("bake (JBake total)", System.nanoTime() - bakeStart);
      for (String error : jbakeErrors) {
        session.problems().add("templates", 0, error);
      }
      session.problems().throwIfAny();
      long assetStart = System.nanoTime();
      StaticAssets.copy(staging, options.strictApplets(), session.usedBundles());
      times.add("static assets", System.nanoTime() - assetStart);
      if (options.zip()) {
        long zipStart = System.nanoTime();
        OfflineZip.write(staging, staging.resolve(ZIP_NAME));
        times.add("offline zip", System.nanoTime() - zipStart);
      }
      publish(staging, output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(staging);
    }
    times.add("total", System.nanoTime() - start);
    return new BuildReport(output, times, katex.hits(), katex.misses());
  }

  private Macros readMacros(Problems problems) {
    Path file = options.projectRoot().resolve(MACROS);
    if (!Files.isRegularFile(file)) {
      return Macros.none();
    }
    try {
      return Macros.parse(MACROS, Files.readString(file), problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One KaTeX (and its process) per builder, restarted only when the macros change. */
  private Katex katexFor(Macros macros) {
    if (katex == null || !macros.toJson().equals(macrosJson)) {
      if (katex != null) {
        katex.close();
      }
      macrosJson = macros.toJson();
      katex =
          new CachingKatex(
              options.katexCache(), macros, KatexBackends.named(options.katexBackend(), macros));
    }
    return katex;
  }

  private static void publish(Path staging, Path output) throws IOException {
    Path old = output.resolveSibling("." + output.getFileName() + ".old");
    deleteTree(old);
    if (Files.exists(output)) {
      Files.move(output, old);
    }
    Files.move(staging, output);
    deleteTree(old);
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  /** Stops the KaTeX process, if one was started. */
  public synchronized void close() {
    if (katex != null) {
      katex.close();
    }
  }
}
