package org.mathforml.site.math.internal;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.mathforml.site.markdown.Independent;

/** Finds {@code $...$} and {@code $$...$$} inside paragraphs (code spans never reach here). */
public final class InlineMathParser implements InlineParserExtension {

  @Override
  public void finalizeDocument(InlineParser inlineParser) {}

  @Override
  public void finalizeBlock(InlineParser inlineParser) {}

  @Override
  public boolean parse(LightInlineParser parser) {
    BasedSequence input = parser.getInput();
    int start = parser.getIndex();
    boolean display = input.safeCharAt(start + 1) == '$';
    int end = display ? findDisplayEnd(input, start + 2) : findInlineEnd(input, start + 1);
    if (end < 0) {
      return false;
    }
    int open = display ? 2 : 1;
    parser.flushTextNode();
    String tex = input.subSequence(start + open, end).toString();
    parser
        .getBlock()
        .appendChild(new InlineMath(input.subSequence(start, end + open), tex, display));
    parser.setIndex(end + open);
    return true;
  }

  private static int findDisplayEnd(BasedSequence input, int from) {
    for (int i = from; i < input.length() - 1; i++) {
      char c = input.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '$' && input.charAt(i + 1) == '$') {
        return i > from ? i : -1;
      }
    }
    return -1;
  }

  /** Pandoc's rule, plus: an unescaped $ that cannot close ends the attempt ("$5 and $x$"). */
  private static int findInlineEnd(BasedSequence input, int from) {
    if (from >= input.length() || Character.isWhitespace(input.charAt(from))) {
      return -1;
    }
    for (int i = from; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '$') {
        boolean spaceBefore = Character.isWhitespace(input.charAt(i - 1));
        boolean digitAfter = Character.isDigit(input.safeCharAt(i + 1));
        return spaceBefore || digitAfter || i == from ? -1 : i;
      }
    }
    return -1;
  }

  /** Registers the parser for the {@code $} character. */
  public static final class Factory implements InlineParserExtensionFactory, Independent {
    @Override
    public CharSequence getCharacters() {
      return "$";
    }

    @Override
    public InlineParserExtension apply(LightInlineParser inlineParser) {
      return new InlineMathParser();
    }
  }
}
