package org.mathforml.site.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mathforml.site.build.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a page's metadata: YAML front matter ({@code ---} ... {@code ---}) or JBake's own header
 * ({@code key=value} lines ending with {@code ~~~~~~}). Values become strings so templates can sort
 * and compare them without type surprises.
 */
public final class FrontMatter {
  static final String JBAKE_SEPARATOR = "~~~~~~";
  private static final Set<String> TYPES =
      Set.of("course", "week", "lesson", "lab", "quiz", "page");
  private static final Set<String> KEYS =
      Set.of("title", "type", "course", "week", "order", "summary", "status");

  private FrontMatter() {}

  /** The header's metadata and how many lines it occupies (the body starts after them). */
  public static final class Header {
    public final Map<String, String> values;
    public final int lineCount;

    Header(Map<String, String> values, int lineCount) {
      this.values = values;
      this.lineCount = lineCount;
    }
  }

  /** Parses and validates the header; problems are reported with file and line. */
  public static Header read(String path, List<String> lines, Problems problems) {
    if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
      return readYaml(path, lines, problems);
    }
    int separator = lines.indexOf(JBAKE_SEPARATOR);
    if (separator > 0 && isJBakeHeader(lines.subList(0, separator))) {
      return readJBake(path, lines, separator, problems);
    }
    problems.add(
        path, 1, "missing front matter: start the file with a '---' line, then title and type");
    return new Header(new LinkedHashMap<>(), 0);
  }

  private static boolean isJBakeHeader(List<String> head) {
    for (String line : head) {
      if (!line.isBlank() && !line.contains("=")) {
        return false;
      }
    }
    return true;
  }

  private static Header readYaml(String path, List<String> lines, Problems problems) {
    int end = -1;
    for (int i = 1; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.equals("---") || l.equals("...")) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      problems.add(path, 1, "front matter is not closed: add a '---' line after it");
      return new Header(new LinkedHashMap<>(), 0);
    }
    String yaml = String.join("\n", lines.subList(1, end));
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      Node root = new Yaml(options).compose(new java.io.StringReader(yaml));
      if (root != null && !(root instanceof MappingNode)) {
        problems.add(path, 2, "front matter must be 'key: value' lines");
      } else if (root != null) {
        for (NodeTuple tuple : ((MappingNode) root).getValue()) {
          int line = tuple.getKeyNode().getStartMark().getLine() + 2;
          String key = scalar(tuple.getKeyNode());
          Node value = tuple.getValueNode();
          if (key == null || !(value instanceof ScalarNode)) {
            problems.add(path, line, "front matter value of '" + key + "' must be a single value");
            continue;
          }
          values.put(key, ((ScalarNode) value).getValue().strip());
          keyLines.put(key, line);
        }
      }
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 2 : e.getProblemMark().getLine() + 2;
      problems.add(path, line, "front matter is not valid YAML: " + e.getProblem());
      return new Header(values, end + 1);
    }
    validate(path, values, keyLines, 1, problems);
    return new Header(values, end + 1);
  }

  private static Header readJBake(
      String path, List<String> lines, int separator, Problems problems) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    for (int i = 0; i < separator; i++) {
      String line = lines.get(i);
      int eq = line.indexOf('=');
      if (eq > 0) {
        String key = line.substring(0, eq).strip();
        values.put(key, line.substring(eq + 1).strip());
        keyLines.put(key, i + 1);
      }
    }
    validate(path, values, keyLines, 1, problems);
    return new Header(values, separator + 1);
  }

  private static String scalar(Node node) {
    return node instanceof ScalarNode ? ((ScalarNode) node).getValue() : null;
  }

  private static void validate(
      String path,
      Map<String, String> v,
      Map<String, Integer> lines,
      int headerLine,
      Problems problems) {
    for (Map.Entry<String, String> e : v.entrySet()) {
      if (!KEYS.contains(e.getKey())) {
        problems.add(
            path,
            lines.get(e.getKey()),
            "unknown front matter key '"
                + e.getKey()
                + "' (known: "
                + String.join(", ", sortedKeys())
                + ")");
      }
    }
    require(path, v, "title", headerLine, problems);
    if (require(path, v, "type", headerLine, problems) && !TYPES.contains(v.get("type"))) {
      problems.add(
          path,
          lines.get("type"),
          "unknown page type '"
              + v.get("type")
              + "' (use course, week, lesson, lab, quiz or page)");
    }
    String type = v.getOrDefault("type", "");
    if (!type.equals("page")) {
      require(path, v, "course", headerLine, problems);
    }
    boolean inWeek = type.equals("lesson") || type.equals("lab") || type.equals("quiz");
    if (type.equals("week") || inWeek) {
      positive(path, v, lines, "week", headerLine, problems);
    }
    if (inWeek || v.containsKey("order")) {
      positive(path, v, lines, "order", headerLine, problems);
    }
    String status = v.getOrDefault("status", "published");
    if (!status.equals("published") && !status.equals("draft")) {
      problems.add(
          path, lines.get("status"), "status must be 'published' or 'draft', not '" + status + "'");
    }
  }

  private static List<String> sortedKeys() {
    return KEYS.stream().sorted().toList();
  }

  private static boolean require(
      String path, Map<String, String> v, String key, int line, Problems problems) {
    if (v.getOrDefault(key, "").isBlank()) {
      problems.add(path, line, "front matter needs '" + key + ":'");
      return false;
    }
    return true;
  }

  private static void positive(
      String path,
      Map<String, String> v,
      Map<String, Integer> lines,
      String key,
      int line,
      Problems problems) {
    if (!require(path, v, key, line, problems)) {
      return;
    }
    try {
      if (Integer.parseInt(v.get(key)) >= 1) {
        return;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    problems.add(
        path,
        lines.get(key),
        "'" + key + "' must be a whole number from 1, not '" + v.get(key) + "'");
  }
}
