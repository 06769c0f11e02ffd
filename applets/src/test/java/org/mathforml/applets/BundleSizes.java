package org.mathforml.applets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Attributes the bytes of an unminified TeaVM bundle to Java classes. Not a test: a measuring tool,
 * run by hand after {@code mvn -B -q -o -pl mathlib,applets process-classes -Dsizes} (the profile
 * in applets/pom.xml writes unminified copies of the bundles to target/teavm-sizes/unminified):
 *
 * <pre>
 * java applets/src/test/java/org/mathforml/applets/BundleSizes.java \
 *     applets/target/teavm-sizes/unminified/one-bundle.js [rows] [minified.js]
 * </pre>
 *
 * Unminified TeaVM output starts every top-level declaration at column 0 with its mangled name
 * ({@code omaqi_Input_real}: package initials {@code omaqi} = org.mathforml.applets.quiz.internal,
 * class {@code Input}), so each line belongs to the class of the last such name. The gzip cost of a
 * class (or package) is how much {@code gzip -9} of the whole file shrinks when its lines are cut
 * out, so shared context is not counted twice and the parts do not add up exactly to the total.
 * Given the minified bundle too, a third column scales that cost by the ratio of the two files'
 * gzip sizes: an estimate of the class's share of the production bundle. Runtime helpers ({@code
 * $rt_*}), class metadata and the string pool have their own rows.
 */
public final class BundleSizes {

  private static final Pattern NAME = Pattern.compile("^(?:let |function )?([A-Za-z_$][\\w$]*)");
  private static final Pattern CLASS = Pattern.compile("^([a-z]+)_([A-Za-z0-9$]+)");

  private BundleSizes() {}

  public static void main(String[] args) throws IOException {
    String code = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    double scale = 1;
    int total = gzip(List.of(code));
    if (args.length > 2) {
      scale =
          gzip(List.of(Files.readString(Path.of(args[2]), StandardCharsets.UTF_8)))
              / (double) total;
    }
    String[] lines = code.split("\n", -1);
    String[] classOf = new String[lines.length];
    String[] packageOf = new String[lines.length];
    String owner = "(runtime)";
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (!line.isEmpty() && line.charAt(0) != ' ' && line.charAt(0) != '}') {
        owner = owner(line);
      }
      classOf[i] = owner;
      int cut = owner.indexOf('_');
      packageOf[i] = owner.startsWith("(") || cut < 0 ? owner : owner.substring(0, cut);
    }
    System.out.printf(
        "%s: %d chars, gzip -9 %d bytes, scale to minified %.3f%n",
        args[0], code.length(), total, scale);
    report("package (initials)", lines, packageOf, total, scale, rows);
    report("class", lines, classOf, total, scale, rows);
  }

  private static String owner(String line) {
    if (line.startsWith("$rt_metadata(") || line.startsWith("$rt_packages(")) {
      return "(class metadata)";
    }
    if (line.startsWith("$rt_stringPool(")) {
      return "(string pool)";
    }
    Matcher m = NAME.matcher(line);
    if (!m.find()) {
      return "(runtime)";
    }
    Matcher c = CLASS.matcher(m.group(1));
    return c.find() ? c.group(1) + "_" + c.group(2) : "(runtime)";
  }

  private static void report(
      String what, String[] lines, String[] groupOf, int total, double scale, int rows) {
    Map<String, Integer> raw = new LinkedHashMap<>();
    for (int i = 0; i < lines.length; i++) {
      raw.merge(groupOf[i], lines[i].length() + 1, Integer::sum);
    }
    List<Object[]> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : raw.entrySet()) {
      List<String> rest = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        if (!groupOf[i].equals(e.getKey())) {
          rest.add(lines[i] + "\n");
        }
      }
      out.add(new Object[] {e.getKey(), e.getValue(), total - gzip(rest)});
    }
    out.sort((a, b) -> (Integer) b[2] - (Integer) a[2]);
    System.out.printf("%n%-56s %8s %8s %8s%n", "by " + what, "raw", "gzip", "~min.gz");
    for (int i = 0; i < Math.min(rows, out.size()); i++) {
      Object[] r = out.get(i);
      System.out.printf("%-56s %8d %8d %8.0f%n", r[0], r[1], r[2], (Integer) r[2] * scale);
    }
  }

  private static int gzip(List<String> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz =
        new GZIPOutputStream(out) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      for (String s : parts) {
        gz.write(s.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.size();
  }
}
