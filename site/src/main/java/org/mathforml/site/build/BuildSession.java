package org.mathforml.site.build;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mathforml.site.bundle.PageBundles;
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
  private final Set<String> bundles = new TreeSet<>();

  public BuildSession(Path projectRoot, MarkdownRenderer markdown, Katex katex, StageTimes times) {
    this.projectRoot = projectRoot.toAbsolutePath().normalize();
    this.markdown = markdown;
    this.katex = katex;
    this.times = times;
  }

  /**
   * The browser bundles a page with this rendered body loads, space-separated (see {@link
   * PageBundles}); remembered so the site ships only bundles some page uses. A page no set of
   * bundles covers is a problem reported at {@code line}, its first applet or quiz.
   */
  public synchronized String bundlesFor(String path, int line, String body) {
    try {
      List<String> names = Holder.BUNDLES.choose(PageBundles.needs(body));
      bundles.addAll(names);
      return String.join(" ", names);
    } catch (IllegalArgumentException e) {
      problems.add(path, line, e.getMessage());
      return "";
    }
  }

  /** Every bundle some page of this build loads. */
  public synchronized Set<String> usedBundles() {
    return new TreeSet<>(bundles);
  }

  /** Read from the applets jar once per JVM: the bundles do not change while the site runs. */
  private static final class Holder {
    static final PageBundles BUNDLES = new PageBundles();
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
