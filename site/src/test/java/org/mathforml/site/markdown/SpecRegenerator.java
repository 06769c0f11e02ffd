package org.mathforml.site.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rewrites the expected parts of spec files from actual output, when asked to. */
final class SpecRegenerator {
  private static final Path DIR = Path.of("src/test/resources/spec");
  private static final Map<String, Map<Integer, String>> RESULTS = new LinkedHashMap<>();

  private SpecRegenerator() {}

  static boolean enabled() {
    return Boolean.getBoolean("spec.regenerate");
  }

  static synchronized void record(SpecExample example, String html, String problems) {
    String body = html + (problems.isEmpty() ? "" : ".\n" + problems);
    RESULTS.computeIfAbsent(example.file, f -> new LinkedHashMap<>()).put(example.line, body);
  }

  static synchronized void finish() throws IOException {
    for (Map.Entry<String, Map<Integer, String>> file : RESULTS.entrySet()) {
      Path path = DIR.resolve(file.getKey());
      List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        out.add(lines.get(i));
        String result = file.getValue().get(i + 1);
        if (result == null) {
          continue;
        }
        int j = i + 1;
        while (!lines.get(j).equals(".")) {
          out.add(lines.get(j++));
        }
        out.add(".");
        result.lines().forEach(out::add);
        while (!lines.get(j).equals(SpecExample.FENCE)) {
          j++;
        }
        out.add(SpecExample.FENCE);
        i = j;
      }
      Files.write(path, out, StandardCharsets.UTF_8);
    }
    RESULTS.clear();
  }
}
