package org.mathforml.site.math.internal;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code $$ ... $$} block, possibly over several lines. */
public final class DisplayMath extends Block {
  private String tex = "";
  private int firstLine;
  private boolean closed;

  String tex() {
    return tex;
  }

  void setTex(String tex) {
    this.tex = tex;
  }

  /** 1-based source line where the formula text starts. */
  int firstLine() {
    return firstLine;
  }

  void setFirstLine(int firstLine) {
    this.firstLine = firstLine;
  }

  boolean closed() {
    return closed;
  }

  void setClosed(boolean closed) {
    this.closed = closed;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
