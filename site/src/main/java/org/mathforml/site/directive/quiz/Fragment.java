package org.mathforml.site.directive.quiz;

import java.util.ArrayList;
import java.util.List;

/** Markdown lines of a quiz body (a prompt, a hint, a choice) and the body index of the first. */
final class Fragment {
  final List<String> lines = new ArrayList<>();
  final int first;

  Fragment(int first, String firstLine) {
    this.first = first;
    lines.add(firstLine);
  }

  void add(String line) {
    lines.add(line);
  }

  /** The text with trailing blank lines dropped. */
  String text() {
    int end = lines.size();
    while (end > 0 && lines.get(end - 1).isBlank()) {
      end--;
    }
    return String.join("\n", lines.subList(0, end));
  }

  boolean isBlank() {
    return text().isBlank();
  }
}
