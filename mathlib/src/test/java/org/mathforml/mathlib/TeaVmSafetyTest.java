package org.mathforml.mathlib;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * mathlib is compiled to JavaScript by TeaVM 0.15, so its main sources must avoid what TeaVM does
 * not support or makes slow. This scans them for the usual offenders; it is a guard, not a proof
 * (the applets build is the real check).
 */
class TeaVmSafetyTest {

  // applets' QuizIsPlainJavaTest reads this list from this file for the quiz engine's sources:
  // keep it one plain string literal per line.
  private static final String[] FORBIDDEN = {
    // TeaVM 0.15 computes these as log(1 + x) and exp(x) - 1; use special.internal.Elementary.
    "Math.log1p(",
    "Math.expm1(",
    "String.format",
    "java.util.regex",
    ".split(",
    ".matches(",
    ".replaceAll(",
    "java.util.stream",
    "java.lang.reflect",
    "Class.forName",
    "getDeclared",
    "record ",
    "->",
    "::",
    "java.math.",
    "Thread",
    "synchronized",
    ".formatted(",
  };

  @Test
  void mainSourcesAvoidConstructsTeaVmDoesNotHandle() throws IOException {
    Path root = Paths.get("src/main/java");
    assertTrue(Files.isDirectory(root), "run from the mathlib module directory");
    List<String> problems = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertTrue(files.size() > 10, "found the sources");
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String code = stripComment(lines.get(i));
        for (String bad : FORBIDDEN) {
          if (code.contains(bad)) {
            problems.add(file.getFileName() + ":" + (i + 1) + " uses " + bad);
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  // Good enough for this code base: drops // comments and Javadoc/comment lines.
  private static String stripComment(String line) {
    String t = line.trim();
    if (t.startsWith("*") || t.startsWith("/*")) {
      return "";
    }
    int slash = line.indexOf("//");
    return slash >= 0 ? line.substring(0, slash) : line;
  }
}
