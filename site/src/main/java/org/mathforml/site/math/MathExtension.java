package org.mathforml.site.math;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.mathforml.site.math.internal.DisplayMathParser;
import org.mathforml.site.math.internal.InlineMathParser;
import org.mathforml.site.math.internal.MathNodeRenderer;

/**
 * TeX math in Markdown: {@code $...$} inline, {@code $$...$$} display (also as a block over several
 * lines), {@code \$} for a dollar sign. Like Pandoc, an inline formula must not start after or end
 * before a space, and must not be followed by a digit, so "$5 and $6" stays text.
 */
public final class MathExtension
    implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private MathExtension() {}

  public static MathExtension create() {
    return new MathExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new DisplayMathParser.Factory());
    builder.customInlineParserExtensionFactory(new InlineMathParser.Factory());
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(new MathNodeRenderer.Factory());
  }
}
