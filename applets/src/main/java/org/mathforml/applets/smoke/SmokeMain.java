package org.mathforml.applets.smoke;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.teavm.jso.JSBody;

/**
 * TeaVM entry point of {@code mathlib-smoke.js} (JavaScript, global function {@code mathlibSmoke})
 * and of the Wasm-GC module built from the same class. Reads its orders from {@code <pre
 * id="smoke">} and writes the result there and to the global {@code mathlibSmokeReport}:
 *
 * <ul>
 *   <li>default: runs {@link MathlibSmoke} (with {@code data-include-failing-case} also the
 *       deliberately failing case) and writes its report;
 *   <li>{@code data-mode="bench"}: for each kernel of {@link BenchKernels} ({@code data-kernels}, a
 *       comma list, default all), {@code data-warmups} untimed runs then {@code data-runs} runs
 *       timed with {@code performance.now()}, one line {@code kernel TAB median-ms TAB min-ms TAB
 *       checksum}.
 * </ul>
 *
 * When done it sets {@code data-state="done"} (or {@code "failed"} if the runner itself broke).
 */
public final class SmokeMain {

  private SmokeMain() {}

  public static void main(String[] args) {
    try {
      if ("bench".equals(attribute("data-mode"))) {
        publish(bench(), "done");
      } else {
        List<SmokeCase> cases = new ArrayList<>(MathlibSmoke.cases());
        if (hasAttribute("data-include-failing-case")) {
          cases.add(MathlibSmoke.failingCase());
        }
        publish(MathlibSmoke.report(cases), "done");
      }
    } catch (Throwable e) {
      publish("runner failed: " + MathlibSmoke.describe(e), "failed");
    }
  }

  private static String bench() {
    int warmups = intAttribute("data-warmups", 5);
    int runs = intAttribute("data-runs", 15);
    String list = attribute("data-kernels");
    String[] kernels = list.isEmpty() ? BenchKernels.names() : splitComma(list);
    StringBuilder sb = new StringBuilder();
    for (String kernel : kernels) {
      double checksum = 0;
      for (int i = 0; i < warmups; i++) {
        checksum = BenchKernels.run(kernel);
      }
      double[] times = new double[runs];
      for (int i = 0; i < runs; i++) {
        double t0 = now();
        checksum = BenchKernels.run(kernel);
        times[i] = now() - t0;
      }
      Arrays.sort(times);
      double median = runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
      sb.append(kernel).append('\t').append(Canon.num(median)).append('\t');
      sb.append(Canon.num(times[0])).append('\t').append(Canon.num(checksum)).append('\n');
    }
    return sb.toString();
  }

  private static String[] splitComma(String s) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == ',') {
        String part = s.substring(start, i).trim();
        if (!part.isEmpty()) {
          parts.add(part);
        }
        start = i + 1;
      }
    }
    return parts.toArray(new String[0]);
  }

  private static int intAttribute(String name, int fallback) {
    String v = attribute(name);
    return v.isEmpty() ? fallback : Integer.parseInt(v);
  }

  @JSBody(
      params = "name",
      script =
          "var e = document.getElementById('smoke');"
              + "var v = e ? e.getAttribute(name) : null;"
              + "return v === null ? '' : v;")
  private static native String attribute(String name);

  @JSBody(
      params = "name",
      script = "var e = document.getElementById('smoke'); return !!e && e.hasAttribute(name);")
  private static native boolean hasAttribute(String name);

  @JSBody(
      params = {"text", "state"},
      script =
          "globalThis.mathlibSmokeReport = text;"
              + "var e = document.getElementById('smoke');"
              + "if (e) { e.textContent = text; e.setAttribute('data-state', state); }")
  private static native void publish(String text, String state);

  @JSBody(script = "return performance.now();")
  private static native double now();
}
