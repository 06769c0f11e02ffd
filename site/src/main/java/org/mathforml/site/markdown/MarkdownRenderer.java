package org.mathforml.site.markdown;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.mathforml.site.directive.DirectiveExtension;
import org.mathforml.site.math.MathExtension;

/** Our Markdown dialect: CommonMark + tables + task lists + math + directives. */
public final class MarkdownRenderer {
  /** Every Flexmark extension the site uses, in one place. */
  static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(),
          TaskListExtension.create(),
          MathExtension.create(),
          DirectiveExtension.create());

  private final Parser parser;
  private final HtmlRenderer renderer;

  public MarkdownRenderer() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, EXTENSIONS);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(TablesExtension.CLASS_NAME, "table");
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  /** Renders a whole source file (header lines already blanked, so line numbers match the file). */
  public String render(String markdown, PageContext page) {
    page.useRenderer(this);
    Document document = parser.parse(markdown);
    PageContext.attach(document, page);
    return renderer.render(document);
  }

  /**
   * Renders part of a page (a quiz prompt, a hint) whose first line is line {@code firstLine} of
   * the page's file: blank lines are put in front, so math errors and directives inside report the
   * file's own line numbers.
   */
  String renderFragment(String markdown, int firstLine, PageContext page) {
    Document document = parser.parse("\n".repeat(Math.max(0, firstLine - 1)) + markdown);
    PageContext.attach(document, page);
    return renderer.render(document);
  }
}
