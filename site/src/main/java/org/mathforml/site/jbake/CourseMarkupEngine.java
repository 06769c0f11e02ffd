package org.mathforml.site.jbake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import org.mathforml.site.build.BuildSession;
import org.mathforml.site.lesson.FrontMatter;

/**
 * Our Markdown engine inside JBake: YAML front matter or JBake headers, then our Flexmark pipeline.
 * Registered in code, because registration through META-INF depends on classpath order and JBake's
 * stock engine can silently win.
 */
final class CourseMarkupEngine extends MarkupEngine {
  private BuildSession session;

  void use(BuildSession session) {
    this.session = session;
  }

  @Override
  public void processHeader(ParserContext context) {
    String path = session.relativePath(context.getFile());
    FrontMatter.Header header = FrontMatter.read(path, context.getFileLines(), session.problems());
    DocumentModel doc = context.getDocumentModel();
    for (Map.Entry<String, String> e : header.values.entrySet()) {
      doc.put(e.getKey(), e.getValue());
    }
    doc.setType(header.values.getOrDefault("type", "page"));
    doc.setStatus(header.values.getOrDefault("status", "published"));
    doc.put("sourcePath", path);
    doc.put("headerLines", String.valueOf(header.lineCount));
  }

  @Override
  public void processBody(ParserContext context) {
    DocumentModel doc = context.getDocumentModel();
    int headerLines = Integer.parseInt((String) doc.get("headerLines"));
    List<String> lines = new ArrayList<>(context.getFileLines());
    for (int i = 0; i < headerLines && i < lines.size(); i++) {
      lines.set(i, ""); // keep line numbers equal to the file's
    }
    String path = (String) doc.get("sourcePath");
    String body = session.renderMarkdown(path, String.join("\n", lines));
    context.setBody(body);
    doc.put("bundles", session.bundlesFor(path, firstAppletOrQuiz(lines), body));
  }

  /** The 1-based line of the first {@code ::: applet} or {@code ::: quiz}, else 1. */
  private static int firstAppletOrQuiz(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).strip();
      String name = t.startsWith(":::") ? t.substring(3).strip() : "";
      if (name.startsWith("applet") || name.startsWith("quiz")) {
        return i + 1;
      }
    }
    return 1;
  }
}
