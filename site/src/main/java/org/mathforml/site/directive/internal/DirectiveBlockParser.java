package org.mathforml.site.directive.internal;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mathforml.site.directive.Directive;
import org.mathforml.site.directive.Directives;
import org.mathforml.site.markdown.Independent;

/**
 * Parses {@code ::: name rest} fences; the body is Markdown or raw lines, as the directive says.
 */
public final class DirectiveBlockParser extends AbstractBlockParser {
  private static final Pattern OPENING =
      Pattern.compile("^(:{3,})\\s*([A-Za-z][A-Za-z0-9-]*)\\s*(.*)$");

  private final DirectiveBlock block;
  private final String fence;
  private final boolean markdown;

  private DirectiveBlockParser(DirectiveBlock block, String fence, boolean markdown) {
    this.block = block;
    this.fence = fence;
    this.markdown = markdown;
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public boolean isContainer() {
    return markdown;
  }

  @Override
  public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
    return markdown;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (block.closed()) {
      return BlockContinue.none(); // the fence line was consumed; now end the block
    }
    String line = state.getLine().toString().strip();
    if (line.equals(fence) && !openChildWithSameFence(state)) {
      block.close();
      return BlockContinue.atIndex(state.getLineEndIndex());
    }
    if (markdown) {
      return BlockContinue.atIndex(state.getIndex());
    }
    block.addBodyLine(state.getLine().toString().replaceAll("[\r\n]+$", ""));
    return BlockContinue.atIndex(state.getLineEndIndex());
  }

  /** An inner directive with the same fence closes first (as flexmark's GitLab quotes do). */
  private boolean openChildWithSameFence(ParserState state) {
    if (!(block.getLastChild() instanceof DirectiveBlock child)) {
      return false;
    }
    BlockParser parser = state.getActiveBlockParser(child);
    return parser instanceof DirectiveBlockParser inner
        && !inner.block.closed()
        && inner.fence.equals(fence);
  }

  @Override
  public void addLine(ParserState state, BasedSequence line) {}

  @Override
  public void closeBlock(ParserState state) {}

  /** Registers the fence parser. */
  public static final class Factory implements CustomBlockParserFactory, Independent {
    @Override
    public BlockParserFactory apply(DataHolder options) {
      return new Starter(options);
    }
  }

  private static final class Starter extends AbstractBlockParserFactory {
    Starter(DataHolder options) {
      super(options);
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4) {
        return BlockStart.none();
      }
      String text = state.getLine().subSequence(state.getNextNonSpaceIndex()).toString().strip();
      Matcher m = OPENING.matcher(text);
      if (!m.matches()) {
        return BlockStart.none();
      }
      Directive directive = Directives.find(m.group(2));
      boolean markdown = directive != null && directive.markdownBody();
      DirectiveBlock block =
          new DirectiveBlock(m.group(2), m.group(3).strip(), state.getLineNumber() + 1);
      return BlockStart.of(new DirectiveBlockParser(block, m.group(1), markdown))
          .atIndex(state.getLineEndIndex());
    }
  }
}
