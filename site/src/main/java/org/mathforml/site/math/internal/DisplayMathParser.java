package org.mathforml.site.math.internal;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.mathforml.site.markdown.Independent;

/**
 * A display formula that starts a line with {@code $$} and ends on the line ending with {@code $$}.
 */
public final class DisplayMathParser extends AbstractBlockParser {
  private final DisplayMath block = new DisplayMath();
  private final StringBuilder tex = new StringBuilder();

  private DisplayMathParser(int firstLine, String firstText, boolean closedOnFirstLine) {
    block.setFirstLine(firstLine);
    block.setClosed(closedOnFirstLine);
    tex.append(firstText);
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (block.closed()) {
      return BlockContinue.none(); // the closing line was consumed; now end the block
    }
    String line = state.getLine().toString().stripTrailing();
    if (line.endsWith("$$")) {
      tex.append('\n').append(line, 0, line.length() - 2);
      block.setClosed(true);
      return BlockContinue.atIndex(state.getLineEndIndex());
    }
    tex.append('\n').append(stripEol(state.getLine()));
    return BlockContinue.atIndex(state.getLineEndIndex());
  }

  @Override
  public void addLine(ParserState state, BasedSequence line) {}

  @Override
  public void closeBlock(ParserState state) {
    block.setTex(tex.toString());
  }

  private static String stripEol(BasedSequence line) {
    return line.toString().replaceAll("[\r\n]+$", "");
  }

  /** Starts a block at a line beginning with {@code $$} (after at most three spaces). */
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
      BasedSequence rest = state.getLine().subSequence(state.getNextNonSpaceIndex());
      String text = rest.toString().stripTrailing();
      if (!text.startsWith("$$")) {
        return BlockStart.none();
      }
      String after = text.substring(2);
      int firstLine = state.getLineNumber() + 1;
      boolean oneLine = after.length() >= 2 && after.endsWith("$$");
      String firstText = oneLine ? after.substring(0, after.length() - 2) : after;
      if (oneLine && firstText.contains("$$")) {
        return BlockStart.none(); // "$$a$$ and $$b$$" is inline math in a paragraph
      }
      return BlockStart.of(new DisplayMathParser(firstLine, firstText, oneLine))
          .atIndex(state.getLineEndIndex());
    }
  }
}
