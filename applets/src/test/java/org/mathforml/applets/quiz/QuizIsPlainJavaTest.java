package org.mathforml.applets.quiz;

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
 * its sources must avoid what TeaVM handles badly or not at all (the rules of mathlib's
 * TeaVmSafetyTest).
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

  private static final String[] FORBIDDEN_SOURCE = {
    "String.format",
    ".formatted(",
    "java.util.regex",
    ".split(",
    ".matches(",
    ".replaceAll(",
    "java.util.stream",
    "java.lang.reflect",
    "Class.forName",
    "record ",
    "->",
    "::",
    "java.math.",
    "Thread",
    "synchronized",
    "org.teavm",
  };

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
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String code = code(lines.get(i));
        for (String bad : FORBIDDEN_SOURCE) {
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
