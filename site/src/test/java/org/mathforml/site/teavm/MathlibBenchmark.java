package org.mathforml.site.teavm;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mathforml.applets.smoke.BenchKernels;
import org.mathforml.site.browser.BrowserSession;
import org.mathforml.site.browser.BrowserTest;
import org.mathforml.site.browser.TestBrowser;

/**
 * Prints figures, asserts nothing about time: mathlib vs Commons Math 3.6.1 on the JVM, and the
 * same mathlib kernels ({@link BenchKernels}) compiled by TeaVM and run in headless Chromium as
 * JavaScript and Wasm-GC, as ratios to the JVM. Each figure is the median of {@link #RUNS} runs
 * after warm-up runs ({@link #JVM_WARMUPS} on the JVM for the JIT, {@link #BROWSER_WARMUPS} in the
 * browser), timed with System.nanoTime and performance.now().
 *
 * <p>Run (builds the extra non-strict bundles of the {@code benchmark} profile, ~1.5 min):
 *
 * <pre>
 * mvn -o -pl mathlib,applets,site test -Dbenchmark -Dtest=MathlibBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@BrowserTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true|")
class MathlibBenchmark {

  static final int JVM_WARMUPS = 30;
  static final int BROWSER_WARMUPS = 10;
  static final int RUNS = 21;

  /**
   * Each figure is the best of this many medians (a fresh page per round in the browser): the
   * machine is shared, and another process's burst inflates a whole median, never shrinks it.
   */
  static final int ROUNDS = 3;

  @TempDir Path dir;

  @Test
  void printFigures(TestBrowser browser) throws IOException {
    Map<String, DoubleSupplier> commons = commonsKernels();
    Map<String, double[]> jvm = new LinkedHashMap<>(); // median ms: mathlib, commons
    for (String kernel : BenchKernels.names()) {
      jvm.put(kernel, new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY});
    }
    for (int round = 0; round < ROUNDS; round++) { // interleaved, best median: load is shared
      for (String kernel : BenchKernels.names()) {
        double[] best = jvm.get(kernel);
        best[0] = Math.min(best[0], median(() -> BenchKernels.run(kernel), JVM_WARMUPS));
        DoubleSupplier other = commons.get(kernel);
        best[1] = other == null ? Double.NaN : Math.min(best[1], median(other, JVM_WARMUPS));
      }
    }

    List<String> variants = new ArrayList<>();
    Map<String, Map<String, Double>> browserMs = new LinkedHashMap<>();
    for (String[] v : variants()) {
      String label = v[0];
      if (!copy(v[1])) {
        continue;
      }
      variants.add(label);
      copy("mathforml-engine.js");
      copy("teavm-wasm-gc-runtime.js");
      Files.writeString(dir.resolve(label + ".html"), page(v), StandardCharsets.UTF_8);
      Map<String, Double> best = new LinkedHashMap<>();
      for (int round = 0; round < ROUNDS; round++) {
        try (BrowserSession session = browser.newSession()) {
          Map<String, Double> ms =
              runPage(session.page(), dir.resolve(label + ".html"), v[2] != null);
          ms.forEach((kernel, t) -> best.merge(kernel, t, Math::min));
        }
      }
      browserMs.put(label, best);
    }

    StringBuilder out =
        new StringBuilder("\n=== mathlib benchmark (median ms; ratio = x JVM mathlib) ===\n");
    out.append("Java ")
        .append(System.getProperty("java.version"))
        .append(", ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" CPUs, /proc/loadavg ")
        .append(loadAverage())
        .append('\n');
    out.append(
        String.format(
            Locale.ROOT, "%-18s %11s %11s %9s", "kernel", "JVM mathlib", "JVM commons", "ml/cm"));
    for (String label : variants) {
      out.append(String.format(Locale.ROOT, " %20s", label));
    }
    out.append('\n');
    for (String kernel : jvm.keySet()) {
      double[] j = jvm.get(kernel);
      out.append(
          String.format(
              Locale.ROOT, "%-18s %11.3f %11.3f %8.2fx", kernel, j[0], j[1], j[0] / j[1]));
      for (String label : variants) {
        Double ms = browserMs.get(label).get(kernel);
        out.append(
            ms == null
                ? String.format(Locale.ROOT, " %20s", "n/a")
                : String.format(Locale.ROOT, " %10.3f (%5.2fx)", ms, ms / j[0]));
      }
      out.append('\n');
    }
    out.append("Goals: JVM mathlib <= 1.5x commons; browser JS <= 3x JVM, Wasm <= 2x JVM.\n");
    System.out.println(out);
  }

  /** label, JS or wasm-bytes script, and for Wasm the embedding key. */
  static List<String[]> variants() {
    return List.of(
        new String[] {"JS-strict", "mathlib-smoke.js", null},
        new String[] {"JS", "mathlib-bench.js", null},
        new String[] {"Wasm-strict", "mathlib-smoke-wasm.js", "mathlib-smoke"},
        new String[] {"Wasm", "mathlib-bench-wasm.js", "mathlib-bench"});
  }

  private boolean copy(String file) throws IOException {
    Path target = dir.resolve(file);
    if (Files.exists(target)) {
      return true;
    }
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("META-INF/mathforml/" + file)) {
      if (in == null) {
        return false;
      }
      Files.copy(in, target);
      return true;
    }
  }

  private static String page(String[] v) {
    String pre =
        "<pre id=\"smoke\" data-mode=\"bench\" data-warmups=\""
            + BROWSER_WARMUPS
            + "\" data-runs=\""
            + RUNS
            + "\"></pre>";
    String script =
        v[2] == null
            ? "<script src=\"" + v[1] + "\" defer></script>"
            : "<script src=\"mathforml-engine.js\" defer data-js=\"mathlib-smoke.js\" data-wasm=\""
                + v[1]
                + "\" data-wasm-key=\""
                + v[2]
                + "\" data-wasm-runtime=\"teavm-wasm-gc-runtime.js\"></script>";
    return "<!doctype html><html lang=\"en\""
        + (v[2] == null ? "" : " data-mathforml-engine=\"wasm\"")
        + "><head><meta charset=\"utf-8\"><title>bench</title><link rel=\"icon\" href=\"data:,\">"
        + script
        + "</head><body>"
        + pre
        + "</body></html>";
  }

  private static Map<String, Double> runPage(Page page, Path html, boolean wasm) {
    page.navigate(html.toUri().toString());
    page.waitForSelector(
        "#smoke[data-state]", new Page.WaitForSelectorOptions().setTimeout(300_000));
    String text = page.textContent("#smoke");
    if (!"done".equals(page.getAttribute("#smoke", "data-state"))) {
      throw new IllegalStateException(html + ": " + text);
    }
    if (wasm && !"wasm".equals(page.getAttribute("html", "data-mathforml-engine-active"))) {
      throw new IllegalStateException(html + " fell back to JavaScript");
    }
    Map<String, Double> ms = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      String[] parts = line.split("\t");
      ms.put(parts[0], Double.parseDouble(parts[1].substring(1)));
      double jvmChecksum = BenchKernels.run(parts[0]);
      double checksum = Double.parseDouble(parts[3].substring(1));
      if (Math.abs(checksum - jvmChecksum) > 1e-9 * Math.abs(jvmChecksum)) {
        throw new IllegalStateException(parts[0] + " checksum " + checksum + " vs " + jvmChecksum);
      }
    }
    return ms;
  }

  static Map<String, DoubleSupplier> commonsKernels() {
    Map<String, DoubleSupplier> k = new LinkedHashMap<>();
    k.put(
        BenchKernels.LU_200,
        () ->
            new LUDecomposition(MatrixUtils.createRealMatrix(BenchKernels.matrix200()))
                .getDeterminant());
    RealMatrix s50 = MatrixUtils.createRealMatrix(BenchKernels.symmetric50());
    k.put(
        BenchKernels.SYMMETRIC_EIGEN_50,
        () -> {
          double sum = 0;
          for (int i = 0; i < BenchKernels.EIGEN_REPEATS; i++) {
            sum += new EigenDecomposition(s50).getRealEigenvalue(0);
          }
          return sum;
        });
    NormalDistribution normal = new NormalDistribution(null, 0, 1);
    k.put(
        BenchKernels.NORMAL_QUANTILE,
        () -> {
          double sum = 0;
          for (int i = 1; i <= BenchKernels.QUANTILE_POINTS; i++) {
            sum += Math.abs(normal.inverseCumulativeProbability(BenchKernels.probability(i)));
          }
          return sum;
        });
    TDistribution t = new TDistribution(null, 7);
    k.put(
        BenchKernels.STUDENT_T_QUANTILE,
        () -> {
          double sum = 0;
          for (int i = 1; i <= BenchKernels.QUANTILE_POINTS; i++) {
            sum += Math.abs(t.inverseCumulativeProbability(BenchKernels.probability(i)));
          }
          return sum;
        });
    k.put(
        BenchKernels.NORMAL_SAMPLES,
        () -> {
          // Commons' own generator (Well19937c, seeded) and its Gaussian, as a library user would.
          NormalDistribution sampler = new NormalDistribution(new Well19937c(2026), 0, 1);
          double sum = 0;
          for (int i = 0; i < BenchKernels.SAMPLES; i++) {
            sum += sampler.sample();
          }
          return sum;
        });
    return k;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static double sink;

  static double median(DoubleSupplier kernel, int maxWarmups) {
    long start = System.nanoTime();
    sink += kernel.getAsDouble();
    double firstMs = (System.nanoTime() - start) / 1e6;
    // Slow kernels (Commons Math's t quantiles) get fewer warm-ups: about 1.5 s, at least 5.
    int warmups = (int) Math.max(5, Math.min(maxWarmups, 1500 / Math.max(firstMs, 1e-3)));
    for (int i = 0; i < warmups; i++) {
      sink += kernel.getAsDouble();
    }
    double[] ms = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      sink += kernel.getAsDouble();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return ms[RUNS / 2];
  }
}
