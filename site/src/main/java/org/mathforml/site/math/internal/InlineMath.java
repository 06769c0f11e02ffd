package org.mathforml.site.math.internal;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code $tex$} (or {@code $$tex$$} inside a paragraph, shown in display style). */
public final class InlineMath extends Node {
  private final String tex;
  private final boolean display;

  InlineMath(BasedSequence chars, String tex, boolean display) {
    super(chars);
    this.tex = tex;
    this.display = display;
  }

  public String tex() {
    return tex;
  }

  public boolean display() {
    return display;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
