package org.mathforml.site.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.HashMap;
import java.util.Map;
import org.mathforml.site.build.Problems;
import org.mathforml.site.math.Katex;
import org.mathforml.site.math.KatexException;

/**
 * What rendering one page needs besides its Markdown: where it came from and the shared services.
 */
public final class PageContext {
  public static final NullableDataKey<PageContext> KEY = new NullableDataKey<>("mathforml.page");

  private final String path;
  private final Problems problems;
  private final Katex katex;
  private final Map<String, Integer> counters = new HashMap<>();
  private MarkdownRenderer renderer;

  public PageContext(String path, Problems problems, Katex katex) {
    this.path = path;
    this.problems = problems;
    this.katex = katex;
  }

  public static PageContext of(DataHolder document) {
    PageContext page = KEY.get(document);
    if (page == null) {
      throw new IllegalStateException("document rendered without a PageContext");
    }
    return page;
  }

  public static void attach(Document document, PageContext page) {
    document.set(KEY, page);
  }

  void useRenderer(MarkdownRenderer markdown) {
    this.renderer = markdown;
  }

  /**
   * Renders a Markdown fragment of this page that starts on 1-based line {@code firstLine}, with
   * the same extensions, math and directives as the page; problems are reported at file lines.
   */
  public String markdown(String fragment, int firstLine) {
    if (renderer == null) {
      throw new IllegalStateException("fragment rendered outside a page");
    }
    return renderer.renderFragment(fragment, firstLine, this);
  }

  public String path() {
    return path;
  }

  /** Reports a problem on a 1-based line of this page's source file. */
  public void problem(int line, String message) {
    problems.add(path, line, message);
  }

  /** 1, 2, 3... per name and page: numbers figures, examples and element ids. */
  public int next(String counter) {
    return counters.merge(counter, 1, Integer::sum);
  }

  /**
   * Renders a formula; a KaTeX error is reported on the line where it occurs (formulas may span
   * lines) and the formula is shown as code.
   */
  public String math(String tex, boolean display, int firstLine) {
    try {
      return katex.render(tex, display);
    } catch (KatexException e) {
      int line = firstLine;
      int end = e.position() < 0 ? 0 : Math.min(e.position(), tex.length());
      for (int i = 0; i < end; i++) {
        if (tex.charAt(i) == '\n') {
          line++;
        }
      }
      problem(line, shortMessage(e.getMessage()));
      return "<code class=\"math-error\">" + Html.escape(tex) + "</code>";
    }
  }

  /** KaTeX appends "at position N: excerpt" with underlining marks; the file:line says where. */
  static String shortMessage(String message) {
    int at = message.indexOf(" at position ");
    return (at < 0 ? message : message.substring(0, at)).replace("\u0332", "").strip();
  }
}
