package org.mathforml.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.mathforml.applets.bundles.Bundle;
import org.mathforml.applets.bundles.Bundles;
import org.mathforml.site.build.BuildOptions;
import org.mathforml.site.build.BuildReport;
import org.mathforml.site.build.SiteBuilder;
import org.mathforml.site.bundle.StaticAssets;

/**
 * Prints the figures the budgets are about: build time with a cold and a warm formula cache (per
 * stage), the time from an edit to a rebuilt site in a warm JVM, page weight per lesson, and the
 * applet bundle size. Works on a copy of the project, so nothing an author wrote is touched.
 */
final class Benchmark {
  private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"([^\"]+\\.(?:css|js))\"");

  private Benchmark() {}

  static void run(BuildOptions given) throws IOException {
    Path work = Files.createTempDirectory("mathforml-bench");
    copyProject(given.projectRoot(), work);
    Path cache = work.resolve(".cache/katex");
    System.out.println("KaTeX backend: " + given.katexBackend());

    BuildOptions options =
        BuildOptions.forProject(work).katexCache(cache).katexBackend(given.katexBackend());
    SiteBuilder cold = new SiteBuilder(options);
    BuildReport coldReport = cold.build();
    cold.close();
    print("cold formula cache", coldReport);

    SiteBuilder warm = new SiteBuilder(options);
    BuildReport warmReport = warm.build();
    print("warm formula cache (new builder, as in a fresh build)", warmReport);

    Path lesson = firstLesson(work.resolve("content"));
    Files.writeString(
        lesson, Files.readString(lesson) + "\nAn edit for the benchmark, with $x^2 + 1$.\n");
    long start = System.nanoTime();
    warm.build();
    System.out.printf(
        Locale.ROOT,
        "%nedit -> rebuilt site in a warm JVM (what live preview does): %d ms%n",
        (System.nanoTime() - start) / 1_000_000);
    start = System.nanoTime();
    warm.build();
    System.out.printf(
        Locale.ROOT,
        "rebuild with no change, warm JVM: %d ms%n",
        (System.nanoTime() - start) / 1_000_000);
    warm.close();

    pageWeights(warmReport.output());
  }

  private static void print(String label, BuildReport report) {
    System.out.printf(
        Locale.ROOT,
        "%n== build, %s: %d ms (formulas from cache %d, rendered %d)%n",
        label,
        report.times().millis().get("total"),
        report.cacheHits(),
        report.cacheMisses());
    for (Map.Entry<String, Long> e : report.times().millis().entrySet()) {
      System.out.printf(Locale.ROOT, "  %-34s %6d ms%n", e.getKey(), e.getValue());
    }
    report
        .times()
        .counts()
        .forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-34s %6d%n", k, v));
  }

  private static void pageWeights(Path site) throws IOException {
    System.out.printf(
        Locale.ROOT,
        "%n== page weight (KB, raw / gzip); fonts are loaded only for glyphs a page uses%n");
    System.out.printf(
        Locale.ROOT,
        "  %-58s %15s %15s %15s %15s%n",
        "page",
        "HTML",
        "CSS",
        "JS",
        "total w/o fonts");
    List<Path> pages;
    try (var walk = Files.walk(site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    for (Path page : pages) {
      String html = Files.readString(page);
      long[] h = sizes(Files.readAllBytes(page));
      long[] css = {0, 0};
      long[] js = {0, 0};
      Matcher m = ASSET.matcher(html);
      while (m.find()) {
        Path asset = page.getParent().resolve(m.group(1)).normalize();
        if (!Files.exists(asset)) {
          continue;
        }
        long[] s = sizes(Files.readAllBytes(asset));
        long[] target = m.group(1).endsWith(".css") ? css : js;
        target[0] += s[0];
        target[1] += s[1];
      }
      System.out.printf(
          Locale.ROOT,
          "  %-58s %15s %15s %15s %15s%n",
          site.relativize(page),
          kb(h),
          kb(css),
          kb(js),
          kb(new long[] {h[0] + css[0] + js[0], h[1] + css[1] + js[1]}));
    }
    long[] fonts = {0, 0};
    try (var walk = Files.walk(site.resolve("katex/fonts"))) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        fonts[0] += Files.size(f);
      }
    }
    System.out.printf(
        Locale.ROOT, "  all KaTeX fonts (woff2, already compressed): %.1f KB%n", fonts[0] / 1024.0);
    System.out.printf(
        Locale.ROOT, "%n== browser bundles (KB raw / gzip; budget 60 KB gzip each)%n");
    for (Bundle b : Bundles.all()) {
      String file = b.name() + ".js";
      System.out.printf(
          Locale.ROOT,
          "  %-26s %-14s %s%n",
          file,
          kb(sizes(StaticAssets.bundle(file))),
          Files.exists(site.resolve("js/" + file)) ? "" : "(no page uses it: not shipped)");
    }
    System.out.printf(
        Locale.ROOT,
        "== offline zip: %.1f KB%n",
        Files.size(site.resolve(SiteBuilder.ZIP_NAME)) / 1024.0);
  }

  private static String kb(long[] s) {
    return String.format(Locale.ROOT, "%.1f / %.1f", s[0] / 1024.0, s[1] / 1024.0);
  }

  static long[] sizes(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return new long[] {bytes.length, out.size()};
  }

  private static Path firstLesson(Path content) throws IOException {
    try (var walk = Files.walk(content)) {
      List<Path> lessons =
          new ArrayList<>(
              walk.filter(p -> p.getFileName().toString().startsWith("lesson-")).sorted().toList());
      if (lessons.isEmpty()) {
        throw new IOException("no lesson to edit under " + content);
      }
      return lessons.get(0);
    }
  }

  private static void copyProject(Path from, Path to) throws IOException {
    Files.copy(from.resolve("jbake.properties"), to.resolve("jbake.properties"));
    for (String dir : List.of("content", "templates")) {
      try (var walk = Files.walk(from.resolve(dir))) {
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
    Files.writeString(to.resolve(".bench"), "copy of " + from + "\n", StandardCharsets.UTF_8);
  }
}
