package org.mathforml.site.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One example of a spec file, in commonmark-java's spec.txt format: a fence of 32 backticks and the
 * word {@code example}, the Markdown, a line with a single {@code .}, the expected HTML, and
 * optionally a second {@code .} followed by the expected problems ({@code line: message}), then the
 * closing fence. {@code →} stands for a tab.
 */
public final class SpecExample {
  static final String FENCE = "````````````````````````````````";

  final String file;
  final int line;
  final String section;
  final String markdown;
  final String html;
  final String problems;

  SpecExample(
      String file, int line, String section, String markdown, String html, String problems) {
    this.file = file;
    this.line = line;
    this.section = section;
    this.markdown = markdown;
    this.html = html;
    this.problems = problems;
  }

  @Override
  public String toString() {
    return file + ":" + line + " " + section;
  }

  static List<SpecExample> read(String resource) throws IOException {
    List<String> lines;
    try (InputStream in = SpecExample.class.getResourceAsStream("/spec/" + resource)) {
      if (in == null) {
        throw new IOException("no spec resource " + resource);
      }
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    List<SpecExample> examples = new ArrayList<>();
    String section = "";
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.startsWith("#")) {
        section = l.replaceFirst("^#+\\s*", "");
      }
      if (!l.equals(FENCE + " example")) {
        continue;
      }
      int start = i + 1;
      List<StringBuilder> parts = new ArrayList<>(List.of(new StringBuilder()));
      for (i = start; !lines.get(i).equals(FENCE); i++) {
        if (lines.get(i).equals(".")) {
          parts.add(new StringBuilder());
        } else {
          parts.get(parts.size() - 1).append(lines.get(i).replace('→', '\t')).append('\n');
        }
      }
      String problems = parts.size() > 2 ? parts.get(2).toString() : "";
      examples.add(
          new SpecExample(
              resource,
              start,
              section,
              parts.get(0).toString(),
              parts.get(1).toString(),
              problems));
    }
    return examples;
  }
}
