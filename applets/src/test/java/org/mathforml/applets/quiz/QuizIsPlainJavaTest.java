package org.mathforml.applets.quiz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The quiz engine is loaded by the site on the JVM and compiled by TeaVM for the browser, so its
 * bytecode may reference only the JDK, mathlib and itself (no TeaVM/JSO, no applet DOM code), and
 * its sources must avoid what TeaVM handles badly or not at all: the list of mathlib's
 * TeaVmSafetyTest, read from its source so that the two scans cannot drift apart, plus TeaVM's own
 * packages.
 */
class QuizIsPlainJavaTest {

  // Constant-pool names that must not appear: TeaVM/JSO, lambdas, regex, streams, reflection.
  private static final String[] FORBIDDEN_BYTECODE = {
    "org/teavm",
    "LambdaMetafactory",
    "java/util/regex",
    "java/util/stream",
    "java/lang/reflect",
    "java/lang/Record",
    "java/math/",
  };

  /** mathlib's scan of its sources for what TeaVM handles badly; its FORBIDDEN list is ours. */
  private static final Path MATHLIB_RULES =
      Paths.get("../mathlib/src/test/java/org/mathforml/mathlib/TeaVmSafetyTest.java");

  // Forbidden in the quiz engine's sources on top of mathlib's list.
  private static final String[] QUIZ_ONLY_SOURCE = {"org.teavm"};

  /** The string literals of TeaVmSafetyTest's FORBIDDEN array, then {@link #QUIZ_ONLY_SOURCE}. */
  static List<String> forbiddenSource() throws IOException {
    assertTrue(Files.isRegularFile(MATHLIB_RULES), "run from the applets module: " + MATHLIB_RULES);
    String source = Files.readString(MATHLIB_RULES, StandardCharsets.UTF_8);
    int start = source.indexOf("FORBIDDEN = {");
    int end = source.indexOf("};", start);
    assertTrue(start >= 0 && end > start, "no FORBIDDEN = {...}; in " + MATHLIB_RULES);
    List<String> list = new ArrayList<>();
    for (String line : source.substring(start, end).split("\n")) {
      String t = line.trim();
      if (t.startsWith("\"")) {
        String entry = t.substring(1, t.indexOf('"', 1));
        assertFalse(entry.contains("\\"), "escapes are not read: " + t);
        list.add(entry);
      }
    }
    assertTrue(list.size() >= 10, "read only " + list + " from " + MATHLIB_RULES);
    list.addAll(List.of(QUIZ_ONLY_SOURCE));
    return list;
  }

  @Test
  void bytecodeReferencesOnlyTheJdkMathlibAndTheQuizPackages()
      throws IOException, URISyntaxException {
    Path root = Paths.get(AnswerKey.class.getResource("AnswerKey.class").toURI()).getParent();
    List<Path> classes;
    try (Stream<Path> files = Files.walk(root)) {
      classes =
          files
              .filter(p -> p.toString().endsWith(".class") && !isRuntime(root, p))
              .collect(Collectors.toList());
    }
    assertTrue(classes.size() >= 20, "expected the quiz classes under " + root);
    List<String> problems = new ArrayList<>();
    for (Path c : classes) {
      String pool = new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1);
      String stripped =
          pool.replace("org/mathforml/applets/quiz/", "").replace("org/mathforml/mathlib/", "");
      if (stripped.contains("org/mathforml/")) {
        problems.add(c.getFileName() + " references applet code outside the quiz packages");
      }
      for (String bad : FORBIDDEN_BYTECODE) {
        if (pool.contains(bad)) {
          problems.add(c.getFileName() + " references " + bad);
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void sourcesFollowTheTeaVmRules() throws IOException {
    Path root = Paths.get("src/main/java/org/mathforml/applets/quiz");
    assertTrue(Files.isDirectory(root), "run from the applets module directory");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(p -> p.toString().endsWith(".java") && !isRuntime(root, p))
              .collect(Collectors.toList());
    }
    List<String> forbidden = forbiddenSource();
    assertTrue(forbidden.contains("->") && forbidden.contains("Math.log1p("), forbidden.toString());
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String code = code(lines.get(i));
        for (String bad : forbidden) {
          if (code.contains(bad)) {
            problems.add(file.getFileName() + ":" + (i + 1) + " uses " + bad);
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** quiz.ui is the in-page runtime (TeaVM/JSO, DOM): not part of the plain-Java engine. */
  private static boolean isRuntime(Path root, Path file) {
    return root.relativize(file).startsWith("ui");
  }

  // The line without comments (Javadoc lines and trailing // comments).
  private static String code(String line) {
    String t = line.trim();
    if (t.startsWith("*") || t.startsWith("/*") || t.startsWith("//")) {
      return "";
    }
    int slash = line.indexOf("// ");
    return slash >= 0 ? line.substring(0, slash) : line;
  }
}
