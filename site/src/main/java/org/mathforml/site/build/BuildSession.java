package org.mathforml.site.build;

import java.io.File;
import java.nio.file.Path;
import org.mathforml.site.markdown.MarkdownRenderer;
import org.mathforml.site.markdown.PageContext;
import org.mathforml.site.math.Katex;

/** The services one build shares across its stages, and where it reports problems and timings. */
public final class BuildSession {
  private final Path projectRoot;
  private final Problems problems = new Problems();
  private final MarkdownRenderer markdown;
  private final Katex katex;
  private final StageTimes times;

  public BuildSession(Path projectRoot, MarkdownRenderer markdown, Katex katex, StageTimes times) {
    this.projectRoot = projectRoot.toAbsolutePath().normalize();
    this.markdown = markdown;
    this.katex = katex;
    this.times = times;
  }

  public Problems problems() {
    return problems;
  }

  public StageTimes times() {
    return times;
  }

  /** The path authors see in messages, e.g. {@code content/linear-algebra/week-1/index.md}. */
  public String relativePath(File file) {
    Path p = file.toPath().toAbsolutePath().normalize();
    return p.startsWith(projectRoot)
        ? projectRoot.relativize(p).toString().replace('\\', '/')
        : p.toString();
  }

  /** Parses, expands directives and renders math for one page's Markdown. */
  public String renderMarkdown(String path, String markdownText) {
    long start = System.nanoTime();
    try {
      return markdown.render(markdownText, new PageContext(path, problems, timedKatex()));
    } finally {
      times.add("markdown+directives+math", System.nanoTime() - start);
    }
  }

  private Katex timedKatex() {
    return new Katex() {
      @Override
      public String render(String tex, boolean display)
          throws org.mathforml.site.math.KatexException {
        long start = System.nanoTime();
        try {
          return katex.render(tex, display);
        } finally {
          times.add("math (KaTeX or cache)", System.nanoTime() - start);
          times.count("formulas");
        }
      }

      @Override
      public void close() {}
    };
  }
}
